package nl.vaardig.matching.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.vaardig.matching.bench.BudgetProperty;
import nl.vaardig.matching.demo.BenchmarkData;
import nl.vaardig.matching.demo.DemoDataGenerator;
import nl.vaardig.matching.demo.RegionGeography;
import nl.vaardig.matching.index.Fields;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.scoring.MatchScorer;
import nl.vaardig.matching.scoring.MatchWeights;
import nl.vaardig.matching.scoring.SkillGraph;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.Taxonomy;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.MMapDirectory;

/**
 * Where a national search's wall clock goes beyond CPU, with the load of the moment the same for every variant: the
 * Lucene part of the bench's 1,000 national queries (top 200, vacancies of a kept 1M index), each query searched in
 * turn (order rotated per query) as the start commit did — two slices of equal vacancy counts, Lucene's task executor,
 * the caller waiting for the other slice — in parts the caller and the pool take in turn ({@link PartedSearch}), and on
 * the calling thread alone. Wall clock, CPU of the caller and of the pool's threads, and their difference; the top
 * 200 of every variant compared with the one-thread search.
 * <pre>matching-core/bin/run-main.sh -Xmx2g -- nl.vaardig.matching.engine.HandOffProbe DIR/n1000000 [passes]</pre>
 */
public final class HandOffProbe {

    private HandOffProbe() {
    }

    private static final String[] NAMES = {"two slices (start)", "parts, taken in turn", "calling thread alone"};

    public static void main(String[] args) throws Exception {
        Path index = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int n = 1000;
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        SkillGraph graph = SkillGraph.build(taxonomy, MatchWeights.defaults());
        var gen = new DemoDataGenerator(taxonomy, RegionGeography.shipped(), BenchmarkData.SEED);
        var scorer = new MatchScorer(graph);
        MatchingEngine.Options options = BudgetProperty.apply(MatchingEngine.Options.defaults());
        var queries = new CandidateQueries(graph, scorer, options.maxQuerySkills(), options.peopleQueryTerms(),
                options.postingsBudget());
        int k = new CandidateRescorer(null, options).candidateCount(20, false);
        List<Profile> profiles = BenchmarkData.queryProfiles(gen, taxonomy, n);
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "matching-search");
            t.setDaemon(true);
            return t;
        });
        try (var dir = new MMapDirectory(index); var reader = DirectoryReader.open(dir)) {
            IndexSearcher sliced = new SlicedSearcherFactory(pool, 2).searcherFor(reader, Fields.KIND_VACANCY);
            IndexSearcher one = new IndexSearcher(reader);
            List<PartedSearch.Run> parts = PartedSearch.parts(reader.leaves(), Fields.KIND_VACANCY, 2,
                    SlicedSearcherFactory.MIN_DOCS_PER_SLICE);
            System.out.printf(Locale.ROOT, "slices %d, parts %d, k %d%n", sliced.getSlices().length, parts.size(), k);
            var built = new ArrayList<Query>(n);
            for (Profile p : profiles) {
                built.add(queries.vacancies(scorer.prepare(p.skills()), MatchQuery.defaults()));
            }
            long[] poolThreads = poolThreads(pool, bean);
            for (int i = 0; i < 300; i++) {
                for (int v = 0; v < 3; v++) {
                    run(v, built.get(i), k, sliced, one, parts, pool);
                }
            }
            long[][] wall = new long[3][n * passes];
            long[][] own = new long[3][n * passes];
            long[][] all = new long[3][n * passes];
            int differ = 0;
            for (int pass = 0; pass < passes; pass++) {
                for (int i = 0; i < n; i++) {
                    List<String> reference = null;
                    for (int j = 0; j < 3; j++) {
                        int v = (i + j + pass) % 3;
                        long poolBefore = cpu(bean, poolThreads);
                        long c = bean.getCurrentThreadCpuTime();
                        long s = System.nanoTime();
                        TopDocs top = run(v, built.get(i), k, sliced, one, parts, pool);
                        long w = System.nanoTime() - s;
                        long mine = bean.getCurrentThreadCpuTime() - c;
                        int at = pass * n + i;
                        wall[v][at] = w;
                        own[v][at] = mine;
                        all[v][at] = mine + cpu(bean, poolThreads) - poolBefore;
                        List<String> hits = SlicedSearcherFactoryTest.hits(top);
                        if (reference == null) {
                            reference = hits;
                        } else if (!hits.equals(reference)) {
                            differ++;
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "top %d lists that differ between variants: %d of %d%n", k, differ, n * passes);
            System.out.println("| Lucene part, national top " + k + " (ms) | wall p50 / p90 / p99 / max | caller CPU p50 / p99 "
                    + "| all threads CPU p50 / p99 | wall − all CPU, mean / p99 |");
            System.out.println("|---|---:|---:|---:|---:|");
            for (int v = 0; v < 3; v++) {
                long[] gap = new long[wall[v].length];
                for (int i = 0; i < gap.length; i++) {
                    gap[i] = wall[v][i] - all[v][i];
                }
                System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %.2f / %.2f |%n", NAMES[v], pct(wall[v], 50, 90, 99, 100),
                        pct(own[v], 50, 99), pct(all[v], 50, 99), Arrays.stream(gap).average().orElse(0) / 1e6, pct1(gap, 99));
            }
        } finally {
            pool.shutdown();
        }
    }

    private static TopDocs run(int variant, Query q, int k, IndexSearcher sliced, IndexSearcher one, List<PartedSearch.Run> parts,
                               ExecutorService pool) throws java.io.IOException {
        return switch (variant) {
            case 0 -> sliced.search(q, k);
            case 1 -> PartedSearch.search(one, q, k, parts, pool, 1);
            default -> one.search(q, k);
        };
    }

    /** The pool's thread ids (started by two tasks that wait for each other). */
    private static long[] poolThreads(ExecutorService pool, ThreadMXBean bean) throws Exception {
        var ids = new long[2];
        var latch = new java.util.concurrent.CountDownLatch(2);
        var futures = new ArrayList<java.util.concurrent.Future<?>>();
        for (int t = 0; t < 2; t++) {
            int slot = t;
            futures.add(pool.submit(() -> {
                ids[slot] = Thread.currentThread().threadId();
                latch.countDown();
                latch.await();
                return null;
            }));
        }
        for (var f : futures) {
            f.get();
        }
        return ids;
    }

    private static long cpu(ThreadMXBean bean, long[] ids) {
        long sum = 0;
        for (long id : ids) {
            sum += Math.max(0, bean.getThreadCpuTime(id));
        }
        return sum;
    }

    private static String pct(long[] values, int... ps) {
        var out = new StringBuilder();
        for (int p : ps) {
            out.append(out.isEmpty() ? "" : " / ").append(String.format(Locale.ROOT, "%.2f", pct1(values, p)));
        }
        return out.toString();
    }

    private static double pct1(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int at = Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(sorted.length * p / 100.0) - 1));
        return sorted[at] / 1e6;
    }
}
