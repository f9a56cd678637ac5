package nl.vaardig.taxonomy.title;

import java.util.List;
import java.util.Objects;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.ResolvedLabel;

/**
 * An ESCO occupation for a job title: score in [0, ~3.5], a ranking score, not a probability (label match up to ~1.3
 * plus the name-bag, head-agreement and neighbour-vote bonuses of up to 1 each; the public API maps it onto [0, 1) by 1 - e^-score), the label that
 * matched and where it came from, and the occupation's skills as a suggested skill list (essential first).
 */
public record OccupationMatch(OccupationUri uri, ResolvedLabel label, double score, String matchedLabel,
                              LabelSource matchedSource, List<SuggestedSkill> suggestedSkills) {
    public OccupationMatch {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(matchedLabel, "matchedLabel");
        Objects.requireNonNull(matchedSource, "matchedSource");
        suggestedSkills = List.copyOf(suggestedSkills);
    }
}
