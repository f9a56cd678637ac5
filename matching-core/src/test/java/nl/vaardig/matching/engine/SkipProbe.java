package nl.vaardig.matching.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.vaardig.matching.demo.BenchmarkData;
import nl.vaardig.matching.demo.DemoDataGenerator;
import nl.vaardig.matching.demo.RegionGeography;
import nl.vaardig.matching.index.SkillQuery;
import nl.vaardig.matching.index.WholeBoundExperiment;
import nl.vaardig.matching.scoring.MatchScorer;
import nl.vaardig.matching.scoring.MatchWeights;
import nl.vaardig.matching.scoring.SkillGraph;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.Taxonomy;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.MMapDirectory;

/**
 * Can Lucene skip postings in a people query (issue 14, round 15)? On an index kept by {@code MatchingBench --keep}, the
 * bench's query vacancies' people queries (top 250, one thread): how tight Lucene's per-block score bounds are, the
 * 250th score against the clauses' bounds, the share of postings in MaxScore's essential clauses at that final
 * threshold — as the index is, and simulated with each clause's postings cut in two tiers (a share of each term's
 * postings, or a fixed feature value; both fields, the relevance share only, or the holder factor only) — and the
 * Lucene CPU with every clause bounded by its whole-segment maximum instead (top 250 identical either way).
 * <pre>matching-core/bin/run-main.sh -Xmx2g -- nl.vaardig.matching.engine.SkipProbe DIR/n1000000 1000 [stats]</pre>
 */
public final class SkipProbe {

    private SkipProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path index = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        SkillGraph graph = SkillGraph.build(taxonomy, MatchWeights.defaults());
        var gen = new DemoDataGenerator(taxonomy, RegionGeography.shipped(), BenchmarkData.SEED);
        var scorer = new MatchScorer(graph);
        MatchingEngine.Options options = MatchingEngine.Options.defaults();
        var queries = new CandidateQueries(graph, scorer, options.maxQuerySkills(), options.postingsBudget());
        int k = new CandidateRescorer(null, options).candidateCount(50, false);
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        try (var dir = new MMapDirectory(index); var reader = DirectoryReader.open(dir)) {
            var searcher = new IndexSearcher(reader);
            searcher.setQueryCache(null);
            var plain = new ArrayList<Query>();
            var whole = new ArrayList<Query>();
            for (int i = 0; i < n; i++) {
                Query q = queries.profiles(scorer.requirements(BenchmarkData.vacancyAt(gen, 50_000_000L + i).skills()),
                        MatchQuery.defaults());
                Query rw = searcher.rewrite(q);
                plain.add(rw);
                whole.add(WholeBoundExperiment.wrap(rw));
            }
            int same = 0;
            double tight = 0;
            double thetaShare = 0;
            double essentialShare = 0;
            int stats = Math.min(n, 100);
            double[] tiered = new double[TIERS.length];
            double[] relOnly = new double[TIERS.length];
            double[] pairs = new double[PAIR_CUTS.length];
            double[] pairsHolder = new double[PAIR_CUTS.length];
            double[] skillOnly = new double[TIERS.length];
            for (int i = 0; i < n; i++) {
                TopDocs a = searcher.search(plain.get(i), k);
                TopDocs b = searcher.search(whole.get(i), k);
                if (identical(a.scoreDocs, b.scoreDocs)) {
                    same++;
                }
                if (i < stats) {
                    LeafReaderContext leaf = reader.leaves().getFirst();
                    List<SkillQuery> cl = WholeBoundExperiment.clauses(plain.get(i));
                    double[] max = new double[cl.size()];
                    long[] df = new long[cl.size()];
                    double t = 0;
                    long dfs = 0;
                    double sumMax = 0;
                    for (int c = 0; c < cl.size(); c++) {
                        df[c] = reader.docFreq(cl.get(c).term());
                        double tc = WholeBoundExperiment.tightness(leaf, cl.get(c));
                        max[c] = WholeBoundExperiment.maxScore(leaf, cl.get(c));
                        sumMax += max[c];
                        if (!Double.isNaN(tc)) {
                            t += tc * df[c];
                            dfs += df[c];
                        }
                    }
                    tight += t / dfs;
                    float theta = a.scoreDocs.length == k ? a.scoreDocs[k - 1].score : 0f;
                    thetaShare += theta / sumMax;
                    var maxList = new ArrayList<Double>();
                    var dfList = new ArrayList<Long>();
                    for (int c = 0; c < cl.size(); c++) {
                        maxList.add(max[c]);
                        dfList.add(df[c]);
                    }
                    essentialShare += essentialShare(maxList, dfList, theta, Arrays.stream(df).sum());
                    for (int pc = 0; pc < PAIR_CUTS.length; pc++) {
                        pairs[pc] += pairTiers(leaf, cl, theta, PAIR_CUTS[pc], false);
                        pairsHolder[pc] += pairTiers(leaf, cl, theta, PAIR_CUTS[pc], true);
                    }
                    for (int tier = 0; tier < TIERS.length; tier++) {
                        tiered[tier] += tieredEssential(leaf, cl, theta, TIERS[tier]);
                        relOnly[tier] += tieredEssential(leaf, cl, theta, TIERS[tier], "p_rel");
                        skillOnly[tier] += tieredEssential(leaf, cl, theta, TIERS[tier], "p_skill");
                    }
                }
            }
            for (int pc = 0; pc < PAIR_CUTS.length; pc++) {
                System.out.printf(Locale.ROOT, "documents in essential (term, tier) pairs, tiers by a relevance share from %.2f%s: %.3f; "
                        + "and by the holder factor at its largest: %.3f%n", PAIR_CUTS[pc], PAIR_CUTS[pc] > 1 ? " (none: the index as it is)" : "",
                        pairs[pc] / stats, pairsHolder[pc] / stats);
            }
            for (int t = 0; t < TIERS.length; t++) {
                System.out.printf(Locale.ROOT, "two tiers per clause (below 1: that share of its postings, above 1: features from value - 1 on, in the high tier) %.2f: postings in essential clauses %.3f%n",
                        TIERS[t], tiered[t] / stats);
                System.out.printf(Locale.ROOT, "  relevance field split only: %.3f; holder field split only: %.3f%n", relOnly[t] / stats, skillOnly[t] / stats);
            }
            System.out.printf(Locale.ROOT, "top %d identical (whole-segment bounds vs block bounds): %d of %d%n", k, same, n);
            System.out.printf(Locale.ROOT, "first %d queries: block-bound tightness (postings-weighted) %.4f, theta / sum of clause maxima %.3f, "
                    + "postings in essential clauses at the final threshold %.3f%n", stats, tight / stats, thetaShare / stats, essentialShare / stats);
            if (args.length > 2 && args[2].equals("stats")) {
                return;
            }
            for (int i = 0; i < Math.min(n, 300); i++) {
                searcher.search(plain.get(i), k);
                searcher.search(whole.get(i), k);
            }
            long[][] cpu = new long[2][n];
            for (long[] c : cpu) {
                Arrays.fill(c, Long.MAX_VALUE);
            }
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < n; i++) {
                    for (int v = 0; v < 2; v++) {
                        int vv = (i + pass) % 2 == 0 ? v : 1 - v;
                        long c = bean.getCurrentThreadCpuTime();
                        searcher.search((vv == 0 ? plain : whole).get(i), k);
                        cpu[vv][i] = Math.min(cpu[vv][i], bean.getCurrentThreadCpuTime() - c);
                    }
                }
            }
            String[] names = {"block bounds (start)", "whole-segment bounds"};
            for (int v = 0; v < 2; v++) {
                long[] s = cpu[v].clone();
                Arrays.sort(s);
                System.out.printf(Locale.ROOT, "%s: Lucene top %d one thread CPU p50 / p90 / p99 %.2f / %.2f / %.2f ms, mean %.2f%n", names[v], k,
                        s[n / 2 - 1] / 1e6, s[n * 9 / 10 - 1] / 1e6, s[n * 99 / 100 - 1] / 1e6, Arrays.stream(s).average().orElse(0) / 1e6);
            }
        }
    }

    /** Below 1: the top share of each term's postings; above 1: a fixed feature cut at (value - 1). */
    static final double[] TIERS = {0.1, 0.25, 1.03, 1.05, 1.1, 1.2};

    /** The final partition's essential postings share when each clause is split in a high and a low tier by feature. */
    static double tieredEssential(LeafReaderContext leaf, List<SkillQuery> cl, float theta, double hiShare) throws java.io.IOException {
        return tieredEssential(leaf, cl, theta, hiShare, null);
    }

    static double tieredEssential(LeafReaderContext leaf, List<SkillQuery> cl, float theta, double hiShare, String onlyField) throws java.io.IOException {
        var max = new ArrayList<Double>();
        var df = new ArrayList<Long>();
        long all = 0;
        for (SkillQuery q : cl) {
            var te = leaf.reader().terms(q.term().field()).iterator();
            if (!te.seekExact(q.term().bytes())) {
                continue;
            }
            var pe = te.postings(null, org.apache.lucene.index.PostingsEnum.FREQS);
            var fs = new ArrayList<Integer>();
            while (pe.nextDoc() != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS) {
                fs.add(pe.freq());
            }
            int[] f = fs.stream().mapToInt(Integer::intValue).sorted().toArray();
            all += f.length;
            int cut = onlyField != null && !onlyField.equals(q.term().field()) ? 0
                    : hiShare > 1 ? Float.floatToIntBits((float) (hiShare - 1)) >>> 15
                    : f[Math.max(0, (int) Math.floor(f.length * (1 - hiShare)))];
            long hi = 0;
            int loMax = 0;
            for (int v : f) {
                if (v >= cut) {
                    hi++;
                } else {
                    loMax = Math.max(loMax, v);
                }
            }
            max.add((double) q.maxContribution(Float.intBitsToFloat(f[f.length - 1] << 15)));
            df.add(hi);
            if (hi < f.length) {
                max.add((double) q.maxContribution(Float.intBitsToFloat(loMax << 15)));
                df.add(f.length - hi);
            }
        }
        return essentialShare(max, df, theta, all);
    }

    /**
     * A term's documents are read whole when either of its two clauses is essential (both read the same documents),
     * so the share that counts is of documents in essential (term, tier) pairs: each term's documents cut into tiers
     * by a relevance share of at least {@code relCut} (and, when {@code byHolder}, a holder factor at its term's
     * largest), each tier bounded by its largest holder factor and largest share; pairs partitioned as MaxScore does.
     * {@code relCut} above 1 (no share is): no tiers, the index as it is.
     */
    static double pairTiers(LeafReaderContext leaf, List<SkillQuery> cl, float theta, float relCut, boolean byHolder)
            throws java.io.IOException {
        var max = new ArrayList<Double>();
        var df = new ArrayList<Long>();
        long all = 0;
        for (int c = 0; c + 1 < cl.size(); c += 2) {
            SkillQuery sq = cl.get(c);
            SkillQuery rq = cl.get(c + 1);
            var st = leaf.reader().terms(sq.term().field()).iterator();
            var rt = leaf.reader().terms(rq.term().field()).iterator();
            if (!st.seekExact(sq.term().bytes()) || !rt.seekExact(rq.term().bytes())) {
                continue;
            }
            var sp = st.postings(null, org.apache.lucene.index.PostingsEnum.FREQS);
            var rp = rt.postings(null, org.apache.lucene.index.PostingsEnum.FREQS);
            var hf = new ArrayList<Integer>();
            var rel = new ArrayList<Integer>();
            int hfMax = 0;
            while (sp.nextDoc() != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS) {
                rp.advance(sp.docID());
                hf.add(sp.freq());
                rel.add(rp.freq());
                hfMax = Math.max(hfMax, sp.freq());
            }
            int cut = Float.floatToIntBits(relCut) >>> 15;
            long[] count = new long[4];
            int[][] mx = new int[4][2];
            for (int i = 0; i < hf.size(); i++) {
                int t = (rel.get(i) >= cut ? 1 : 0) + (byHolder && hf.get(i) == hfMax ? 2 : 0);
                count[t]++;
                mx[t][0] = Math.max(mx[t][0], hf.get(i));
                mx[t][1] = Math.max(mx[t][1], rel.get(i));
            }
            all += hf.size();
            for (int t = 0; t < 4; t++) {
                if (count[t] > 0) {
                    max.add((double) sq.maxContribution(Float.intBitsToFloat(mx[t][0] << 15))
                            + rq.maxContribution(Float.intBitsToFloat(mx[t][1] << 15)));
                    df.add(count[t]);
                }
            }
        }
        return essentialShare(max, df, theta, all);
    }

    /**
     * MaxScore's final partition: clauses (or pairs) by bound per posting, lowest first, are non-essential while their
     * bounds add up to less than {@code theta}; the share of {@code all} postings (or documents) left essential.
     */
    static double essentialShare(List<Double> max, List<Long> df, double theta, long all) {
        Integer[] order = new Integer[max.size()];
        for (int c = 0; c < order.length; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (x, y) -> Double.compare(max.get(x) / Math.max(1, df.get(x)), max.get(y) / Math.max(1, df.get(y))));
        double run = 0;
        long nonEssential = 0;
        for (int c : order) {
            if (run + max.get(c) < theta) {
                run += max.get(c);
                nonEssential += df.get(c);
            } else {
                break;
            }
        }
        return 1 - (double) nonEssential / all;
    }

    static final float[] PAIR_CUTS = {2f, 0.05f, 0.1f, 0.2f};

    static boolean identical(ScoreDoc[] a, ScoreDoc[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i].doc != b[i].doc || Float.compare(a[i].score, b[i].score) != 0) {
                return false;
            }
        }
        return true;
    }
}
