package nl.vaardig.taxonomy.extract.retrieval;

import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The re-ranker's view of one (sentence, retrieved skill) pair. Every feature is in [0, 1] so that one linear model
 * serves Dutch and English text alike.
 */
public final class CandidateFeatures {

    /** Feature names in vector order; the trained model is keyed on them. */
    public static final List<String> NAMES = List.of(
            "retrieval-score-share", "retrieval-rank", "label-cover-nl", "label-cover-en", "best-label-weight",
            "whole-label", "label-proximity", "sentence-cover-labels", "sentence-cover-description",
            "sentence-cover-context", "specificity", "dutch-text", "short-sentence", "label-cover-by-translation");

    private static final double MAX_SPECIFICITY = 8.0;

    private CandidateFeatures() {
    }

    /** The sentence's own-language terms with their rarity: computed once per sentence, not once per candidate. */
    public static final class SentenceTerms {
        final String[] terms;
        final double[] idf;
        final double total;

        public SentenceTerms(SkillTerms skillTerms, QueryText query, boolean dutchText) {
            Map<String, Integer> own = dutchText ? query.nl() : query.en();
            ToDoubleFunction<String> rarity = dutchText ? skillTerms::idfNl : skillTerms::idfEn;
            terms = own.keySet().toArray(String[]::new);
            idf = new double[terms.length];
            double sum = 0;
            for (int k = 0; k < terms.length; k++) {
                idf[k] = rarity.applyAsDouble(terms[k]);
                sum += idf[k];
            }
            total = sum;
        }
    }

    public static double[] of(SkillTerms terms, QueryText query, SkillRetriever.Hit hit, float topScore, boolean dutchText) {
        return of(terms, query, new SentenceTerms(terms, query, dutchText), hit, topScore, dutchText);
    }

    public static double[] of(SkillTerms terms, QueryText query, SentenceTerms sentence, SkillRetriever.Hit hit,
                              float topScore, boolean dutchText) {
        int s = hit.ordinal();
        LabelMatch nl = bestLabel(terms.nl[s], query.nl());
        LabelMatch en = bestLabel(terms.en[s], query.en());
        LabelMatch best = nl.cover >= en.cover ? nl : en;
        Map<String, Integer> own = dutchText ? query.nl() : query.en();
        double total = sentence.total;
        double inLabels = 0;
        double inDescription = 0;
        double inContext = 0;
        java.util.Set<String> description = dutchText ? terms.descriptionNl[s] : terms.descriptionEn[s];
        for (int k = 0; k < sentence.terms.length; k++) {
            String term = sentence.terms[k];
            double w = sentence.idf[k];
            if (terms.labelTerms[s].contains(term)) {
                inLabels += w;
            }
            if (description.contains(term)) {
                inDescription += w;
            }
            if (terms.context[s].contains(term)) {
                inContext += w;
            }
        }
        double t = Math.max(total, 1e-9);
        return new double[] {
                topScore > 0 ? hit.score() / topScore : 0,
                1.0 / (1 + hit.rank()),
                nl.cover,
                en.cover,
                best.weight,
                best.cover >= 0.999 ? 1 : 0,
                best.proximity,
                inLabels / t,
                inDescription / t,
                inContext / t,
                Math.min(1, terms.specificity[s] / MAX_SPECIFICITY),
                dutchText ? 1 : 0,
                1.0 / Math.sqrt(1 + own.size()),
                en.translatedShare
        };
    }

    /** @param translatedShare share of the covered rarity that came from translated Dutch words */
    private record LabelMatch(double cover, double weight, double proximity, double translatedShare) {
        static final LabelMatch NONE = new LabelMatch(0, 0, 0, 0);
    }

    /** The label whose rarity-weighted words the sentence covers best; ties go to the safer source. */
    private static LabelMatch bestLabel(SkillTerms.LabelTerms[] labels, Map<String, Integer> positions) {
        LabelMatch best = LabelMatch.NONE;
        for (SkillTerms.LabelTerms label : labels) {
            double all = 0;
            double covered = 0;
            int min = Integer.MAX_VALUE;
            int max = -1;
            int hits = 0;
            int placed = 0;
            double translated = 0;
            String[] labelTerms = label.terms();
            for (int k = 0; k < labelTerms.length; k++) {
                String term = labelTerms[k];
                double w = label.idf()[k];
                all += w;
                Integer p = positions.get(term);
                if (p == null) {
                    continue;
                }
                covered += w;
                hits++;
                if (p == QueryText.TRANSLATED_POSITION) {
                    translated += w;
                } else {
                    placed++;
                    min = Math.min(min, p);
                    max = Math.max(max, p);
                }
            }
            if (hits == 0) {
                continue;
            }
            double cover = covered / all;
            double proximity = placed <= 1 ? 1.0 : Math.min(1.0, placed / (double) (max - min + 1));
            if (cover > best.cover || (cover == best.cover && label.weight() > best.weight)) {
                best = new LabelMatch(cover, label.weight(), proximity, translated / covered);
            }
        }
        return best;
    }
}
