package nl.vaardig.matching.engine;

import java.util.List;
import java.util.concurrent.Executor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * Searchers that split the index into {@code threads} slices of about equal size — partitions of a segment when
 * the index is merged to one — and search them concurrently, so one request uses every core. The slices share
 * the minimum competitive score, so block-max pruning still works across them.
 */
final class SlicedSearcherFactory extends SearcherFactory {

    /** Below this many documents per slice, splitting costs more than it saves. */
    static final int MIN_DOCS_PER_SLICE = 50_000;

    private final Executor executor;
    private final int threads;

    SlicedSearcherFactory(Executor executor, int threads) {
        this.executor = executor;
        this.threads = threads;
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
        return searcherFor(reader);
    }

    IndexSearcher searcherFor(IndexReader reader) {
        if (executor == null) {
            return new IndexSearcher(reader);
        }
        int maxDocsPerSlice = Math.max(MIN_DOCS_PER_SLICE, (reader.maxDoc() + threads - 1) / threads);
        return new IndexSearcher(reader, executor) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return slices(leaves, maxDocsPerSlice, Integer.MAX_VALUE, true);
            }
        };
    }
}
