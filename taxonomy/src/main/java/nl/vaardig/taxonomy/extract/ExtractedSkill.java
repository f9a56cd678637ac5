package nl.vaardig.taxonomy.extract;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.vaardig.taxonomy.model.SkillUri;

/**
 * One suggested skill.
 *
 * @param skillUri       ESCO skill URI
 * @param label          label in the requested language, or English when ESCO has no Dutch one
 * @param labelFallback  true when {@code label} is English although Dutch was asked for
 * @param confidence     in [0, 1]; comparable between texts, not a calibrated probability
 * @param requirement    suggested essential/optional
 * @param basis          why that suggestion
 * @param evidence       where the text says so, in text order
 * @param kinds          kinds of evidence found
 */
public record ExtractedSkill(SkillUri skillUri, String label, boolean labelFallback, double confidence,
                             Requirement requirement, RequirementBasis basis, List<EvidenceSpan> evidence,
                             Set<MatchKind> kinds) {

    public ExtractedSkill {
        Objects.requireNonNull(skillUri, "skillUri");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(basis, "basis");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in [0,1], was " + confidence);
        }
        evidence = List.copyOf(evidence);
        kinds = Set.copyOf(kinds);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a suggested skill needs evidence in the text");
        }
    }
}
