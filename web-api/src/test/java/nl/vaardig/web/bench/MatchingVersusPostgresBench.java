package nl.vaardig.web.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import nl.vaardig.matching.demo.BenchmarkData;
import nl.vaardig.matching.demo.DemoDataGenerator;
import nl.vaardig.matching.demo.RegionGeography;
import nl.vaardig.matching.engine.MatchQuery;
import nl.vaardig.matching.engine.MatchingEngine;
import nl.vaardig.matching.engine.VacancyMatch;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.Vacancy;
import nl.vaardig.matching.scoring.MatchWeights;
import nl.vaardig.matching.scoring.PreparedProfile;
import nl.vaardig.matching.scoring.SkillGraph;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.local.embedded.EmbeddedPostgresServer;
import org.apache.lucene.store.MMapDirectory;

/**
 * Side by side, in one run on one machine: top-20 vacancies with explanations for 30-skill profiles over N
 * synthetic vacancies, from the Lucene matcher and from the two PostgreSQL baselines ({@link PostgresBaseline}),
 * with the same data, the same profiles, the same candidate score and the same exact rescoring; then the same
 * search restricted to the profile's own arbeidsmarktregio on both sides (Lucene: the region's doc-id run;
 * PostgreSQL: the covering postings index, whose second key is the region). Prints wall-clock latency percentiles
 * and CPU time (Lucene: per query, the calling thread and the slice threads; PostgreSQL: the backend process, as a
 * mean per query), the speed-up, and how often the top 20 agree.
 * <pre>
 * ./mvnw -q -B -pl web-api -am test-compile -Dvaardig.e2e.skip=true
 * web-api/src/test/java/nl/vaardig/web/bench/run-bench.sh --size 1000000 --queries 300 --pg-queries 40
 * </pre>
 */
public final class MatchingVersusPostgresBench {

    private MatchingVersusPostgresBench() {
    }

    public static void main(String[] args) throws Exception {
        long size = 1_000_000;
        int queries = 300;
        int pgQueries = 40;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--size" -> size = Long.parseLong(args[++i]);
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--pg-queries" -> pgQueries = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Path work = Files.createTempDirectory("vaardig-pg-bench-");
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        SkillGraph graph = SkillGraph.build(taxonomy, MatchWeights.defaults());
        var gen = new DemoDataGenerator(taxonomy, RegionGeography.shipped(), BenchmarkData.SEED);
        List<Profile> profiles = BenchmarkData.queryProfiles(gen, taxonomy, queries);
        final long n = size;

        try (var directory = new MMapDirectory(work.resolve("lucene"));
             var engine = MatchingEngine.open(directory, graph,
                     MatchingEngine.Options.defaults().withRefreshEvery(null).withClock(BenchmarkData.clock()));
             var postgres = new EmbeddedPostgresServer(work.resolve("pg"), 0)) {
            long t = System.nanoTime();
            engine.addVacancies(BenchmarkData.vacancies(gen, n));
            engine.commit();
            engine.optimize(1);
            System.out.printf(Locale.ROOT, "Lucene: %,d vacancies indexed, committed, merged in %.1f s%n", engine.vacancyCount(),
                    (System.nanoTime() - t) / 1e9);

            postgres.start();
            try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), "")) {
                var pg = new PostgresBaseline(c, graph);
                pg.createSchema();
                t = System.nanoTime();
                long loaded = pg.load(() -> BenchmarkData.vacancies(gen, n), work);
                double loadS = (System.nanoTime() - t) / 1e9;
                t = System.nanoTime();
                pg.createIndexes();
                System.out.printf(Locale.ROOT, "PostgreSQL: %,d vacancies loaded (COPY) in %.1f s, indexed + vacuum analyze in %.1f s%n",
                        loaded, loadS, (System.nanoTime() - t) / 1e9);
                pg.tuneSession();

                MatchQuery q = MatchQuery.defaults();
                // warm-up: let the JIT compile the search path (the PostgreSQL side gets its own warm-up below)
                for (int i = 0; i < 600; i++) {
                    engine.matchVacancies(profiles.get(i % profiles.size()), q, 20);
                }
                long[] sliceThreads = ProcessCpu.searchThreads();
                long backend = ProcessCpu.backendPid(c);
                var lucene = new ArrayList<Long>();
                var luceneCpu = new ArrayList<Long>();
                var luceneAllCpu = new ArrayList<Long>();
                var luceneTop = new ArrayList<List<String>>();
                var threadCpu = java.lang.management.ManagementFactory.getThreadMXBean();
                for (Profile p : profiles) {
                    long all0 = ProcessCpu.luceneNanos(sliceThreads);
                    long cpu0 = threadCpu.getCurrentThreadCpuTime();
                    long s = System.nanoTime();
                    List<VacancyMatch> hits = engine.matchVacancies(p, q, 20);
                    lucene.add(System.nanoTime() - s);
                    luceneCpu.add(threadCpu.getCurrentThreadCpuTime() - cpu0);
                    luceneAllCpu.add(ProcessCpu.luceneNanos(sliceThreads) - all0);
                    luceneTop.add(hits.stream().map(h -> h.vacancy().toString()).toList());
                }
                report("Lucene matcher", lucene);
                report("  thread CPU", luceneCpu);
                report("  CPU, all threads", luceneAllCpu);

                var results = new ArrayList<String>();
                for (PostgresBaseline.Shape shape : PostgresBaseline.Shape.values()) {
                    // warm the buffer cache and plans with a few queries first
                    for (int i = 0; i < Math.min(3, pgQueries); i++) {
                        PreparedProfile pp = pg.scorer().prepare(profiles.get(i).skills());
                        pg.match(shape, pp, engine.vacancyCandidateTerms(pp), BenchmarkData.TODAY, engine.candidateCount(20), 20);
                    }
                    var times = new ArrayList<Long>();
                    int identical = 0;
                    double overlap = 0;
                    long backend0 = ProcessCpu.processNanos(backend);
                    for (int i = 0; i < Math.min(pgQueries, profiles.size()); i++) {
                        long s = System.nanoTime();
                        PreparedProfile pp = pg.scorer().prepare(profiles.get(i).skills());
                        var hits = pg.match(shape, pp, engine.vacancyCandidateTerms(pp), BenchmarkData.TODAY,
                                engine.candidateCount(20), 20);
                        times.add(System.nanoTime() - s);
                        List<String> ids = hits.stream().map(PostgresBaseline.Hit::uuid).toList();
                        if (ids.equals(luceneTop.get(i))) {
                            identical++;
                        }
                        var common = new HashSet<>(ids);
                        common.retainAll(luceneTop.get(i));
                        overlap += luceneTop.get(i).isEmpty() ? 1 : (double) common.size() / luceneTop.get(i).size();
                    }
                    double backendMs = backendMsPerQuery(backend0, ProcessCpu.processNanos(backend), times.size());
                    report("PostgreSQL " + shape, times);
                    System.out.printf(Locale.ROOT, "  backend CPU %.1f ms per query (mean)%n", backendMs);
                    System.out.printf(Locale.ROOT, "  top-20 identical to Lucene's in %d of %d queries, mean overlap %.3f%n",
                            identical, times.size(), overlap / times.size());
                    results.add(String.format(Locale.ROOT, "| PostgreSQL %s | %.1f | %.1f | backend mean %.1f | %.0f× | %.0f× |", shape,
                            pct(times, 50), pct(times, 99), backendMs, pct(times, 50) / pct(lucene, 50), pct(times, 99) / pct(lucene, 99)));
                }
                // the common case: the profile's own region, on both sides
                var cpuClock = java.lang.management.ManagementFactory.getThreadMXBean();
                for (int i = 0; i < 600; i++) {
                    Profile p = profiles.get(i % profiles.size());
                    engine.matchVacancies(p, q.inRegions(java.util.Set.of(p.region())), 20);
                }
                var luceneRegion = new ArrayList<Long>();
                var luceneRegionCpu = new ArrayList<Long>();
                var luceneRegionTop = new ArrayList<List<String>>();
                for (Profile p : profiles) {
                    long cpu0 = cpuClock.getCurrentThreadCpuTime();
                    long s = System.nanoTime();
                    List<VacancyMatch> hits = engine.matchVacancies(p, q.inRegions(java.util.Set.of(p.region())), 20);
                    luceneRegion.add(System.nanoTime() - s);
                    luceneRegionCpu.add(cpuClock.getCurrentThreadCpuTime() - cpu0);
                    luceneRegionTop.add(hits.stream().map(h -> h.vacancy().toString()).toList());
                }
                report("Lucene, own region", luceneRegion);
                report("  thread CPU", luceneRegionCpu);
                var pgRegion = new ArrayList<Long>();
                int identical = 0;
                int regionCandidates = engine.candidateCount(20, true);
                for (int i = 0; i < Math.min(3, pgQueries); i++) {
                    PreparedProfile pp = pg.scorer().prepare(profiles.get(i).skills());
                    pg.match(PostgresBaseline.Shape.POSTINGS, pp, engine.vacancyCandidateTerms(pp), BenchmarkData.TODAY,
                            profiles.get(i).region().value(), regionCandidates, 20);
                }
                long regionBackend0 = ProcessCpu.processNanos(backend);
                for (int i = 0; i < Math.min(pgQueries, profiles.size()); i++) {
                    long s = System.nanoTime();
                    PreparedProfile pp = pg.scorer().prepare(profiles.get(i).skills());
                    var hits = pg.match(PostgresBaseline.Shape.POSTINGS, pp, engine.vacancyCandidateTerms(pp), BenchmarkData.TODAY,
                            profiles.get(i).region().value(), regionCandidates, 20);
                    pgRegion.add(System.nanoTime() - s);
                    if (hits.stream().map(PostgresBaseline.Hit::uuid).toList().equals(luceneRegionTop.get(i))) {
                        identical++;
                    }
                }
                double regionBackendMs = backendMsPerQuery(regionBackend0, ProcessCpu.processNanos(backend), pgRegion.size());
                report("PostgreSQL POSTINGS, own region", pgRegion);
                System.out.printf(Locale.ROOT, "  backend CPU %.1f ms per query (mean)%n", regionBackendMs);
                System.out.printf(Locale.ROOT, "  top-20 identical to Lucene's in %d of %d queries%n", identical, pgRegion.size());

                System.out.printf(Locale.ROOT, "%n| engine (N = %,d) | wall p50 ms | wall p99 ms | CPU ms | p50 ratio (wall) | p99 ratio (wall) |%n"
                        + "|---|---:|---:|---:|---:|---:|%n", n);
                System.out.printf(Locale.ROOT, "| Lucene matcher | %.2f | %.2f | p50 / p99 %.2f / %.2f (all threads), mean %.2f | 1× | 1× |%n",
                        pct(lucene, 50), pct(lucene, 99), pct(luceneAllCpu, 50), pct(luceneAllCpu, 99), mean(luceneAllCpu));
                results.forEach(System.out::println);
                System.out.printf(Locale.ROOT, "| Lucene matcher, own region | %.2f | %.2f | p50 / p99 %.2f / %.2f, mean %.2f | 1× | 1× |%n",
                        pct(luceneRegion, 50), pct(luceneRegion, 99), pct(luceneRegionCpu, 50), pct(luceneRegionCpu, 99),
                        mean(luceneRegionCpu));
                System.out.printf(Locale.ROOT, "| PostgreSQL POSTINGS, own region | %.1f | %.1f | backend mean %.1f | %.0f× | %.0f× |%n",
                        pct(pgRegion, 50), pct(pgRegion, 99), regionBackendMs, pct(pgRegion, 50) / pct(luceneRegion, 50),
                        pct(pgRegion, 99) / pct(luceneRegion, 99));
            }
        } finally {
            try (var paths = Files.walk(work)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static double mean(List<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
    }

    /** Mean backend CPU per query in ms, or NaN when /proc could not be read. */
    static double backendMsPerQuery(long before, long after, int queries) {
        return before < 0 || after < 0 || queries == 0 ? Double.NaN : (after - before) / 1e6 / queries;
    }

    static double pct(List<Long> nanos, double p) {
        var sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        int idx = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, idx))) / 1e6;
    }

    static void report(String what, List<Long> nanos) {
        System.out.printf(Locale.ROOT, "%-22s n=%d  p50 %.2f ms  p95 %.2f  p99 %.2f  max %.2f%n", what, nanos.size(),
                pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), pct(nanos, 100));
    }

    static Iterable<Vacancy> iterable(Iterator<Vacancy> it) {
        return () -> it;
    }
}
