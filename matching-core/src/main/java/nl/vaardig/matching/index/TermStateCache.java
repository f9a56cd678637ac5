package nl.vaardig.matching.index;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Where each skill term's postings start, per segment. A candidate query has up to 64 skill clauses, and looking
 * each up in the terms dictionary again on every search is a fixed cost that a region search (a small run of doc
 * ids) notices; a segment's terms never change, so the state found once serves every later search of that segment
 * (kept until the segment is closed, like {@link RegionRanges}). Every segment keeps its states, the small ones of
 * near-real-time refreshes too: a look-up that misses the cache loads a terms-dictionary block whatever the segment's
 * size (the app's matching index is all segments under {@link #MIN_DOCS} documents, and those look-ups were 6.6–8.5 %
 * of its CPU under load, docs/benchmarks.md issue 16 round 13), and a segment's states go when it is closed (merged
 * away). At most one state per distinct skill term asked of a segment, so the states are bounded by the skill list.
 */
final class TermStateCache {

    /** Marks a term the segment does not have (or a field it does not have). */
    private static final Known ABSENT = new Known(new BytesRef(), null);

    /** A large segment (used by {@link PostingsBudget}'s limits; term states are kept in segments of any size). */
    static final int MIN_DOCS = 50_000;

    /** Per segment, per field, per term (two map levels: no key string built per look-up). */
    private static final Map<IndexReader.CacheKey, Map<String, Map<String, Known>>> CACHE = new ConcurrentHashMap<>();

    private TermStateCache() {
    }

    /** Whether the segment keeps term states now (for tests: a closed segment's are dropped). */
    static boolean keeps(LeafReader reader) {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        return helper != null && CACHE.containsKey(helper.getKey());
    }

    /**
     * A terms enum of {@code field} positioned on {@code term}, or null when the segment does not have it. A term the
     * segment is known not to have costs two map look-ups (no terms enum is made: making one copies the field's
     * index reader, most of a cached look-up's cost); a known term reuses its UTF-8 bytes and state.
     */
    static TermsEnum seek(LeafReader reader, String field, String term) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            Terms terms = reader.terms(field);
            if (terms == null) {
                return null;
            }
            TermsEnum te = terms.iterator();
            return te.seekExact(new BytesRef(term)) ? te : null;
        }
        Map<String, Map<String, Known>> fields = CACHE.get(helper.getKey());
        if (fields == null) {
            fields = CACHE.computeIfAbsent(helper.getKey(), key -> {
                helper.addClosedListener(CACHE::remove);
                return new ConcurrentHashMap<>();
            });
        }
        Map<String, Known> states = fields.get(field);
        if (states == null) {
            states = fields.computeIfAbsent(field, f -> new ConcurrentHashMap<>());
        }
        Known known = states.get(term);
        if (known == ABSENT) {
            return null;
        }
        Terms terms = reader.terms(field);
        if (terms == null) {
            states.put(term, ABSENT);
            return null;
        }
        TermsEnum te = terms.iterator();
        if (known == null) {
            BytesRef bytes = new BytesRef(term);
            if (te.seekExact(bytes)) {
                states.put(term, new Known(bytes, te.termState()));
                return te;
            }
            states.put(term, ABSENT);
            return null;
        }
        te.seekExact(known.bytes(), known.state());
        return te;
    }

    /** A term's UTF-8 bytes (never changed after they are kept) and where its postings start in one segment. */
    private record Known(BytesRef bytes, TermState state) {
    }
}
