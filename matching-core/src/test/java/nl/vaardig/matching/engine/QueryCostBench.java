package nl.vaardig.matching.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.vaardig.matching.demo.BenchmarkData;
import nl.vaardig.matching.demo.DemoDataGenerator;
import nl.vaardig.matching.demo.RegionGeography;
import nl.vaardig.matching.index.SkillQuery;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.scoring.MatchScorer;
import nl.vaardig.matching.scoring.MatchWeights;
import nl.vaardig.matching.scoring.SkillGraph;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.matching.index.RegionRanges;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.store.MMapDirectory;

/**
 * What a candidate query's Lucene part costs, query by query: the benchmark's 1,000 queries of one kind (people for
 * {@code MatchingBench}'s vacancies, or vacancies for its profiles) on an index kept by {@code MatchingBench --keep},
 * each searched on one thread without the engine's slices (thread CPU, the lower of two passes), beside its clause
 * count and the postings its terms hold (summed document frequency) — which queries make the p99, and why.
 * {@code region}: the vacancy queries restricted to the profile's own region, walked over the region's doc-id runs as
 * the engine does (one thread), beside the postings inside those runs and the region's size.
 * {@code -Dbudget=none|SHARE,LEFT_OUT} sets the postings budget ({@code BudgetProperty}).
 * <pre>matching-core/bin/run-main.sh -Xmx2g -- nl.vaardig.matching.engine.QueryCostBench DIR/n1000000 people|vacancies|region</pre>
 */
public final class QueryCostBench {

    private QueryCostBench() {
    }

    public static void main(String[] args) throws Exception {
        Path index = Path.of(args[0]);
        boolean people = args[1].equals("people");
        boolean region = args[1].equals("region");
        if (!people && !region && !args[1].equals("vacancies")) {
            throw new IllegalArgumentException("kind is people, vacancies or region, not " + args[1]);
        }
        int n = 1000;
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        SkillGraph graph = SkillGraph.build(taxonomy, MatchWeights.defaults());
        var gen = new DemoDataGenerator(taxonomy, RegionGeography.shipped(), BenchmarkData.SEED);
        var scorer = new MatchScorer(graph);
        MatchingEngine.Options options = nl.vaardig.matching.bench.BudgetProperty.apply(MatchingEngine.Options.defaults());
        var queries = new CandidateQueries(graph, scorer, options.maxQuerySkills(), options.postingsBudget());
        var rescorer = new CandidateRescorer(null, options);
        int k = rescorer.candidateCount(people ? 50 : 20, region);
        List<Profile> profiles = people ? List.of() : BenchmarkData.queryProfiles(gen, taxonomy, n);
        // region: the profile's own region, as MatchingBench's "own region" phase
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        try (var dir = new MMapDirectory(index); var reader = DirectoryReader.open(dir)) {
            var searcher = new IndexSearcher(reader);
            searcher.setQueryCache(null);
            var built = new ArrayList<Query>(n);
            int[] clauses = new int[n];
            long[] postings = new long[n];
            long[] largest = new long[n];
            long[] regionDocs = new long[n];
            var runs = new ArrayList<int[]>(n);
            for (int i = 0; i < n; i++) {
                MatchQuery mq = region ? MatchQuery.defaults().inRegions(Set.of(profiles.get(i).region())) : MatchQuery.defaults();
                Query q = people
                        ? queries.profiles(scorer.requirements(BenchmarkData.vacancyAt(gen, 50_000_000L + i).skills()), mq)
                        : queries.vacancies(scorer.prepare(profiles.get(i).skills()), mq);
                built.add(q);
                List<SkillQuery> leaves = skillClauses(searcher.rewrite(q));
                clauses[i] = leaves.size();
                int[] ranges = region ? RegionRanges.of(reader.leaves().getFirst().reader(), List.of(profiles.get(i).region().value()))
                        : null;
                runs.add(ranges);
                for (int r = 0; region && r < ranges.length; r += 2) {
                    regionDocs[i] += ranges[r + 1] - ranges[r];
                }
                for (SkillQuery s : leaves) {
                    long df = region ? postingsIn(reader, s, ranges) : reader.docFreq(s.term());
                    postings[i] += df;
                    largest[i] = Math.max(largest[i], df);
                }
            }
            if (region && reader.leaves().size() != 1) {
                throw new IllegalStateException("the region kind reads a one-segment index (MatchingBench's kept index)");
            }
            for (int i = 0; i < 300; i++) {
                search(searcher, built.get(i), runs.get(i), k);
            }
            // what a search pays before Lucene scores: the profile's expansion (or the requirements), the query and
            // its rewrite (the postings budget's look-ups), warm, the lower of two passes
            long[] prepare = new long[n];
            Arrays.fill(prepare, Long.MAX_VALUE);
            var vacancySkills = new ArrayList<List<nl.vaardig.matching.model.VacancySkill>>();
            for (int i = 0; people && i < n; i++) {
                vacancySkills.add(BenchmarkData.vacancyAt(gen, 50_000_000L + i).skills());
            }
            for (int pass = 0; pass < 3; pass++) {
                for (int i = 0; i < n; i++) {
                    MatchQuery mq = region ? MatchQuery.defaults().inRegions(Set.of(profiles.get(i).region())) : MatchQuery.defaults();
                    long c = bean.getCurrentThreadCpuTime();
                    Query q = people
                            ? queries.profiles(scorer.requirements(vacancySkills.get(i)), mq)
                            : queries.vacancies(scorer.prepare(profiles.get(i).skills()), mq);
                    searcher.rewrite(q);
                    if (pass > 0) {
                        prepare[i] = Math.min(prepare[i], bean.getCurrentThreadCpuTime() - c);
                    }
                }
            }
            long[] preparedSorted = prepare.clone();
            Arrays.sort(preparedSorted);
            System.out.printf(Locale.ROOT, "before scoring (expansion or requirements, query, rewrite): CPU p50 / p90 / p99 %.2f / %.2f / %.2f ms%n",
                    preparedSorted[n / 2 - 1] / 1e6, preparedSorted[n * 9 / 10 - 1] / 1e6, preparedSorted[n * 99 / 100 - 1] / 1e6);
            long[] cpu = new long[n];
            Arrays.fill(cpu, Long.MAX_VALUE);
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < n; i++) {
                    long c = bean.getCurrentThreadCpuTime();
                    search(searcher, built.get(i), runs.get(i), k);
                    cpu[i] = Math.min(cpu[i], bean.getCurrentThreadCpuTime() - c);
                }
            }
            report(people ? "people, top " + k : (region ? "own region, top " : "vacancies, top ") + k, cpu, clauses, postings, largest);
            if (region) {
                System.out.printf(Locale.ROOT, "own region: corr(CPU, region's vacancies) %.3f; region's documents: all %,.0f, slowest 1 %% %,.0f%n",
                        correlation(cpu, regionDocs), Arrays.stream(regionDocs).average().orElse(0), slowest(cpu, regionDocs));
            }
        }
    }

    /** One query's top k: the whole index, or (ranges not null) the doc-id runs of a region as the engine walks them. */
    static void search(IndexSearcher searcher, Query q, int[] ranges, int k) throws java.io.IOException {
        if (ranges == null) {
            searcher.search(q, k);
            return;
        }
        Weight weight = searcher.createWeight(searcher.rewrite(q), ScoreMode.TOP_SCORES, 1f);
        LeafReaderContext leaf = searcher.getIndexReader().leaves().getFirst();
        TopScoreDocCollector collector = new TopScoreDocCollectorManager(k, k).newCollector();
        BulkScorer bulk = weight.bulkScorer(leaf);
        if (bulk == null) {
            return;
        }
        LeafCollector lc = collector.getLeafCollector(leaf);
        for (int r = 0; r < ranges.length; r += 2) {
            bulk.score(lc, leaf.reader().getLiveDocs(), ranges[r], ranges[r + 1]);
        }
        lc.finish();
        collector.topDocs();
    }

    /** Postings of a clause's term inside the doc-id runs (one segment). */
    static long postingsIn(IndexReader reader, SkillQuery s, int[] ranges) throws java.io.IOException {
        Terms terms = reader.leaves().getFirst().reader().terms(s.term().field());
        TermsEnum te = terms == null ? null : terms.iterator();
        if (te == null || !te.seekExact(s.term().bytes())) {
            return 0;
        }
        PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
        long n = 0;
        for (int r = 0; r < ranges.length; r += 2) {
            int doc = pe.docID() >= ranges[r] ? pe.docID() : pe.advance(ranges[r]);
            while (doc < ranges[r + 1]) {
                n++;
                doc = pe.nextDoc();
            }
        }
        return n;
    }

    static double slowest(long[] cpu, long[] values) {
        Integer[] byCost = new Integer[cpu.length];
        for (int i = 0; i < cpu.length; i++) {
            byCost[i] = i;
        }
        Arrays.sort(byCost, (a, b) -> Long.compare(cpu[b], cpu[a]));
        double sum = 0;
        for (int r = 0; r < cpu.length / 100; r++) {
            sum += values[byCost[r]];
        }
        return sum / (cpu.length / 100);
    }

    /** The scoring clauses of a candidate query (not its filters). */
    static List<SkillQuery> skillClauses(Query q) {
        var out = new ArrayList<SkillQuery>();
        q.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.FILTER ? EMPTY_VISITOR : this;
            }

            @Override
            public void visitLeaf(Query leaf) {
                if (leaf instanceof SkillQuery s) {
                    out.add(s);
                }
            }
        });
        return out;
    }

    static void report(String kind, long[] cpu, int[] clauses, long[] postings, long[] largest) {
        int n = cpu.length;
        Integer[] byCost = new Integer[n];
        for (int i = 0; i < n; i++) {
            byCost[i] = i;
        }
        Arrays.sort(byCost, (a, b) -> Long.compare(cpu[b], cpu[a]));
        long[] sorted = cpu.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: one-thread Lucene CPU p50 / p90 / p99 %.2f / %.2f / %.2f ms; corr(CPU, postings) %.3f%n",
                kind, sorted[n / 2 - 1] / 1e6, sorted[n * 9 / 10 - 1] / 1e6, sorted[n * 99 / 100 - 1] / 1e6, correlation(cpu, postings));
        System.out.println("rank | query | CPU ms | clauses | postings of its terms | largest term");
        for (int r : new int[] {0, 1, 2, 5, 10, 50, 100, 250, 500, 750, 900, 990}) {
            int i = byCost[r];
            System.out.printf(Locale.ROOT, "%d | %d | %.2f | %d | %,d | %,d%n", r, i, cpu[i] / 1e6, clauses[i], postings[i], largest[i]);
        }
        Set<Integer> slowest = new HashSet<>(Arrays.asList(byCost).subList(0, n / 100));
        double slowPostings = 0;
        double allPostings = 0;
        for (int i = 0; i < n; i++) {
            allPostings += postings[i];
            if (slowest.contains(i)) {
                slowPostings += postings[i];
            }
        }
        System.out.printf(Locale.ROOT, "postings per query: slowest 1 %% %,.0f, all %,.0f%n", slowPostings / slowest.size(), allPostings / n);
    }

    static double correlation(long[] x, long[] y) {
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
