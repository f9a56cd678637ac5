package nl.vaardig.matching.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
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
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

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
    }

    /** The vacancies open on one day. */
    record ViewKey(long day) {
    }

    private record OpenViews(IndexReader base, Map<ViewKey, IndexSearcher> byKey) {
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

    /** The best {@code topN} candidates of the query by exact score, best first. */
    List<Scored> searchAndRescore(Query query, ViewKey view, List<String> regions, int topN, ExactScore exact,
                                  String packedField) {
        int k = candidateCount(topN, !regions.isEmpty());
        boolean vacancies = Fields.VACANCY_REQUIREMENTS.equals(packedField);
        return index.withSearcher(base -> {
            IndexSearcher searcher = view == null ? base : openVacancies(base, view);
            TopDocs top = regions.isEmpty() ? searcher.search(query, k) : searchRanges(searcher, query, regions, k);
            ScoreDoc[] hits = top.scoreDocs.clone();
            Arrays.sort(hits, Comparator.comparingInt(h -> h.doc));
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            var scored = new ArrayList<Scored>(hits.length);
            int leafIndex = -1;
            BinaryDocValues packedDv = null;
            BinaryDocValues idDv = null;
            LeafReaderContext leaf = null;
            for (ScoreDoc hit : hits) {
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
                CandidateData data = new CandidateData(packed, req);
                double score = exact.score(data);
                scored.add(new Scored(id, score, packed, req));
            }
            scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::id));
            return scored.size() > topN ? List.copyOf(scored.subList(0, topN)) : scored;
        });
    }

    /**
     * Top {@code k} of a query over the doc-id runs of some regions only (the index is sorted by region): per
     * segment one bulk scorer walks the runs in order, so the cost is that of the region's share of the index, and
     * block-max pruning still applies inside each run. One thread: a region is small enough that slicing costs more
     * than it saves.
     */
    private static TopDocs searchRanges(IndexSearcher searcher, Query query, List<String> regions, int k) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.TOP_SCORES, 1f);
        TopScoreDocCollector collector = new TopScoreDocCollectorManager(k, k).newCollector();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int[] ranges = RegionRanges.of(leaf.reader(), regions);
            if (ranges.length == 0) {
                continue;
            }
            BulkScorer bulk = weight.bulkScorer(leaf);
            if (bulk == null) {
                continue;
            }
            LeafCollector leafCollector = collector.getLeafCollector(leaf);
            Bits live = leaf.reader().getLiveDocs();
            for (int i = 0; i < ranges.length; i += 2) {
                bulk.score(leafCollector, live, ranges[i], ranges[i + 1]);
            }
            leafCollector.finish();
        }
        return collector.topDocs();
    }

    private IndexSearcher openVacancies(IndexSearcher base, ViewKey key) {
        OpenViews views = openViews.get();
        if (views == null || views.base() != base.getIndexReader() || views.byKey().size() >= MAX_VIEWS) {
            views = new OpenViews(base.getIndexReader(), new ConcurrentHashMap<>());
            openViews.set(views);
        }
        return views.byKey().computeIfAbsent(key, k -> index.searcherFor(
                OpenVacanciesReader.on((DirectoryReader) base.getIndexReader(), k.day())));
    }
}
