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
 * (kept until the segment is closed, like {@link RegionRanges}). Only segments of at least {@link #MIN_DOCS}
 * documents keep states: the small ones of near-real-time refreshes come and go, and their dictionaries are small.
 */
final class TermStateCache {

    /** Marks a term the segment does not have. */
    private static final TermState ABSENT = new TermState() {
        @Override
        public void copyFrom(TermState other) {
            throw new UnsupportedOperationException();
        }
    };

    static final int MIN_DOCS = 50_000;

    /** Per segment, per field, per term (two map levels: no key string built per look-up). */
    private static final Map<IndexReader.CacheKey, Map<String, Map<String, TermState>>> CACHE = new ConcurrentHashMap<>();

    private TermStateCache() {
    }

    /**
     * A terms enum of {@code field} positioned on {@code term}, or null when the segment does not have it.
     */
    static TermsEnum seek(LeafReader reader, String field, String term) throws IOException {
        Terms terms = reader.terms(field);
        if (terms == null) {
            return null;
        }
        TermsEnum te = terms.iterator();
        BytesRef bytes = new BytesRef(term);
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null || reader.maxDoc() < MIN_DOCS) {
            return te.seekExact(bytes) ? te : null;
        }
        Map<String, Map<String, TermState>> fields = CACHE.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(CACHE::remove);
            return new ConcurrentHashMap<>();
        });
        Map<String, TermState> states = fields.computeIfAbsent(field, f -> new ConcurrentHashMap<>());
        TermState state = states.get(term);
        if (state == null) {
            state = te.seekExact(bytes) ? te.termState() : ABSENT;
            states.put(term, state);
            return state == ABSENT ? null : te;
        }
        if (state == ABSENT) {
            return null;
        }
        te.seekExact(bytes, state);
        return te;
    }
}
