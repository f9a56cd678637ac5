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
            "sentence-cover-context", "specificity", "dutch-text", "short-sentence", "label-cover-by-translation",
            // where the candidate came from (issue 13, round 9): its own retrieval score apart from the occupation lift,
            // the lift, whether only the occupations reached it, which label route covered it, how many sentence
            // words it explains, and how it compares with the sentence's other candidates
            "retrieval-share-before-lift", "occupation-lift", "occupations-only", "label-cover-en-translated",
            "label-cover-en-own", "sentence-words-covered", "label-cover-vs-best", "retrieval-rank-before-lift",
            "dutch-text-lift", "description-cover-vs-best");

    /** Features 0–13, the re-ranker of rounds 1–8; the rest describe the candidate's route. */
    static final int FIRST_ROUND_FEATURES = 14;
    /** A candidate explaining this many sentence words or more counts as explaining the whole sentence. */
    private static final double WORDS_COVERED = 4.0;

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
        int words = 0;
        for (String term : sentence.terms) {
            if (terms.labelTerms[s].contains(term) || description.contains(term) || terms.context[s].contains(term)) {
                words++;
            }
        }
        double[] f = new double[NAMES.size()];
        double[] first = {
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
        System.arraycopy(first, 0, f, 0, first.length);
        // without the route (retrieval order without occupations) a candidate's score is its own retrieval score
        f[FIRST_ROUND_FEATURES] = f[0];
        f[FIRST_ROUND_FEATURES + 3] = en.cover * en.translatedShare;
        f[FIRST_ROUND_FEATURES + 4] = en.cover * (1 - en.translatedShare);
        f[FIRST_ROUND_FEATURES + 5] = Math.min(1, words / WORDS_COVERED);
        f[FIRST_ROUND_FEATURES + 6] = best.cover;
        f[FIRST_ROUND_FEATURES + 7] = f[1];
        f[FIRST_ROUND_FEATURES + 9] = inDescription / t;
        return f;
    }

    /**
     * Every candidate of one sentence, with its route: the occupation lift each got and the sentence's best retrieval
     * score before it ({@link OccupationContext.Sourced}; {@code lift} null: no lift), and the features that compare a
     * candidate with the sentence's others (cover of the best label and of the description relative to the best
     * candidate's, rank by own retrieval score).
     *
     * @param liftWeight the occupation lift of a skill that all of the sentence's occupations list as essential
     */
    public static double[][] all(SkillTerms terms, QueryText query, List<SkillRetriever.Hit> hits, float[] lift,
                                 float bestRetrieval, float liftWeight, boolean dutchText) {
        double[][] out = new double[hits.size()][];
        if (hits.isEmpty()) {
            return out;
        }
        SentenceTerms sentence = new SentenceTerms(terms, query, dutchText);
        float top = hits.getFirst().score();
        double[] own = new double[hits.size()];
        double bestOwn = 0;
        double bestCover = 0;
        double bestDescription = 0;
        for (int i = 0; i < out.length; i++) {
            SkillRetriever.Hit hit = hits.get(i);
            out[i] = of(terms, query, sentence, hit, top, dutchText);
            double gained = lift == null ? 0 : (double) lift[i] * bestRetrieval;
            own[i] = Math.max(0, hit.score() - gained);
            bestOwn = Math.max(bestOwn, own[i]);
            bestCover = Math.max(bestCover, out[i][FIRST_ROUND_FEATURES + 6]);
            bestDescription = Math.max(bestDescription, out[i][FIRST_ROUND_FEATURES + 9]);
        }
        for (int i = 0; i < out.length; i++) {
            double[] f = out[i];
            int above = 0;
            for (double o : own) {
                above += o > own[i] ? 1 : 0;
            }
            double liftShare = lift == null || liftWeight <= 0 ? 0 : Math.min(1, lift[i] / liftWeight);
            f[FIRST_ROUND_FEATURES] = bestOwn > 0 ? own[i] / bestOwn : 0;
            f[FIRST_ROUND_FEATURES + 1] = liftShare;
            f[FIRST_ROUND_FEATURES + 2] = own[i] <= 1e-6 * top ? 1 : 0;
            f[FIRST_ROUND_FEATURES + 6] = bestCover > 0 ? f[FIRST_ROUND_FEATURES + 6] / bestCover : 0;
            f[FIRST_ROUND_FEATURES + 7] = 1.0 / (1 + above);
            f[FIRST_ROUND_FEATURES + 8] = dutchText ? liftShare : 0;
            f[FIRST_ROUND_FEATURES + 9] = bestDescription > 0 ? f[FIRST_ROUND_FEATURES + 9] / bestDescription : 0;
        }
        return out;
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
