package nl.vaardig.taxonomy.extract;

import nl.vaardig.taxonomy.extract.match.LabelHit;
import nl.vaardig.taxonomy.extract.match.SurfaceKind;

/**
 * Turns a label hit into a confidence. Verbatim hits of specific labels (several rare words) score high;
 * a single common word scores lower; partial hits are discounted by how much of the label is missing and
 * how spread out the words are. Constants were set on the TECH/HOUSE validation splits and the Dutch set.
 */
final class HitScoring {

    /** Background idf mass at which a label counts as fully specific (one rare name, or two uncommon words). */
    static final float SPECIFIC_BACKGROUND = 10f;
    static final float MIN_PARTIAL_COVERAGE = 0.5f;
    static final float PRIOR_PARTIAL_COVERAGE = 0.34f;

    private HitScoring() {
    }

    static double score(LabelHit hit, float reuseFactor) {
        double base = hit.kind().weight() * hit.weight() * reuseFactor;
        double specificity = Math.min(1.0, hit.specificity() / SPECIFIC_BACKGROUND);
        boolean oneWord = hit.termCount() == 1;
        // A single everyday word is weak evidence, and weaker still when it is not the skill's own name.
        double shape = oneWord && hit.kind() != SurfaceKind.PREFERRED_LABEL && hit.kind() != SurfaceKind.CURATED_SYNONYM
                ? specificity * specificity
                : 0.35 + 0.65 * specificity;
        if (hit.verbatim()) {
            return base * shape * (hit.ambiguous() && hit.kind() != SurfaceKind.PREFERRED_LABEL ? 0.9 : 1.0);
        }
        double coverage = hit.coverage();
        // One word standing for a longer label ("pigs" for "breed pigs") is a hint, not a finding.
        double oneWordHint = hit.matchedTerms() == 1 ? 0.6 : 1.0;
        return base * shape * 0.8 * coverage * coverage * (0.6 + 0.4 * hit.compactness()) * oneWordHint;
    }

    /** Generic skills are the likelier reading of generic words; sector- and job-specific ones need context. */
    static float reuseFactor(String reuseLevel) {
        return switch (reuseLevel) {
            case "transversal" -> 1.0f;
            case "cross-sector" -> 0.97f;
            case "sector-specific" -> 0.92f;
            case "occupation-specific" -> 0.88f;
            default -> 0.92f;
        };
    }
}
