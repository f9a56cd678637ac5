package nl.vaardig.matching.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.vaardig.matching.demo.BenchmarkData;
import nl.vaardig.matching.demo.DemoDataGenerator;
import nl.vaardig.matching.demo.RegionGeography;
import nl.vaardig.matching.engine.CandidateMatch;
import nl.vaardig.matching.engine.MatchQuery;
import nl.vaardig.matching.engine.MatchingEngine;
import nl.vaardig.matching.engine.RegionNeighbours;
import nl.vaardig.matching.engine.VacancyMatch;
import nl.vaardig.matching.explain.Explanation;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.Vacancy;
import nl.vaardig.matching.scoring.MatchWeights;
import nl.vaardig.matching.scoring.SkillGraph;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.Taxonomy;
import org.apache.lucene.store.MMapDirectory;

/**
 * Writes every result of a fixed set of searches (the bench's data, built single-threaded so that two builds are the
 * same index) to a file: per query kind, query and rank the id, the exact score and a hash of the whole explanation.
 * Run it on two commits and {@code diff} the files to show that a speed-up changed no result:
 * <pre>matching-core/bin/run-main.sh -Xmx2g -- nl.vaardig.matching.bench.ResultDump 100000 300 /tmp/results.txt</pre>
 * Options after the file: {@code --threads T} searches with T threads (slices; default one per core), {@code --dir D}
 * builds the index in D and keeps it, or uses the one an earlier run kept there (the same index searched with one
 * thread and with two).
 */
public final class ResultDump {

    private ResultDump() {
    }

    public static void main(String[] args) throws Exception {
        long n = Long.parseLong(args[0]);
        int queries = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        SkillGraph graph = SkillGraph.build(taxonomy, MatchWeights.defaults());
        var gen = new DemoDataGenerator(taxonomy, RegionGeography.shipped(), BenchmarkData.SEED);
        List<Profile> profiles = BenchmarkData.queryProfiles(gen, taxonomy, queries);
        List<Vacancy> vacancies = new ArrayList<>();
        for (int i = 0; i < queries; i++) {
            vacancies.add(BenchmarkData.vacancyAt(gen, 50_000_000L + i));
        }
        var options = BudgetProperty.apply(MatchingEngine.Options.defaults().withRefreshEvery(null).withClock(BenchmarkData.clock()));
        Path kept = null;
        for (int i = 3; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> options = options.withSearchThreads(Integer.parseInt(args[++i]));
                case "--dir" -> kept = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        var neighbours = RegionNeighbours.shipped();
        Path indexDir = kept != null ? kept : Files.createTempDirectory("vaardig-dump-");
        try (var directory = new MMapDirectory(indexDir);
             var engine = MatchingEngine.open(directory, graph, options);
             var w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            if (engine.vacancyCount() != n || engine.profileCount() != n) {
                engine.addVacancies(BenchmarkData.vacancies(gen, n));
                engine.commit();
                engine.optimize(1);
                for (long i = 0; i < n; i++) {
                    engine.indexProfile(gen.profile(i));
                }
                engine.commit();
                engine.optimize(1);
            }
            MatchQuery q = MatchQuery.defaults();
            for (int i = 0; i < profiles.size(); i++) {
                Profile p = profiles.get(i);
                writeVacancies(w, "national", i, engine.matchVacancies(p, q, 20));
                writeVacancies(w, "region", i, engine.matchVacancies(p, q.inRegions(Set.of(p.region())), 20));
                writeVacancies(w, "neighbours", i, engine.matchVacancies(p, q.inRegionAndNeighbours(p.region(), neighbours), 20));
            }
            for (int i = 0; i < vacancies.size(); i++) {
                List<CandidateMatch> hits = engine.matchCandidates(vacancies.get(i), q, 50);
                for (int r = 0; r < hits.size(); r++) {
                    write(w, "candidates", i, r, hits.get(r).profile().toString(), hits.get(r).score(), hits.get(r).explanation());
                }
            }
        } finally {
            if (kept == null) {
                MatchingBench.deleteTree(indexDir);
            }
        }
    }

    private static void writeVacancies(PrintWriter w, String kind, int query, List<VacancyMatch> hits) {
        for (int r = 0; r < hits.size(); r++) {
            write(w, kind, query, r, hits.get(r).vacancy().toString(), hits.get(r).score(), hits.get(r).explanation());
        }
    }

    private static void write(PrintWriter w, String kind, int query, int rank, String id, double score, Explanation e) {
        w.printf(Locale.ROOT, "%s %d %d %s %s %08x%n", kind, query, rank, id, Double.toHexString(score), e.toString().hashCode());
    }
}
