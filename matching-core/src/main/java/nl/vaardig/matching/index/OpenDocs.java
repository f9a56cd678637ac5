package nl.vaardig.matching.index;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The vacancies of a segment open on a day (valid from ≤ day ≤ valid until), computed once per segment and day
 * from doc values and kept until the segment is closed: nearly every search asks for today.
 */
final class OpenDocs {

    /** Per segment core: day → open documents. Segments are immutable; deletions are applied separately. */
    private static final Map<IndexReader.CacheKey, Map<Long, FixedBitSet>> CACHE = new ConcurrentHashMap<>();

    private OpenDocs() {
    }

    static FixedBitSet of(LeafReader reader, long day) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return compute(reader, day);
        }
        Map<Long, FixedBitSet> byDay = CACHE.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(CACHE::remove);
            return new ConcurrentHashMap<>();
        });
        FixedBitSet bits = byDay.get(day);
        if (bits == null) {
            bits = compute(reader, day);
            if (byDay.size() >= 3) {
                byDay.clear(); // earlier days are not asked any more
            }
            byDay.put(day, bits);
        }
        return bits;
    }

    private static FixedBitSet compute(LeafReader reader, long day) throws IOException {
        SortedNumericDocValues from = DocValues.getSortedNumeric(reader, Fields.VALID_FROM);
        SortedNumericDocValues until = DocValues.getSortedNumeric(reader, Fields.VALID_UNTIL);
        var bits = new FixedBitSet(Math.max(1, reader.maxDoc()));
        for (int doc = from.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = from.nextDoc()) {
            if (from.nextValue() <= day && until.advanceExact(doc) && until.nextValue() >= day) {
                bits.set(doc);
            }
        }
        return bits;
    }
}
