package nl.vaardig.taxonomy.extract.retrieval;

import java.util.List;
import java.util.Objects;

/**
 * What retrieval knows of one skill: every Dutch and English surface form with its source weight, the
 * descriptions, and the labels of its broader and related skills (context words a paraphrase may use).
 *
 * @param ordinal the skill's ordinal in the taxonomy
 */
public record SkillDocument(int ordinal, String uri, List<WeightedLabel> labelsNl, List<WeightedLabel> labelsEn,
                            String descriptionNl, String descriptionEn, List<String> contextNl, List<String> contextEn,
                            double specificity) {

    /** One surface form and how safely a hit on it means the skill, in (0, 1]. */
    public record WeightedLabel(String text, double weight) {
        public WeightedLabel {
            Objects.requireNonNull(text, "text");
            if (!(weight > 0 && weight <= 1)) {
                throw new IllegalArgumentException("label weight must be in (0, 1], was " + weight);
            }
        }
    }

    public SkillDocument {
        Objects.requireNonNull(uri, "uri");
        if (ordinal < 0) {
            throw new IllegalArgumentException("ordinal must not be negative, was " + ordinal);
        }
        labelsNl = List.copyOf(labelsNl);
        labelsEn = List.copyOf(labelsEn);
        if (labelsEn.isEmpty()) {
            throw new IllegalArgumentException("skill " + uri + " has no English label");
        }
        descriptionNl = descriptionNl == null ? "" : descriptionNl;
        descriptionEn = descriptionEn == null ? "" : descriptionEn;
        contextNl = List.copyOf(contextNl);
        contextEn = List.copyOf(contextEn);
    }
}
