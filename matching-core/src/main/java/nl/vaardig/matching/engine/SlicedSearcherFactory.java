package nl.vaardig.matching.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import nl.vaardig.matching.index.Fields;
import nl.vaardig.matching.index.KindCuts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSearcher.LeafReaderContextPartition;
import org.apache.lucene.search.IndexSearcher.LeafSlice;
import org.apache.lucene.search.SearcherFactory;

/**
 * Searchers that split the index into {@code threads} slices holding about equal numbers of the documents one kind
 * of search reads — vacancies or profiles — and search them concurrently, so one request uses every core. One index
 * holds both kinds and the region-first sort puts every profile before every vacancy, so slices of equal doc counts
 * gave one slice all the work ({@link KindCuts}). The slices share the minimum competitive score, so block-max
 * pruning still works across them, and the top hits are those one thread finds, ties included (Lucene breaks them by
 * doc id; {@code SlicedSearcherFactoryTest}).
 */
final class SlicedSearcherFactory extends SearcherFactory {

    /** Below this many documents of the kind per slice, splitting costs more than it saves. */
    static final int MIN_DOCS_PER_SLICE = 50_000;

    private final Executor executor;
    private final int threads;
    private final int minPerSlice;

    SlicedSearcherFactory(Executor executor, int threads) {
        this(executor, threads, MIN_DOCS_PER_SLICE);
    }

    SlicedSearcherFactory(Executor executor, int threads, int minPerSlice) {
        this.executor = executor;
        this.threads = threads;
        this.minPerSlice = minPerSlice;
    }

    /** The pooled searchers: searching people (candidates) is the search that reads most of the whole index. */
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
        return searcherFor(reader, Fields.KIND_PROFILE);
    }

    /** A searcher whose slices share out the documents of {@code kind} ({@link Fields#KIND_VACANCY} or profiles). */
    IndexSearcher searcherFor(IndexReader reader, String kind) {
        if (executor == null) {
            return new IndexSearcher(reader);
        }
        return new IndexSearcher(reader, executor) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return byKind(leaves, kind, threads, minPerSlice);
            }
        };
    }

    /**
     * A segment with more than a slice's share of the kind is cut into parts of that share, each its own slice; the
     * other segments are grouped, largest first, into slices of at least that share; segments without the kind join
     * the last slice (every document stays searchable).
     */
    static LeafSlice[] byKind(List<LeafReaderContext> leaves, String kind, int threads, int minPerSlice) {
        long total = 0;
        int[] counts = new int[leaves.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = KindCuts.count(leaves.get(i).reader(), kind);
            total += counts[i];
        }
        long perSlice = Math.max(minPerSlice, (total + threads - 1) / threads);
        var slices = new ArrayList<LeafSlice>();
        var group = new ArrayList<LeafReaderContextPartition>();
        long grouped = 0;
        List<LeafReaderContext> order = new ArrayList<>(leaves);
        order.sort(Comparator.comparingInt((LeafReaderContext l) -> counts[l.ord]).reversed());
        for (LeafReaderContext leaf : order) {
            int count = counts[leaf.ord];
            // as many parts as the share allows, none below the minimum
            int parts = (int) Math.min(Math.min(threads, count / minPerSlice), (count + perSlice - 1) / perSlice);
            if (parts >= 2) {
                int from = 0;
                for (int cut : KindCuts.of(leaf.reader(), kind, parts)) {
                    slices.add(new LeafSlice(List.of(LeafReaderContextPartition.createFromAndTo(leaf, from, cut))));
                    from = cut;
                }
                slices.add(new LeafSlice(List.of(LeafReaderContextPartition.createFromAndTo(leaf, from, leaf.reader().maxDoc()))));
                continue;
            }
            group.add(LeafReaderContextPartition.createForEntireSegment(leaf));
            grouped += count;
            if (grouped >= perSlice) {
                slices.add(new LeafSlice(group));
                group = new ArrayList<>();
                grouped = 0;
            }
        }
        if (grouped == 0 && !slices.isEmpty()) {
            // only segments without the kind are left: they cost nothing to search, any slice takes them
            var last = new ArrayList<>(List.of(slices.getLast().partitions));
            last.addAll(group);
            slices.set(slices.size() - 1, new LeafSlice(last));
        } else if (!group.isEmpty()) {
            slices.add(new LeafSlice(group));
        }
        return slices.toArray(new LeafSlice[0]);
    }
}
