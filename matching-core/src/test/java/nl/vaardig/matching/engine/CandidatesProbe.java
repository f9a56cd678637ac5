package nl.vaardig.matching.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.vaardig.matching.demo.BenchmarkData;
import nl.vaardig.matching.demo.DemoDataGenerator;
import nl.vaardig.matching.demo.RegionGeography;
import nl.vaardig.matching.index.Fields;
import nl.vaardig.matching.index.ProfileDocuments;
import nl.vaardig.matching.scoring.HeldSkills;
import nl.vaardig.matching.scoring.MatchScorer;
import nl.vaardig.matching.scoring.MatchWeights;
import nl.vaardig.matching.scoring.PreparedProfile;
import nl.vaardig.matching.scoring.Requirements;
import nl.vaardig.matching.scoring.SkillGraph;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.Taxonomy;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.MMapDirectory;

/**
 * Where a people search's time goes, part by part, on one thread (thread CPU, the lower of two passes): the
 * requirements and the candidate query, Lucene's top k, the exact rescoring of the k candidates, the explanations of
 * the shown 50 — for several k, with each k's top 50 set beside the top 50 of the largest k (identical lists, and the
 * exact score mass: the top 50's exact scores summed against the reference's). The benchmark's 1,000 query vacancies
 * on an index kept by {@code MatchingBench --keep}.
 * <pre>matching-core/bin/run-main.sh -Xmx2g -- nl.vaardig.matching.engine.CandidatesProbe DIR/n1000000 250,200,250:24</pre> (k, or k:terms of the people query)
 */
public final class CandidatesProbe {

    private static final int TOP = 50;

    private CandidatesProbe() {
    }

    private record Hit(UUID id, double score, int[] packed) {
    }

    public static void main(String[] args) throws Exception {
        Path index = Path.of(args[0]);
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        SkillGraph graph = SkillGraph.build(taxonomy, MatchWeights.defaults());
        var gen = new DemoDataGenerator(taxonomy, RegionGeography.shipped(), BenchmarkData.SEED);
        var scorer = new MatchScorer(graph);
        MatchingEngine.Options options = nl.vaardig.matching.bench.BudgetProperty.apply(MatchingEngine.Options.defaults());
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        var vacancies = new ArrayList<Requirements>(n);
        for (int i = 0; i < n; i++) {
            vacancies.add(scorer.requirements(BenchmarkData.vacancyAt(gen, 50_000_000L + i).skills()));
        }
        PreparedProfile scratch = scorer.prepare(new HeldSkills(new int[0], new double[0]));
        try (var dir = new MMapDirectory(index); var reader = DirectoryReader.open(dir)) {
            var searcher = new IndexSearcher(reader);
            searcher.setQueryCache(null);
            List<List<Hit>> reference = null;
            for (String variant : args[1].split(",")) {
                // k, or k:terms (terms of the people query; default the engine's)
                String[] kt = variant.split(":");
                int k = Integer.parseInt(kt[0]);
                int terms = kt.length > 1 ? Integer.parseInt(kt[1]) : CandidateQueries.PEOPLE_QUERY_TERMS;
                var queries = new CandidateQueries(graph, scorer, options.maxQuerySkills(), terms, options.postingsBudget());
                long[][] cpu = new long[4][n];
                for (long[] c : cpu) {
                    Arrays.fill(c, Long.MAX_VALUE);
                }
                var tops = new ArrayList<List<Hit>>(n);
                for (int pass = 0; pass < 3; pass++) {
                    for (int i = 0; i < n; i++) {
                        Requirements r = vacancies.get(i);
                        long c0 = bean.getCurrentThreadCpuTime();
                        Query q = queries.profiles(r, MatchQuery.defaults());
                        long c1 = bean.getCurrentThreadCpuTime();
                        ScoreDoc[] hits = searcher.search(q, k).scoreDocs.clone();
                        long c2 = bean.getCurrentThreadCpuTime();
                        Arrays.sort(hits, Comparator.comparingInt(h -> h.doc));
                        List<Hit> scored = rescore(reader.leaves(), hits, scorer, graph, scratch, r);
                        scored.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::id));
                        List<Hit> top = scored.subList(0, Math.min(TOP, scored.size()));
                        long c3 = bean.getCurrentThreadCpuTime();
                        explain(top, scorer, graph, scratch, r);
                        long c4 = bean.getCurrentThreadCpuTime();
                        if (pass > 0) {
                            long[] parts = {c1 - c0, c2 - c1, c3 - c2, c4 - c3};
                            for (int p = 0; p < 4; p++) {
                                cpu[p][i] = Math.min(cpu[p][i], parts[p]);
                            }
                        }
                        if (pass == 2) {
                            tops.add(List.copyOf(top));
                        }
                    }
                }
                long[] total = new long[n];
                for (int i = 0; i < n; i++) {
                    total[i] = cpu[0][i] + cpu[1][i] + cpu[2][i] + cpu[3][i];
                }
                System.out.printf(Locale.ROOT, "%s: query %s | Lucene %s | rescore %s | explain %s | sum %s (p50 / p90 / p99 ms, one thread)%n",
                        variant, pct(cpu[0]), pct(cpu[1]), pct(cpu[2]), pct(cpu[3]), pct(total));
                // the parts of the searches whose sum is in the slowest 1 %
                Integer[] byCost = new Integer[n];
                for (int i = 0; i < n; i++) {
                    byCost[i] = i;
                }
                Arrays.sort(byCost, (a, b) -> Long.compare(total[b], total[a]));
                double[] slow = new double[4];
                for (int s = 0; s < n / 100; s++) {
                    for (int p = 0; p < 4; p++) {
                        slow[p] += cpu[p][byCost[s]] / 1e6 / (n / 100);
                    }
                }
                System.out.printf(Locale.ROOT, "  slowest 1 %%, mean ms: query %.2f, Lucene %.2f, rescore %.2f, explain %.2f%n",
                        slow[0], slow[1], slow[2], slow[3]);
                if (reference == null) {
                    reference = tops;
                } else {
                    agreement(reference, tops);
                }
            }
        }
    }

    private static void agreement(List<List<Hit>> reference, List<List<Hit>> tops) {
        int identical10 = 0;
        int identical50 = 0;
        int lower = 0;
        int higher = 0;
        double refMass = 0;
        double mass = 0;
        double overlap = 0;
        for (int i = 0; i < reference.size(); i++) {
            List<Hit> a = reference.get(i);
            List<Hit> b = tops.get(i);
            identical50 += ids(a, a.size()).equals(ids(b, b.size())) ? 1 : 0;
            identical10 += ids(a, Math.min(10, a.size())).equals(ids(b, Math.min(10, b.size()))) ? 1 : 0;
            double sa = a.stream().mapToDouble(Hit::score).sum();
            double sb = b.stream().mapToDouble(Hit::score).sum();
            refMass += sa;
            mass += sb;
            lower += sb < sa - 1e-9 ? 1 : 0;
            higher += sb > sa + 1e-9 ? 1 : 0;
            var inter = new HashSet<>(ids(a, a.size()));
            inter.retainAll(new HashSet<>(ids(b, b.size())));
            overlap += (double) inter.size() / Math.max(1, a.size());
        }
        int n = reference.size();
        System.out.printf(Locale.ROOT, "  against the first k: top 10 identical %.3f, top 50 identical %.3f, top 50 overlap %.4f, score mass %.5f, lower %d / higher %d of %d%n",
                (double) identical10 / n, (double) identical50 / n, overlap / n, mass / refMass, lower, higher, n);
    }

    private static List<UUID> ids(List<Hit> hits, int k) {
        return hits.subList(0, k).stream().map(Hit::id).toList();
    }

    private static String pct(long[] cpu) {
        long[] s = cpu.clone();
        Arrays.sort(s);
        int n = s.length;
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f", s[n / 2 - 1] / 1e6, s[n * 9 / 10 - 1] / 1e6, s[n * 99 / 100 - 1] / 1e6);
    }

    /** The engine's rescoring of profiles: each candidate's held skills prepared for the requirements. */
    private static List<Hit> rescore(List<LeafReaderContext> leaves, ScoreDoc[] hits, MatchScorer scorer, SkillGraph graph,
                                     PreparedProfile scratch, Requirements r) throws java.io.IOException {
        var rescoring = new CandidateRescorer.Rescoring(leaves, Fields.PROFILE_SKILLS, false);
        rescoring.rescore(hits, 0, hits.length, d ->
                scorer.score(scorer.prepareInto(scratch, ProfileDocuments.heldSkills(d.packed(), graph.weights()), r), r));
        return rescoring.scored().stream().map(s -> new Hit(s.id(), s.score(), s.packed())).toList();
    }

    /** As the engine explains the shown ones: from the packed skills the rescoring read. */
    private static void explain(List<Hit> top, MatchScorer scorer, SkillGraph graph, PreparedProfile scratch, Requirements r) {
        for (Hit h : top) {
            PreparedProfile p = scorer.prepareInto(scratch, ProfileDocuments.heldSkills(h.packed(), graph.weights()), r);
            scorer.explain(p, r, MatchQuery.DUTCH);
        }
    }
}
