package nl.vaardig.taxonomy.extract.retrieval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Chooses how the word translations learnt from ESCO's aligned description sentences join those learnt from labels
 * ({@link WordTranslations.Merge}) on held-out ESCO pseudo-queries, never on an evaluation set: the Dutch
 * pseudo-queries of {@link PseudoQueries} (Dutch labels bare, framed and as vacancy sentences, first sentences of Dutch
 * descriptions) are held out of the skill documents, and so out of the sentence pairs the translations learn from;
 * the platform's retrieval (occupation context on, retrieval order) over what is left ranks each query's skill among
 * its 25 candidates under labels-only translations and under each merge rule. The rule with the highest mean over
 * query kinds of (P@1 + R@5) / 2 (the figure {@link RerankerTraining} chooses by) is the platform's. Run with
 * {@code -Dexec.mainClass=nl.vaardig.taxonomy.extract.retrieval.TranslationMergeChoice -Dexec.args="[SEED] [SHARE]"}.
 */
public final class TranslationMergeChoice {

    private TranslationMergeChoice() {
    }

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 1013;
        double share = args.length > 1 ? Double.parseDouble(args[1]) : 0.2;
        long t0 = System.nanoTime();
        HeldOutPseudoQuerySetup setup = HeldOutPseudoQuerySetup.load(seed, share);
        PseudoQueries.Generated generated = setup.generated();
        List<SkillDocument> skills = setup.skills();
        List<SkillDocument> occupations = setup.occupations();
        List<SkillDocument> pairs = setup.sentencePairs();
        SkillRetriever labelsOnly = SkillRetriever.build(skills, true, occupations, WordTranslations.ANY_LABEL);
        WordTranslations fromSentences = WordTranslations.learnFromSentences(SkillTerms.of(pairs, false));
        OccupationContext context = setup.context();
        Map<String, SkillRetriever> variants = new LinkedHashMap<>();
        variants.put("labels only", labelsOnly);
        for (WordTranslations.Merge merge : WordTranslations.Merge.values()) {
            variants.put(merge.name(), labelsOnly.withTranslations(labelsOnly.translations().merged(fromSentences, merge)));
        }
        List<PseudoQuery> dutch = generated.queries().stream().filter(PseudoQuery::dutch).toList();
        System.out.printf(Locale.ROOT, "seed %d share %.2f: %d Dutch pseudo-queries held out, %d sentence pairs; %.1f s%n",
                seed, share, dutch.size(), pairs.size(), (System.nanoTime() - t0) / 1e9);
        String chosen = null;
        double best = -1;
        for (Map.Entry<String, SkillRetriever> variant : variants.entrySet()) {
            SkillRetrieval retrieval = new SkillRetrieval(variant.getValue(), null).withOccupationContext(context);
            double mean = report(variant.getKey(), retrieval, dutch);
            if (!variant.getKey().equals("labels only") && mean > best) {
                best = mean;
                chosen = variant.getKey();
            }
        }
        System.out.printf(Locale.ROOT, "chosen by held-out pseudo-queries: %s (%.2f); %.1f s%n", chosen, best,
                (System.nanoTime() - t0) / 1e9);
    }

    /** P@1, R@5 and R@25 per query kind; returns the mean over kinds of (P@1 + R@5) / 2. */
    static double report(String name, SkillRetrieval retrieval, List<PseudoQuery> queries) {
        double sum = 0;
        int kinds = 0;
        for (String kind : new TreeSet<>(queries.stream().map(PseudoQuery::kind).toList())) {
            int n = 0;
            int first = 0;
            int top5 = 0;
            int top25 = 0;
            for (PseudoQuery q : queries) {
                if (!q.kind().equals(kind)) {
                    continue;
                }
                n++;
                int rank = rank(retrieval.score(q.text(), true, SkillRetrieval.CANDIDATES), q.skill());
                first += rank == 0 ? 1 : 0;
                top5 += rank >= 0 && rank < 5 ? 1 : 0;
                top25 += rank >= 0 ? 1 : 0;
            }
            double p1 = 100.0 * first / Math.max(1, n);
            double r5 = 100.0 * top5 / Math.max(1, n);
            sum += (p1 + r5) / 2;
            kinds++;
            System.out.printf(Locale.ROOT, "%-12s %-28s n=%5d  P@1=%5.1f  R@5=%5.1f  R@25=%5.1f%n", name, kind, n, p1, r5,
                    100.0 * top25 / Math.max(1, n));
        }
        double mean = sum / Math.max(1, kinds);
        System.out.printf(Locale.ROOT, "%-12s mean over kinds of (P@1 + R@5) / 2 = %.2f%n", name, mean);
        return mean;
    }

    private static int rank(List<SkillRetrieval.Scored> scored, int skill) {
        for (int i = 0; i < scored.size(); i++) {
            if (scored.get(i).ordinal() == skill) {
                return i;
            }
        }
        return -1;
    }
}
