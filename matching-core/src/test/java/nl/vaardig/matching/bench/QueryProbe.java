package nl.vaardig.matching.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import nl.vaardig.matching.demo.BenchmarkData;
import java.util.Locale;
import nl.vaardig.matching.demo.DemoDataGenerator;
import nl.vaardig.matching.demo.RegionGeography;
import nl.vaardig.matching.engine.MatchQuery;
import nl.vaardig.matching.engine.MatchingEngine;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.scoring.MatchWeights;
import nl.vaardig.matching.scoring.PreparedProfile;
import nl.vaardig.matching.scoring.SkillGraph;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * How the candidate settings trade time for recall: builds an index of N vacancies (default 20k; the defaults were
 * chosen at 300k) and compares the top 20 of several settings (clauses, candidates, search threads) with a
 * generous reference (1024 clauses, 400 candidates). {@code run-main.sh -Xmx2g -- nl.vaardig.matching.bench.QueryProbe 300000}
 */
public final class QueryProbe {
    static double cpu(java.lang.management.ThreadMXBean bean, List<Profile> profiles, java.util.function.Consumer<Profile> run) {
        long c = bean.getCurrentThreadCpuTime();
        for (Profile p : profiles) {
            run.accept(p);
        }
        return (bean.getCurrentThreadCpuTime() - c) / 1e6 / profiles.size();
    }

    public static void main(String[] args) throws Exception {
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        SkillGraph graph = SkillGraph.build(taxonomy, MatchWeights.defaults());
        var gen = new DemoDataGenerator(taxonomy, RegionGeography.shipped(), BenchmarkData.SEED);
        List<Profile> profiles = BenchmarkData.queryProfiles(gen, taxonomy, 300);
        long n = args.length > 0 ? Long.parseLong(args[0]) : 20000;
        var bean = ManagementFactory.getThreadMXBean();
        var path = java.nio.file.Files.createTempDirectory("vaardig-probe-");
        var dir = new org.apache.lucene.store.MMapDirectory(path);
        var base = MatchingEngine.Options.defaults().withRefreshEvery(null).withClock(BenchmarkData.clock());
        try (var engine = MatchingEngine.open(dir, graph, base)) {
            engine.addVacancies(BenchmarkData.vacancies(gen, n));
            engine.commit();
            engine.optimize(1);
        }
        long bytes = 0;
        for (String f : dir.listAll()) {
            bytes += dir.fileLength(f);
        }
        System.out.printf(Locale.ROOT, "index of %,d vacancies: %.0f MiB on disk%n", n, bytes / 1048576.0);
        MatchQuery query = args.length > 4 && args[4].equals("all") ? MatchQuery.defaults().includingClosed() : MatchQuery.defaults();
        List<List<String>> reference = new java.util.ArrayList<>();
        try (var engine = MatchingEngine.open(dir, graph, base.withMaxQuerySkills(1024).withCandidates(400, 20))) {
            for (Profile p : profiles) {
                reference.add(engine.matchVacancies(p, query, 20).stream().map(h -> h.vacancy().toString()).toList());
            }
        }
        int[] caps = args.length > 1 ? java.util.Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray() : new int[] {64};
        int[] cands = args.length > 2 ? java.util.Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray() : new int[] {100, 200};
        int[] threadCounts = args.length > 3 ? java.util.Arrays.stream(args[3].split(",")).mapToInt(Integer::parseInt).toArray() : new int[] {1, 2};
        for (int cap : caps) {
            for (int minCand : cands) {
              for (int threads : threadCounts) {
                try (var engine = MatchingEngine.open(dir, graph, base.withMaxQuerySkills(cap).withCandidates(minCand, 5).withSearchThreads(threads))) {
                    cpu(bean, profiles, p -> engine.matchVacancies(p, query, 20));
                    int same = 0;
                    double overlap = 0;
                    long c = bean.getCurrentThreadCpuTime();
                    for (int i = 0; i < profiles.size(); i++) {
                        var ids = engine.matchVacancies(profiles.get(i), query, 20).stream().map(h -> h.vacancy().toString()).toList();
                        same += ids.equals(reference.get(i)) ? 1 : 0;
                        var common = new java.util.HashSet<>(ids);
                        common.retainAll(reference.get(i));
                        overlap += common.size() / 20.0;
                    }
                    double ms = (bean.getCurrentThreadCpuTime() - c) / 1e6 / profiles.size();
                    long w = System.nanoTime();
                    for (Profile p : profiles) {
                        engine.matchVacancies(p, query, 20);
                    }
                    double wall = (System.nanoTime() - w) / 1e6 / profiles.size();
                    System.out.printf(Locale.ROOT, "cap %d minCandidates %d threads %d: %.2f ms cpu (caller), %.2f ms wall, identical top-20 %.3f, overlap %.4f%n",
                            cap, minCand, threads, ms, wall, (double) same / profiles.size(), overlap / profiles.size());
                }
              }
            }
        }
    }
}
