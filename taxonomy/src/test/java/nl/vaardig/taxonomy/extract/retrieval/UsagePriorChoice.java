package nl.vaardig.taxonomy.extract.retrieval;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * Chooses the weight of the retrieval's usage prior ({@link SkillRetriever#withUsagePrior}) on held-out ESCO
 * pseudo-queries, never on an evaluation set: the queries of {@link PseudoQueries} (seed 1013, share 0.2, as
 * {@link QueryWeightsChoice}) are held out of the skill documents; the platform's retrieval (its field weights,
 * occupation context, retrieval order) ranks each query's skill. A pseudo-query is drawn uniformly over skills, a
 * vacancy names a skill about as often as ESCO's occupations need it: each query therefore counts by 1 + the number of
 * occupations linking its skill (from the skill's specificity). The weight with the highest usage-weighted mean over
 * all query kinds (Dutch and English) of (P@1 + R@5) / 2 is the platform's; the uniform means are printed beside it.
 * Run with {@code -Dexec.mainClass=nl.vaardig.taxonomy.extract.retrieval.UsagePriorChoice -Dexec.args="[W,W,...] [SEED] [SHARE]"}.
 */
public final class UsagePriorChoice {

    private UsagePriorChoice() {
    }

    public static void main(String[] args) {
        String[] weights = (args.length > 0 ? args[0] : "0,0.25,0.5,1,2,4").split(",");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1013;
        double share = args.length > 2 ? Double.parseDouble(args[2]) : 0.2;
        long t0 = System.nanoTime();
        HeldOutPseudoQuerySetup setup = HeldOutPseudoQuerySetup.load(seed, share);
        Taxonomy taxonomy = setup.taxonomy();
        PseudoQueries.Generated generated = setup.generated();
        SkillRetriever index = SkillRetriever.build(setup.skills(), true, setup.occupations(), WordTranslations.ANY_LABEL,
                setup.sentencePairs(), SkillRetrieval.PLATFORM_WEIGHTS);
        OccupationContext context = setup.context();
        double[] usageWeight = usageWeights(taxonomy);
        System.out.printf(Locale.ROOT, "seed %d share %.2f: %d pseudo-queries held out; %.1f s%n", seed, share,
                generated.queries().size(), (System.nanoTime() - t0) / 1e9);
        String chosen = null;
        double best = Double.NEGATIVE_INFINITY;
        for (String w : weights) {
            SkillRetrieval retrieval = new SkillRetrieval(index.withUsagePrior(Float.parseFloat(w)), null)
                    .withOccupationContext(context);
            double[] weighted = means(retrieval, generated.queries(), usageWeight);
            double[] uniform = means(retrieval, generated.queries(), null);
            System.out.printf(Locale.ROOT, "usage prior %-5s usage-weighted all %.2f (NL %.2f, EN %.2f)   uniform all %.2f"
                    + " (NL %.2f, EN %.2f)  (%.0f s)%n", w, weighted[0], weighted[1], weighted[2], uniform[0], uniform[1],
                    uniform[2], (System.nanoTime() - t0) / 1e9);
            if (weighted[0] > best) {
                best = weighted[0];
                chosen = w;
            }
        }
        System.out.printf(Locale.ROOT, "chosen by held-out pseudo-queries: usage prior %s (usage-weighted %.2f)%n", chosen,
                best);
    }

    /** Per skill ordinal 1 + the occupations linking it: how much a pseudo-query for the skill counts. */
    static double[] usageWeights(Taxonomy taxonomy) {
        double maxSpecificity = 0;
        for (int i = 0; i < taxonomy.skillCount(); i++) {
            maxSpecificity = Math.max(maxSpecificity, taxonomy.specificityAt(i));
        }
        double[] usageWeight = new double[taxonomy.skillCount()];
        for (int i = 0; i < usageWeight.length; i++) {
            // 1 + occupations linking the skill = (1 + occupations) / e^specificity
            usageWeight[i] = Math.exp(maxSpecificity - taxonomy.specificityAt(i));
        }
        return usageWeight;
    }

    /**
     * Mean over all query kinds, over the Dutch and over the English kinds, of (P@1 + R@5) / 2, each query counted by
     * {@code weight[skill]} (null: 1).
     */
    static double[] means(SkillRetrieval retrieval, List<PseudoQuery> queries, double[] weight) {
        double all = 0;
        double nl = 0;
        double en = 0;
        int kinds = 0;
        int kindsNl = 0;
        for (String kind : new TreeSet<>(queries.stream().map(PseudoQuery::kind).toList())) {
            double n = 0;
            double hits = 0;
            boolean dutch = false;
            for (PseudoQuery q : queries) {
                if (!q.kind().equals(kind)) {
                    continue;
                }
                dutch = q.dutch();
                double w = weight == null ? 1 : weight[q.skill()];
                n += w;
                List<SkillRetrieval.Scored> scored = retrieval.score(q.text(), q.dutch(), 5);
                for (int r = 0; r < scored.size(); r++) {
                    if (scored.get(r).ordinal() == q.skill()) {
                        hits += w * (r == 0 ? 1 : 0.5);
                        break;
                    }
                }
            }
            // (P@1 + R@5) / 2 = (hit at 1 counts 1, a hit at 2-5 counts 1/2)
            double score = n == 0 ? 0 : 100 * hits / n;
            all += score;
            kinds++;
            if (dutch) {
                nl += score;
                kindsNl++;
            } else {
                en += score;
            }
        }
        return new double[] {all / Math.max(1, kinds), nl / Math.max(1, kindsNl), en / Math.max(1, kinds - kindsNl)};
    }
}
