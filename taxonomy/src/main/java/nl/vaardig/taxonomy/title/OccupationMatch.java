package nl.vaardig.taxonomy.title;

import java.util.List;
import java.util.Objects;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.ResolvedLabel;

/**
 * An ESCO occupation for a job title: score ≥ 0 is {@code -ln(1 - p)}, p the learnt ranker's calibrated probability
 * that this is the occupation meant ({@link TitleRanker}; at most 0.999), so the public API's {@code 1 - e^-score}
 * shows p itself; the label that matched and where it came from, and the occupation's skills as a suggested skill
 * list (essential first).
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
