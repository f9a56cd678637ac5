package nl.vaardig.matching.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * A view of the index in which only the vacancies open on one day are live. Lucene applies live documents inside
 * the scorer, the cheapest place a filter can be applied: unlike a filter clause, it keeps the fast unfiltered
 * path of block-max (MaxScore) scoring (measured at 1M vacancies: a filter clause doubled the CPU time of a
 * search). Profiles and routes are not live in this view; use it for vacancy searches only. The view does not
 * own the reader: use it only while the underlying searcher is acquired, and build it once per refreshed reader
 * and day (building copies the segment's open set when it has deletions).
 */
public final class OpenVacanciesReader extends FilterDirectoryReader {

    private final long epochDay;

    private OpenVacanciesReader(DirectoryReader in, long epochDay) throws IOException {
        super(in, new SubReaderWrapper() {
            @Override
            public LeafReader wrap(LeafReader reader) {
                return new OpenLeaf(reader, epochDay);
            }
        });
        this.epochDay = epochDay;
    }

    /** The vacancies open on {@code epochDay}. */
    public static DirectoryReader on(DirectoryReader in, long epochDay) {
        try {
            return new OpenVacanciesReader(in, epochDay);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
        return new OpenVacanciesReader(in, epochDay);
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
        return null;
    }

    @Override
    protected void doClose() {
        // the underlying reader belongs to the searcher manager
    }

    private static final class OpenLeaf extends FilterLeafReader {
        private final Bits live;
        private final int numDocs;

        OpenLeaf(LeafReader in, long epochDay) {
            super(in);
            try {
                FixedBitSet open = OpenDocs.of(in, epochDay);
                Bits notDeleted = in.getLiveDocs();
                if (notDeleted == null) {
                    live = open;
                } else {
                    FixedBitSet both = open.clone();
                    if (notDeleted instanceof FixedBitSet fixed) {
                        both.and(fixed);
                    } else {
                        for (int i = 0; i < both.length(); i++) {
                            if (!notDeleted.get(i)) {
                                both.clear(i);
                            }
                        }
                    }
                    live = both;
                }
                numDocs = ((FixedBitSet) live).cardinality();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Bits getLiveDocs() {
            return live;
        }

        @Override
        public int numDocs() {
            return numDocs;
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return in.getCoreCacheHelper();
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return null;
        }
    }
}
