package nl.vaardig.taxonomy.extract.retrieval;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Learns the retrieval's field weights ({@link QueryWeights}) on held-out ESCO pseudo-queries, never on an evaluation
 * set: the pseudo-queries of {@link PseudoQueries} (labels bare, framed and as vacancy sentences, first description
 * sentences) are held out of the skill documents; the platform's retrieval (occupation context on, retrieval order)
 * ranks each query's skill among its 25 candidates. Coordinate ascent from the hand-set weights: each weight in turn
 * is halved and doubled, and a change is kept when the mean over the Dutch query kinds of (P@1 + R@5) / 2 rises by at
 * least {@code MIN_GAIN} while that of the English kinds falls by less than it. {@code dutch} (the platform's choice)
 * learns only the weights of the Dutch fields and of translated terms, so English text keeps the hand-set weights of its
 * own fields; {@code all} learns every weight. Run with
 * {@code -Dexec.mainClass=nl.vaardig.taxonomy.extract.retrieval.QueryWeightsChoice -Dexec.args="[PASSES] [dutch|all] [SEED] [SHARE]"}.
 */
public final class QueryWeightsChoice {

    private static final double MIN_GAIN = 0.1;

    private QueryWeightsChoice() {
    }

    public static void main(String[] args) {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        boolean dutchOnly = args.length <= 1 || "dutch".equals(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1013;
        double share = args.length > 3 ? Double.parseDouble(args[3]) : 0.2;
        long t0 = System.nanoTime();
        HeldOutPseudoQuerySetup setup = HeldOutPseudoQuerySetup.load(seed, share);
        PseudoQueries.Generated generated = setup.generated();
        SkillRetriever index = SkillRetriever.build(setup.skills(), true, setup.occupations(), WordTranslations.ANY_LABEL,
                setup.sentencePairs());
        OccupationContext context = setup.context();
        List<PseudoQuery> dutch = generated.queries().stream().filter(PseudoQuery::dutch).toList();
        List<PseudoQuery> english = generated.queries().stream().filter(q -> !q.dutch()).toList();
        System.out.printf(Locale.ROOT, "seed %d share %.2f: %d Dutch and %d English pseudo-queries held out; %.1f s%n",
                seed, share, dutch.size(), english.size(), (System.nanoTime() - t0) / 1e9);
        QueryWeights best = QueryWeights.HAND_SET;
        double[] bestScore = score(index, best, context, dutch, english);
        System.out.printf(Locale.ROOT, "start   NL %.2f  EN %.2f  %s%n", bestScore[0], bestScore[1], best);
        for (int pass = 0; pass < passes; pass++) {
            boolean changed = false;
            for (int i = 0; i < QueryWeights.size(); i++) {
                if (dutchOnly && !learntForDutch(i)) {
                    continue;
                }
                for (float factor : new float[] {0.5f, 2f}) {
                    QueryWeights candidate = best.with(i, best.get(i) * factor);
                    double[] s = score(index, candidate, context, dutch, english);
                    boolean kept = s[0] >= bestScore[0] + MIN_GAIN && s[1] > bestScore[1] - MIN_GAIN;
                    System.out.printf(Locale.ROOT, "%-7s NL %.2f  EN %.2f  %s  (%.0f s)%n", kept ? "kept" : "tried", s[0],
                            s[1], candidate, (System.nanoTime() - t0) / 1e9);
                    if (kept) {
                        best = candidate;
                        bestScore = s;
                        changed = true;
                        break;
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        System.out.printf(Locale.ROOT, "chosen by held-out pseudo-queries: NL %.2f EN %.2f  %s; %.1f s%n", bestScore[0],
                bestScore[1], best, (System.nanoTime() - t0) / 1e9);
    }

    /** A Dutch field's boost or the factor of translated terms (which only Dutch text has). */
    static boolean learntForDutch(int index) {
        SkillRetriever.DocField[] fields = SkillRetriever.DocField.values();
        return index < fields.length ? fields[index].dutch : index == fields.length + 1;
    }

    /** Mean over the Dutch and over the English query kinds of (P@1 + R@5) / 2. */
    static double[] score(SkillRetriever index, QueryWeights weights, OccupationContext context, List<PseudoQuery> dutch,
                          List<PseudoQuery> english) {
        SkillRetrieval retrieval = new SkillRetrieval(index.withWeights(weights), null).withOccupationContext(context);
        return new double[] {mean(retrieval, dutch, true), mean(retrieval, english, false)};
    }

    private static double mean(SkillRetrieval retrieval, List<PseudoQuery> queries, boolean dutchText) {
        double sum = 0;
        TreeSet<String> kinds = new TreeSet<>(queries.stream().map(PseudoQuery::kind).toList());
        for (String kind : kinds) {
            int n = 0;
            int first = 0;
            int top5 = 0;
            for (PseudoQuery q : queries) {
                if (!q.kind().equals(kind)) {
                    continue;
                }
                n++;
                List<SkillRetrieval.Scored> scored = retrieval.score(q.text(), dutchText, 5);
                for (int r = 0; r < scored.size(); r++) {
                    if (scored.get(r).ordinal() == q.skill()) {
                        first += r == 0 ? 1 : 0;
                        top5++;
                        break;
                    }
                }
            }
            sum += (100.0 * first / Math.max(1, n) + 100.0 * top5 / Math.max(1, n)) / 2;
        }
        return sum / Math.max(1, kinds.size());
    }
}
