package nl.vaardig.matching.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import nl.vaardig.matching.index.KindCuts;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;

/**
 * A search over the whole index in many small parts of equal numbers of the searched kind's documents, which the
 * calling thread and the search pool's threads take in turn ({@link SharedParts}), instead of one slice per thread.
 * Each thread keeps one collector and, per segment, one bulk scorer across its parts (a part costs no new postings
 * enums); the collectors share the minimum competitive score, as Lucene's slices do, and the reduced top k is the one
 * thread's, ties broken by doc id. What it buys: a helper thread that starts late or loses its core holds the caller
 * up for at most the part it is in, not for half the search.
 */
final class PartedSearch {

    /** Parts per search thread: 16 of ~62,500 vacancies each for two threads at 1M. */
    static final int PARTS_PER_THREAD = 8;
    /** IndexSearcher's hits counted exactly before pruning starts (its {@code search(query, n)}). */
    private static final int TOTAL_HITS_THRESHOLD = 1000;

    private PartedSearch() {
    }

    /** Doc ids {@code [from, to)} of one segment. */
    record Run(LeafReaderContext leaf, int from, int to) {
    }

    /**
     * The segments cut into parts of about equal numbers of {@code kind}'s documents, {@link #PARTS_PER_THREAD} per
     * thread, in doc order; a segment without the kind is one part (it costs nothing to search). Empty — search on
     * one thread — with one thread or below {@code minPerThread} documents of the kind per thread.
     */
    static List<Run> parts(List<LeafReaderContext> leaves, String kind, int threads, int minPerThread) {
        long total = 0;
        int[] counts = new int[leaves.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = KindCuts.count(leaves.get(i).reader(), kind);
            total += counts[i];
        }
        if (threads < 2 || total < (long) threads * minPerThread) {
            return List.of();
        }
        long partCount = (long) threads * PARTS_PER_THREAD;
        long perPart = (total + partCount - 1) / partCount;
        var parts = new ArrayList<Run>();
        for (int i = 0; i < counts.length; i++) {
            LeafReaderContext leaf = leaves.get(i);
            int n = (int) Math.max(1, (counts[i] + perPart - 1) / perPart);
            int from = 0;
            for (int cut : KindCuts.of(leaf.reader(), kind, n)) {
                parts.add(new Run(leaf, from, cut));
                from = cut;
            }
            parts.add(new Run(leaf, from, leaf.reader().maxDoc()));
        }
        return parts;
    }

    /** Top {@code k} of the query over {@code parts}, shared between the calling thread and {@code helpers}. */
    static TopDocs search(IndexSearcher searcher, Query query, int k, List<Run> parts, Executor pool, int helpers)
            throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.TOP_SCORES, 1f);
        // as IndexSearcher.search(query, k), so that pruning starts where it did with slices
        var manager = new TopScoreDocCollectorManager(k, null, TOTAL_HITS_THRESHOLD);
        var collectors = new ArrayList<TopScoreDocCollector>();
        for (Scoring s : SharedParts.run(pool, helpers, parts.size(), new SharedParts.Taker<Scoring>() {
            @Override
            public Scoring start() throws IOException {
                return new Scoring(weight, manager.newCollector());
            }

            @Override
            public void take(Scoring s, int part) throws IOException {
                s.score(parts.get(part));
            }

            @Override
            public void end(Scoring s) throws IOException {
                s.finish();
            }
        })) {
            collectors.add(s.collector);
        }
        return manager.reduce(collectors);
    }

    /** One thread's scoring of runs in doc order: one collector, one bulk scorer and leaf collector per segment. */
    static final class Scoring {
        private final Weight weight;
        private final TopScoreDocCollector collector;
        private LeafReaderContext current;
        private BulkScorer bulk;
        private LeafCollector leafCollector;

        Scoring(Weight weight, TopScoreDocCollector collector) {
            this.weight = weight;
            this.collector = collector;
        }

        void score(Run run) throws IOException {
            if (run.leaf() != current) {
                finish();
                current = run.leaf();
                bulk = weight.bulkScorer(current);
                leafCollector = bulk == null ? null : collector.getLeafCollector(current);
            }
            if (bulk != null) {
                bulk.score(leafCollector, current.reader().getLiveDocs(), run.from(), run.to());
            }
        }

        void finish() throws IOException {
            if (leafCollector != null) {
                leafCollector.finish();
                leafCollector = null;
            }
        }
    }
}
