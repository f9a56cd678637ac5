package nl.vaardig.matching.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import nl.vaardig.matching.demo.BenchmarkData;
import nl.vaardig.matching.demo.DemoDataGenerator;
import nl.vaardig.matching.demo.RegionGeography;
import nl.vaardig.matching.engine.MatchQuery;
import nl.vaardig.matching.engine.MatchingEngine;
import nl.vaardig.matching.engine.VacancyMatch;
import nl.vaardig.matching.index.IndexLayout;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.scoring.MatchWeights;
import nl.vaardig.matching.scoring.SkillGraph;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.Taxonomy;
import org.apache.lucene.store.MMapDirectory;

/**
 * Index layouts and candidate counts side by side in one run (the machine is shared, so variants are compared back
 * to back, not across runs): per N and {@link IndexLayout} it builds one index of the benchmark vacancies, then per
 * candidate count measures top-20 unfiltered and in the profile's own region — wall clock, the calling thread's CPU
 * and, for the unfiltered search, the CPU of all threads of the search (caller plus slice threads) — and how many
 * of the top 20 agree with the most generous candidate count of the same layout.
 * <pre>matching-core/bin/run-main.sh -Xmx2g -- nl.vaardig.matching.bench.LayoutBench --sizes 100000,1000000 --candidates 400,200,100,50</pre>
 */
public final class LayoutBench {

    private LayoutBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Long> sizes = List.of(100_000L);
        List<IndexLayout> layouts = List.of(IndexLayout.values());
        List<Integer> candidates = List.of(400, 200, 100, 50);
        int queries = 500;
        Path dir = Files.createTempDirectory("vaardig-layout-");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = Stream.of(args[++i].split(",")).map(Long::parseLong).toList();
                case "--layouts" -> layouts = Stream.of(args[++i].split(",")).map(IndexLayout::valueOf).toList();
                case "--candidates" -> candidates = Stream.of(args[++i].split(",")).map(Integer::parseInt).toList();
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        SkillGraph graph = SkillGraph.build(taxonomy, MatchWeights.defaults());
        var gen = new DemoDataGenerator(taxonomy, RegionGeography.shipped(), BenchmarkData.SEED);
        List<Profile> profiles = BenchmarkData.queryProfiles(gen, taxonomy, queries);
        var table = new ArrayList<String>();
        for (long n : sizes) {
            for (IndexLayout layout : layouts) {
                Path indexDir = dir.resolve("n" + n + "-" + layout);
                var base = MatchingEngine.Options.defaults().withRefreshEvery(null).withClock(BenchmarkData.clock())
                        .withLayout(layout);
                long t = System.nanoTime();
                try (var directory = new MMapDirectory(indexDir); var engine = MatchingEngine.open(directory, graph, base)) {
                    MatchingBench.parallelAdd(n, i -> engine.addVacancies(List.of(BenchmarkData.vacancyAt(gen, i)).iterator()));
                    engine.commit();
                    engine.optimize(1);
                    engine.commit();
                }
                System.out.printf(Locale.ROOT, "%n=== N = %,d, %s: built in %.1f s, %.0f MiB%n", n, layout,
                        (System.nanoTime() - t) / 1e9, MatchingBench.treeSize(indexDir) / 1048576.0);
                List<List<String>> refUnfiltered = null;
                List<List<String>> refRegion = null;
                for (int k : candidates) {
                    try (var directory = new MMapDirectory(indexDir);
                         var engine = MatchingEngine.open(directory, graph, base.withCandidates(k, 1).withRegionCandidates(k))) {
                        var unfiltered = measure(engine, profiles, p -> MatchQuery.defaults(), refUnfiltered);
                        var region = measure(engine, profiles, p -> MatchQuery.defaults().inRegions(Set.of(p.region())), refRegion);
                        if (refUnfiltered == null) {
                            refUnfiltered = unfiltered.tops;
                            refRegion = region.tops;
                        }
                        String row = String.format(Locale.ROOT, "| %,d | %s | %d | %s | %s |", n, layout, k, unfiltered.cells(true),
                                region.cells(false));
                        System.out.println(row);
                        table.add(row);
                    }
                }
                MatchingBench.deleteTree(indexDir);
            }
        }
        System.out.println();
        System.out.println("| N | layout | candidates | unfiltered wall p50 / p99 | caller CPU p50 / p99 | all search threads CPU p50 / p99 "
                + "| top-20 same as first row | own region wall p50 / p99 | CPU p50 / p99 | top-20 same as first row |");
        System.out.println("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        table.forEach(System.out::println);
    }

    private record Measured(Latencies wall, Latencies cpu, Latencies allCpu, List<List<String>> tops, double agreement) {
        String cells(boolean withAll) {
            return String.format(Locale.ROOT, "%.2f / %.2f | %.2f / %.2f | %s | %.3f", wall.percentileMs(50), wall.percentileMs(99),
                    cpu.percentileMs(50), cpu.percentileMs(99),
                    withAll ? String.format(Locale.ROOT, "%.2f / %.2f", allCpu.percentileMs(50), allCpu.percentileMs(99)) : "–",
                    agreement);
        }
    }

    private static Measured measure(MatchingEngine engine, List<Profile> profiles, java.util.function.Function<Profile, MatchQuery> query,
                                    List<List<String>> reference) {
        for (int round = 0; round < 2; round++) { // warm-up: JIT and the slice threads
            for (Profile p : profiles) {
                engine.matchVacancies(p, query.apply(p), 20);
            }
        }
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long[] pool = searchThreads(bean);
        var wall = new Latencies(profiles.size());
        var cpu = new Latencies(profiles.size());
        var all = new Latencies(profiles.size());
        var tops = new ArrayList<List<String>>();
        double agree = 0;
        for (int i = 0; i < profiles.size(); i++) {
            Profile p = profiles.get(i);
            MatchQuery q = query.apply(p);
            long poolBefore = cpuOf(bean, pool);
            long c = bean.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            List<VacancyMatch> hits = engine.matchVacancies(p, q, 20);
            long w = System.nanoTime() - s;
            long own = bean.getCurrentThreadCpuTime() - c;
            long others = cpuOf(bean, pool) - poolBefore;
            wall.add(w);
            cpu.add(own);
            all.add(own + others);
            List<String> ids = hits.stream().map(h -> h.vacancy().toString()).toList();
            tops.add(ids);
            if (reference != null && !reference.get(i).isEmpty()) {
                var common = new HashSet<>(ids);
                common.retainAll(reference.get(i));
                agree += common.size() / (double) reference.get(i).size();
            } else {
                agree += 1;
            }
        }
        return new Measured(wall, cpu, all, tops, agree / profiles.size());
    }

    static long[] searchThreads(ThreadMXBean bean) {
        return Stream.of(bean.getThreadInfo(bean.getAllThreadIds())).filter(java.util.Objects::nonNull)
                .filter(ti -> ti.getThreadName().startsWith("matching-search")).mapToLong(ThreadInfo::getThreadId).toArray();
    }

    static long cpuOf(ThreadMXBean bean, long[] ids) {
        long sum = 0;
        for (long id : ids) {
            sum += Math.max(0, bean.getThreadCpuTime(id));
        }
        return sum;
    }
}
