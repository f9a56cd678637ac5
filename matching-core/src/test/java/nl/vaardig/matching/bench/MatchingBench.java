package nl.vaardig.matching.bench;

import java.io.IOException;
import nl.vaardig.matching.demo.BenchmarkData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import nl.vaardig.matching.demo.DemoDataGenerator;
import nl.vaardig.matching.demo.RegionGeography;
import nl.vaardig.matching.engine.MatchQuery;
import nl.vaardig.matching.engine.MatchingEngine;
import nl.vaardig.matching.engine.RegionNeighbours;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.Vacancy;
import nl.vaardig.matching.scoring.MatchWeights;
import nl.vaardig.matching.scoring.SkillGraph;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.Taxonomy;
import org.apache.lucene.store.MMapDirectory;

/**
 * Lucene matcher benchmark: builds on-disk indexes of N synthetic vacancies and N profiles (N from {@code --sizes},
 * default 10k,100k,1M), then measures single-threaded latency of top-20 vacancies for 30-skill profiles (with
 * explanations), the same in the profile's own region and in its region with the neighbouring ones, and top-50
 * candidates for vacancies, plus two-thread throughput; wall clock, the calling thread's CPU time and the CPU time of
 * the calling thread and the engine's search threads together (a search may run part of its work there). Run with -Xmx2g:
 * <pre>matching-core/bin/run-main.sh -Xmx2g -- nl.vaardig.matching.bench.MatchingBench --sizes 10000,100000,1000000</pre>
 * {@code --max-profiles M} indexes at most M profiles (the 10M-vacancy run: {@code --sizes 10000000 --max-profiles
 * 1000000 --dir matching-core/target/bench10m}; delete the folder afterwards). {@code --keep} leaves the index in
 * {@code --dir} and measures an index kept there by an earlier run without rebuilding it (no build figures then): two
 * commits measured on the same index, e.g. before and after a change to the search code.
 */
public final class MatchingBench {

    private MatchingBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Long> sizes = List.of(10_000L, 100_000L, 1_000_000L);
        int queries = 1000;
        long maxProfiles = -1;
        boolean keep = false;
        Path dir = Files.createTempDirectory("vaardig-bench-");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = Stream.of(args[++i].split(",")).map(Long::parseLong).toList();
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                case "--max-profiles" -> maxProfiles = Long.parseLong(args[++i]);
                case "--keep" -> keep = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        long t0 = System.nanoTime();
        SkillGraph graph = SkillGraph.build(taxonomy, MatchWeights.defaults());
        System.out.printf(Locale.ROOT, "skill graph built in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        long links = 0;
        for (int t = 0; t < graph.skillCount(); t++) {
            links += graph.covers(t).size();
        }
        System.out.printf(Locale.ROOT, "skill graph: %,d stored links, %.1f per skill; %,d kin-group memberships tested on the fly%n",
                links, (double) links / graph.skillCount(), graph.kinship().memberships());
        var gen = new DemoDataGenerator(taxonomy, RegionGeography.shipped(), BenchmarkData.SEED);
        List<Profile> profiles = BenchmarkData.queryProfiles(gen, taxonomy, queries);
        var table = new ArrayList<String>();
        for (long n : sizes) {
            Path indexDir = dir.resolve("n" + n);
            table.add(run(graph, gen, profiles, n, maxProfiles < 0 ? n : Math.min(n, maxProfiles), indexDir));
            if (!keep) {
                deleteTree(indexDir);
            }
        }
        System.out.println();
        System.out.println("| N | build vacancies (s) | vacancy index (MiB) | build profiles (s) | vacancies top-20 p50 / p99 (ms) "
                + "| all search threads CPU p50 / p99 | own region | region + neighbours | candidates top-50 p50 / p99 (ms) "
                + "| 2-thread vacancy qps | heap used (MiB) |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        table.forEach(System.out::println);
    }

    static String run(SkillGraph graph, DemoDataGenerator gen, List<Profile> profiles, long n, long profileCount, Path indexDir)
            throws Exception {
        System.out.printf(Locale.ROOT, "%n=== N = %,d%n", n);
        try (var directory = new MMapDirectory(indexDir);
             var engine = MatchingEngine.open(directory, graph,
                     BudgetProperty.apply(MatchingEngine.Options.defaults().withRefreshEvery(null).withClock(BenchmarkData.clock())))) {
            if (engine.vacancyCount() == n && engine.profileCount() == profileCount) {
                System.out.printf(Locale.ROOT, "index kept from an earlier run (--keep): %,d vacancies, %,d profiles, %.0f MiB%n", n,
                        profileCount, treeSize(indexDir) / 1048576.0);
                return measure(engine, profiles, gen, n, Double.NaN, treeSize(indexDir), Double.NaN);
            }
            long t = System.nanoTime();
            parallelAdd(n, i -> engine.addVacancies(List.of(BenchmarkData.vacancyAt(gen, i)).iterator()));
            engine.commit();
            engine.optimize(1);
            double buildV = (System.nanoTime() - t) / 1e9;
            System.out.printf(Locale.ROOT, "vacancies indexed, committed, merged to one segment in %.1f s (%,d visible)%n", buildV, engine.vacancyCount());
            engine.commit(); // the merged-away segments are deleted only at the next commit
            long vacancyBytes = treeSize(indexDir);
            System.out.printf(Locale.ROOT, "index size with vacancies only: %.0f MiB%n", vacancyBytes / 1048576.0);
            t = System.nanoTime();
            parallelAdd(profileCount, i -> engine.addProfiles(List.of(gen.profile(i)).iterator()));
            engine.commit();
            engine.optimize(1);
            double buildP = (System.nanoTime() - t) / 1e9;
            System.out.printf(Locale.ROOT, "%,d profiles indexed, committed, merged in %.1f s (%,d visible)%n", profileCount,
                    buildP, engine.profileCount());
            return measure(engine, profiles, gen, n, buildV, vacancyBytes, buildP);
        }
    }

    /** The latencies of every search kind on a built index, and the table row. */
    static String measure(MatchingEngine engine, List<Profile> profiles, DemoDataGenerator gen, long n, double buildV,
                          long vacancyBytes, double buildP) throws InterruptedException {
        {

            MatchQuery q = MatchQuery.defaults();
            // warm-up
            for (int i = 0; i < Math.min(300, profiles.size()); i++) {
                engine.matchVacancies(profiles.get(i), q, 20);
            }
            var lv = new Latencies(profiles.size());
            var lvCpu = new Latencies(profiles.size());
            var lvAll = new Latencies(profiles.size());
            var cpuClock = java.lang.management.ManagementFactory.getThreadMXBean();
            long[] sliceThreads = LayoutBench.searchThreads(cpuClock);
            long hits = 0;
            var gv = new GcPauses(profiles.size());
            gv.start();
            for (Profile p : profiles) {
                long all = LayoutBench.cpuOf(cpuClock, sliceThreads);
                long gc = gv.count();
                long c = cpuClock.getCurrentThreadCpuTime();
                long s = System.nanoTime();
                hits += engine.matchVacancies(p, q, 20).size();
                lv.add(System.nanoTime() - s);
                gv.add(gc, System.nanoTime() - s);
                long own = cpuClock.getCurrentThreadCpuTime() - c;
                lvCpu.add(own);
                lvAll.add(own + LayoutBench.cpuOf(cpuClock, sliceThreads) - all);
            }
            System.out.println("vacancies top-20 with explanations: " + lv + "  (avg hits " + hits / profiles.size() + ")");
            System.out.println("  same, thread CPU time:            " + lvCpu);
            gv.stop();
            System.out.println("  same, CPU of all search threads:  " + lvAll);
            System.out.println("  garbage collection:               " + gv);
            var neighbours = RegionNeighbours.shipped();
            var lr = new Latencies(profiles.size());
            var lrCpu = new Latencies(profiles.size());
            var lrAll = new Latencies(profiles.size());
            var ln = new Latencies(profiles.size());
            var lnCpu = new Latencies(profiles.size());
            var lnAll = new Latencies(profiles.size());
            var gr = new GcPauses(profiles.size());
            for (int round = 0; round < 2; round++) { // round 0 warms the region paths up
                if (round == 1) {
                    gr.start();
                }
                for (Profile p : profiles) {
                    long all = LayoutBench.cpuOf(cpuClock, sliceThreads);
                    long gc = gr.count();
                    long c = cpuClock.getCurrentThreadCpuTime();
                    long s = System.nanoTime();
                    engine.matchVacancies(p, q.inRegions(Set.of(p.region())), 20);
                    long wall = System.nanoTime() - s;
                    if (round == 1) {
                        gr.add(gc, wall);
                    }
                    long cpu = cpuClock.getCurrentThreadCpuTime() - c;
                    long allCpu = cpu + LayoutBench.cpuOf(cpuClock, sliceThreads) - all;
                    all = LayoutBench.cpuOf(cpuClock, sliceThreads);
                    c = cpuClock.getCurrentThreadCpuTime();
                    s = System.nanoTime();
                    engine.matchVacancies(p, q.inRegionAndNeighbours(p.region(), neighbours), 20);
                    if (round == 1) {
                        lr.add(wall);
                        lrCpu.add(cpu);
                        lrAll.add(allCpu);
                        ln.add(System.nanoTime() - s);
                        long nCpu = cpuClock.getCurrentThreadCpuTime() - c;
                        lnCpu.add(nCpu);
                        lnAll.add(nCpu + LayoutBench.cpuOf(cpuClock, sliceThreads) - all);
                    }
                }
            }
            gr.stop();
            System.out.println("vacancies top-20 in own region:      " + lr);
            System.out.println("  same, thread CPU time:            " + lrCpu);
            System.out.println("  same, CPU of all search threads:  " + lrAll);
            System.out.println("  garbage collection (own region and neighbours together): " + gr);
            System.out.println("vacancies top-20, region + neighbours: " + ln);
            System.out.println("  same, thread CPU time:            " + lnCpu);
            System.out.println("  same, CPU of all search threads:  " + lnAll);

            List<Vacancy> vacancyQueries = new ArrayList<>();
            for (int i = 0; i < profiles.size(); i++) {
                vacancyQueries.add(BenchmarkData.vacancyAt(gen, 50_000_000L + i));
            }
            for (int i = 0; i < Math.min(300, vacancyQueries.size()); i++) {
                engine.matchCandidates(vacancyQueries.get(i), q, 50);
            }
            var lc = new Latencies(vacancyQueries.size());
            var lcCpu = new Latencies(vacancyQueries.size());
            var lcAll = new Latencies(vacancyQueries.size());
            var gc = new GcPauses(vacancyQueries.size());
            gc.start();
            for (Vacancy v : vacancyQueries) {
                long all = LayoutBench.cpuOf(cpuClock, sliceThreads);
                long gcBefore = gc.count();
                long c = cpuClock.getCurrentThreadCpuTime();
                long s = System.nanoTime();
                engine.matchCandidates(v, q, 50);
                lc.add(System.nanoTime() - s);
                gc.add(gcBefore, System.nanoTime() - s);
                long own = cpuClock.getCurrentThreadCpuTime() - c;
                lcCpu.add(own);
                lcAll.add(own + LayoutBench.cpuOf(cpuClock, sliceThreads) - all);
            }
            System.out.println("candidates top-50 with explanations: " + lc);
            System.out.println("  same, thread CPU time:            " + lcCpu);
            gc.stop();
            System.out.println("  same, CPU of all search threads:  " + lcAll);
            System.out.println("  garbage collection:               " + gc);

            // throughput on both cores
            var done = new AtomicLong();
            long start = System.nanoTime();
            Thread[] threads = new Thread[2];
            for (int k = 0; k < 2; k++) {
                int offset = k;
                threads[k] = new Thread(() -> {
                    for (int i = offset; i < profiles.size(); i += 2) {
                        engine.matchVacancies(profiles.get(i), q, 20);
                        done.incrementAndGet();
                    }
                });
                threads[k].start();
            }
            for (Thread th : threads) {
                th.join();
            }
            double qps = done.get() / ((System.nanoTime() - start) / 1e9);
            System.gc();
            long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
            System.out.printf(Locale.ROOT, "2 threads: %.0f queries/s; heap used after GC %d MiB (max %d MiB)%n", qps, heap,
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            return String.format(Locale.ROOT, "| %,d | %.1f | %.0f | %.1f | %.2f / %.2f (cpu %.2f / %.2f) | %.2f / %.2f "
                            + "| %.2f / %.2f (cpu %.2f / %.2f, all %.2f / %.2f) "
                            + "| %.2f / %.2f (cpu %.2f / %.2f, all %.2f / %.2f) | %.2f / %.2f (cpu %.2f / %.2f, all %.2f / %.2f) "
                            + "| %.0f | %d |",
                    n, buildV, vacancyBytes / 1048576.0, buildP, lv.percentileMs(50), lv.percentileMs(99), lvCpu.percentileMs(50),
                    lvCpu.percentileMs(99), lvAll.percentileMs(50), lvAll.percentileMs(99),
                    lr.percentileMs(50), lr.percentileMs(99), lrCpu.percentileMs(50), lrCpu.percentileMs(99),
                    lrAll.percentileMs(50), lrAll.percentileMs(99),
                    ln.percentileMs(50), ln.percentileMs(99), lnCpu.percentileMs(50), lnCpu.percentileMs(99),
                    lnAll.percentileMs(50), lnAll.percentileMs(99),
                    lc.percentileMs(50), lc.percentileMs(99), lcCpu.percentileMs(50), lcCpu.percentileMs(99),
                    lcAll.percentileMs(50), lcAll.percentileMs(99), qps, heap);
        }
    }

    static long treeSize(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    interface IndexOne {
        void add(long i);
    }

    /** Two feeder threads (the machine has two cores); records are generated on the fly, never held. */
    static void parallelAdd(long n, IndexOne add) throws InterruptedException {
        Thread[] threads = new Thread[2];
        for (int k = 0; k < 2; k++) {
            int offset = k;
            threads[k] = new Thread(() -> {
                for (long i = offset; i < n; i += 2) {
                    add.add(i);
                }
            });
            threads[k].start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
