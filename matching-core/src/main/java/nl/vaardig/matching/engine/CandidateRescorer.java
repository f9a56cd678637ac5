package nl.vaardig.matching.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import nl.vaardig.matching.engine.PartedSearch.Run;
import nl.vaardig.matching.index.Fields;
import nl.vaardig.matching.index.OpenVacanciesReader;
import nl.vaardig.matching.index.RegionRanges;
import nl.vaardig.matching.index.VacancyDocuments;
import nl.vaardig.matching.index.VarInts;
import nl.vaardig.matching.scoring.Requirements;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;

/**
 * Runs a candidate query and rescores the best {@code max(minCandidates, candidateFactor × topN)} candidates
 * ({@code minRegionCandidates} in a region search) exactly, from the requirements or skills kept in doc values.
 * Searches all documents, or with a {@link ViewKey} only the vacancies open on its day; with regions only the runs
 * of doc ids of those regions.
 */
final class CandidateRescorer {

    /** At most this many day views per reader; a new reader starts afresh. */
    private static final int MAX_VIEWS = 64;

    private final MatchingIndex index;
    private final int minCandidates;
    private final int candidateFactor;
    private final int minRegionCandidates;
    private final int minParallelRegionDocs;
    /** Pool threads one search may use besides the calling thread. */
    private final int helpers;
    /**
     * Searchers over the vacancies open on a day, for the current reader; dropped when a refresh brings a new
     * reader.
     */
    private final AtomicReference<OpenViews> openViews = new AtomicReference<>();

    CandidateRescorer(MatchingIndex index, MatchingEngine.Options options) {
        this.index = index;
        this.minCandidates = options.minCandidates();
        this.candidateFactor = options.candidateFactor();
        this.minRegionCandidates = options.minRegionCandidates();
        this.minParallelRegionDocs = options.minParallelRegionDocs();
        this.helpers = options.searchThreads() - 1;
    }

    /** The vacancies open on one day. */
    record ViewKey(long day) {
    }

    /** The searchers of one reader for vacancy searches: all vacancies ({@code all}) and those open on a day. */
    private record OpenViews(IndexReader base, IndexSearcher all, Map<ViewKey, IndexSearcher> byKey) {
    }

    /**
     * Per-candidate data read from doc values, handed to the exact scorer: the packed field, and for vacancies their
     * requirements.
     */
    record CandidateData(int[] packed, Requirements requirements) {
    }

    @FunctionalInterface
    interface ExactScore {
        double score(CandidateData data);
    }

    /** A rescored candidate; {@code requirements} only for vacancies. */
    record Scored(UUID id, double score, int[] packed, Requirements requirements) {
    }

    /** How many candidates a search for {@code topN} hits rescores exactly, in regions or in the whole index. */
    int candidateCount(int topN, boolean inRegions) {
        int min = inRegions ? minRegionCandidates : minCandidates;
        return Math.max(min, candidateFactor * topN);
    }

    /**
     * The best {@code topN} candidates of the query by exact score, best first. A people search rescores its
     * candidates in parts that the calling thread and the search pool take in turn ({@code exact} must then be safe
     * to call from several threads); a vacancy search on the calling thread (its exact score uses the one prepared
     * profile of the request).
     */
    List<Scored> searchAndRescore(Query query, ViewKey view, List<String> regions, int topN, ExactScore exact,
                                  String packedField) {
        int k = candidateCount(topN, !regions.isEmpty());
        boolean vacancies = Fields.VACANCY_REQUIREMENTS.equals(packedField);
        return index.withSearcher(base -> {
            IndexSearcher searcher = vacancies ? vacancySearcher(base, view) : base;
            TopDocs top = regions.isEmpty()
                    ? searchWhole(searcher, query, k, vacancies ? Fields.KIND_VACANCY : Fields.KIND_PROFILE)
                    : searchRanges(searcher, query, regions, k);
            ScoreDoc[] hits = top.scoreDocs.clone();
            Arrays.sort(hits, Comparator.comparingInt(h -> h.doc));
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            Executor pool = index.searchPool();
            var scored = new ArrayList<Scored>(hits.length);
            if (vacancies || pool == null || hits.length < MIN_SPLIT_RESCORING) {
                var one = new Rescoring(leaves, packedField, vacancies);
                one.rescore(hits, 0, hits.length, exact);
                scored.addAll(one.scored());
            } else {
                int parts = Math.min(RESCORING_PARTS, hits.length / MIN_RESCORING_PART);
                for (Rescoring r : SharedParts.run(pool, helpers, parts, new SharedParts.Taker<Rescoring>() {
                    @Override
                    public Rescoring start() {
                        return new Rescoring(leaves, packedField, false);
                    }

                    @Override
                    public void take(Rescoring r, int part) throws IOException {
                        r.rescore(hits, (int) ((long) hits.length * part / parts),
                                (int) ((long) hits.length * (part + 1) / parts), exact);
                    }
                })) {
                    scored.addAll(r.scored());
                }
            }
            // a total order (score, then id): the same list whichever thread scored which candidate
            scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::id));
            return scored.size() > topN ? List.copyOf(scored.subList(0, topN)) : scored;
        });
    }

    /** Rescoring people on more than one thread pays from this many candidates (a people search rescores at least 200). */
    static final int MIN_SPLIT_RESCORING = 64;
    /** A people search's candidates are rescored in at most this many parts, of at least {@link #MIN_RESCORING_PART}. */
    private static final int RESCORING_PARTS = 8;
    private static final int MIN_RESCORING_PART = 16;

    /**
     * One thread's rescoring: exact scores of the hits it is given (ascending doc ids across calls), with doc values of
     * its own, kept from one part to the next.
     */
    static final class Rescoring {
        private final List<LeafReaderContext> leaves;
        private final String packedField;
        private final boolean vacancies;
        private final List<Scored> scored = new ArrayList<>();
        private int leafIndex = -1;
        private BinaryDocValues packedDv;
        private BinaryDocValues idDv;
        private LeafReaderContext leaf;

        Rescoring(List<LeafReaderContext> leaves, String packedField, boolean vacancies) {
            this.leaves = leaves;
            this.packedField = packedField;
            this.vacancies = vacancies;
        }

        /** What this thread has rescored so far. */
        List<Scored> scored() {
            return scored;
        }

        void rescore(ScoreDoc[] hits, int from, int to, ExactScore exact) throws IOException {
            for (int h = from; h < to; h++) {
                ScoreDoc hit = hits[h];
                int li = ReaderUtil.subIndex(hit.doc, leaves);
                if (li != leafIndex) {
                    leafIndex = li;
                    leaf = leaves.get(li);
                    packedDv = leaf.reader().getBinaryDocValues(packedField);
                    idDv = leaf.reader().getBinaryDocValues(Fields.ID_BYTES);
                }
                int local = hit.doc - leaf.docBase;
                if (!packedDv.advanceExact(local) || !idDv.advanceExact(local)) {
                    continue;
                }
                int[] packed = VarInts.decode(packedDv.binaryValue());
                UUID id = VacancyDocuments.uuid(idDv.binaryValue());
                // vacancies: unpacked once, for the exact score and for the explanation of the shown ones
                Requirements req = vacancies ? Requirements.unpack(packed, packed.length) : null;
                double score = exact.score(new CandidateData(packed, req));
                scored.add(new Scored(id, score, packed, req));
            }
        }
    }

    /**
     * Top {@code k} of a query over the whole index: on the calling thread, or in parts shared with the pool (people
     * searches, and vacancy searches when {@code vacancySearchThreads} allows it).
     */
    private TopDocs searchWhole(IndexSearcher searcher, Query query, int k, String kind) throws IOException {
        Executor pool = index.searchPool();
        int threadHelpers = Fields.KIND_VACANCY.equals(kind) ? index.vacancyHelpers() : helpers;
        List<Run> parts = pool == null || threadHelpers == 0 ? List.of()
                : PartedSearch.parts(searcher.getIndexReader().leaves(), kind, threadHelpers + 1,
                        SlicedSearcherFactory.MIN_DOCS_PER_SLICE);
        if (parts.size() < 2) {
            return searcher.search(query, k);
        }
        return PartedSearch.search(searcher, query, k, parts, pool, threadHelpers);
    }

    /**
     * Top {@code k} of a query over the doc-id runs of some regions only (the index is sorted by region): per
     * segment one bulk scorer walks the runs in order, so the cost is that of the region's share of the index, and
     * block-max pruning still applies inside each run. Regions of at least {@code minParallelRegionDocs}
     * documents is cut in two halves of equal doc count, shared between the calling thread and a search thread
     * ({@link SharedParts}: the caller takes the second too when no search thread has started it),
     * with a collector per thread, sharing the minimum competitive score (as the parts of a national search do): the
     * same top k, in about half the time when a core is free.
     */
    private TopDocs searchRanges(IndexSearcher searcher, Query query, List<String> regions, int k) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.TOP_SCORES, 1f);
        var runs = new ArrayList<Run>();
        long docs = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int[] ranges = RegionRanges.of(leaf.reader(), regions);
            for (int i = 0; i < ranges.length; i += 2) {
                runs.add(new Run(leaf, ranges[i], ranges[i + 1]));
                docs += ranges[i + 1] - ranges[i];
            }
        }
        var manager = new TopScoreDocCollectorManager(k, k);
        Executor pool = index.searchPool();
        if (pool == null || docs < minParallelRegionDocs) {
            TopScoreDocCollector collector = manager.newCollector();
            score(weight, collector, runs);
            return collector.topDocs();
        }
        List<List<Run>> halves = halves(runs, docs);
        // the caller takes the first half and the second too when no helper has started it
        return manager.reduce(SharedParts.run(pool, 1, 2, new SharedParts.Taker<TopScoreDocCollector>() {
            @Override
            public TopScoreDocCollector start() throws IOException {
                return manager.newCollector();
            }

            @Override
            public void take(TopScoreDocCollector collector, int half) throws IOException {
                score(weight, collector, halves.get(half));
            }
        }));
    }

    /** Scores the runs in order, one bulk scorer and leaf collector per segment; returns the collector. */
    private static TopScoreDocCollector score(Weight weight, TopScoreDocCollector collector, List<Run> runs) throws IOException {
        var scoring = new PartedSearch.Scoring(weight, collector);
        for (Run run : runs) {
            scoring.score(run);
        }
        scoring.finish();
        return collector;
    }

    /** The runs cut into two lists of about equal doc count, in doc order (a run may be cut in two). */
    private static List<List<Run>> halves(List<Run> runs, long docs) {
        var first = new ArrayList<Run>();
        var second = new ArrayList<Run>();
        long half = docs / 2;
        long seen = 0;
        for (Run run : runs) {
            int size = run.to() - run.from();
            if (seen >= half) {
                second.add(run);
            } else if (seen + size <= half) {
                first.add(run);
            } else {
                int cut = run.from() + (int) (half - seen);
                first.add(new Run(run.leaf(), run.from(), cut));
                second.add(new Run(run.leaf(), cut, run.to()));
            }
            seen += size;
        }
        return List.of(first, second);
    }

    /** A searcher for vacancies: all of them ({@code key} null) or those open on a day; slices share out vacancies. */
    private IndexSearcher vacancySearcher(IndexSearcher base, ViewKey key) {
        OpenViews views = openViews.get();
        if (views == null || views.base() != base.getIndexReader() || views.byKey().size() >= MAX_VIEWS) {
            views = new OpenViews(base.getIndexReader(), index.vacancySearcherFor(base.getIndexReader()), new ConcurrentHashMap<>());
            openViews.set(views);
        }
        if (key == null) {
            return views.all();
        }
        return views.byKey().computeIfAbsent(key, k -> index.vacancySearcherFor(
                OpenVacanciesReader.on((DirectoryReader) base.getIndexReader(), k.day())));
    }
}
