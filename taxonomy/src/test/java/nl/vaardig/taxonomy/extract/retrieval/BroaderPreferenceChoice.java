package nl.vaardig.taxonomy.extract.retrieval;

import java.util.List;
import java.util.Locale;

/**
 * Chooses the weight of the broader-skill preference ({@link BroaderPreference}) on held-out ESCO pseudo-queries, never
 * on an evaluation set: {@link UsagePriorChoice}'s set (the queries of {@link PseudoQueries}, seed 1013, share 0.2, held
 * out of the skill documents) and the platform's retrieval (field weights, occupation context, retrieval order, no
 * usage prior). Both sides of the decision are in the set: a query for a general skill whose own label is held out
 * reaches the narrower skills sharing its word; a query for a narrower skill mostly names a word that sets it apart.
 * The weight with the highest usage-weighted mean over all query kinds of (P@1 + R@5) / 2 is chosen (a vacancy names a
 * skill about as often as the jobs need it, as in round 14), the uniform means printed beside it.
 * Run with {@code -Dexec.mainClass=nl.vaardig.taxonomy.extract.retrieval.BroaderPreferenceChoice -Dexec.args="[W,W,...] [LABELS,ALL,COVER,COVER+] [SEED] [SHARE]"}.
 */
public final class BroaderPreferenceChoice {

    private BroaderPreferenceChoice() {
    }

    public static void main(String[] args) {
        String[] weights = (args.length > 0 ? args[0] : "0,0.25,0.5,1,1.5").split(",");
        // a rule name ending in + adds the label-implied broader skills (LabelBroader)
        List<String> modes = List.of((args.length > 1 ? args[1] : "LABELS").split(","));
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1013;
        double share = args.length > 3 ? Double.parseDouble(args[3]) : 0.2;
        long t0 = System.nanoTime();
        HeldOutPseudoQuerySetup setup = HeldOutPseudoQuerySetup.load(seed, share);
        SkillRetrieval platform = new SkillRetrieval(SkillRetriever.build(setup.skills(), true, setup.occupations(),
                WordTranslations.ANY_LABEL, setup.sentencePairs(), SkillRetrieval.PLATFORM_WEIGHTS), null)
                .withOccupationContext(setup.context());
        double[] usageWeight = UsagePriorChoice.usageWeights(setup.taxonomy());
        System.out.printf(Locale.ROOT, "seed %d share %.2f: %d pseudo-queries held out; %.1f s%n", seed, share,
                setup.generated().queries().size(), (System.nanoTime() - t0) / 1e9);
        String chosen = null;
        double best = Double.NEGATIVE_INFINITY;
        for (String rule : modes) {
        for (String w : weights) {
            if (Float.parseFloat(w) == 0f && !rule.equals(modes.getFirst())) {
                continue;
            }
            SkillRetrieval retrieval = platform.withBroaderPreference(setup.taxonomy(), Float.parseFloat(w),
                    BroaderPreference.Rule.valueOf(rule.replace("+", "")), rule.endsWith("+"));
            double[] weighted = UsagePriorChoice.means(retrieval, setup.generated().queries(), usageWeight);
            double[] uniform = UsagePriorChoice.means(retrieval, setup.generated().queries(), null);
            System.out.printf(Locale.ROOT, "broader preference %s %-5s usage-weighted all %.2f (NL %.2f, EN %.2f)   uniform"
                    + " all %.2f (NL %.2f, EN %.2f)  (%.0f s)%n", rule, w, weighted[0], weighted[1], weighted[2], uniform[0],
                    uniform[1], uniform[2], (System.nanoTime() - t0) / 1e9);
            if (weighted[0] > best) {
                best = weighted[0];
                chosen = rule + " " + w;
            }
        }
        }
        System.out.printf(Locale.ROOT, "chosen by held-out pseudo-queries: broader preference %s (usage-weighted %.2f)%n",
                chosen, best);
    }
}
