package nl.vaardig.taxonomy.extract.retrieval;

import java.util.Map;

/**
 * A small direct-mapped memory in front of one large term → postings map, shared by the threads that search it: a text
 * repeats its words, and a look-up in a map of a few hundred thousand terms costs two or three cache misses (its table
 * slot, the entry, the key's characters) where this memory's slots stay in the cache. The postings are a function of
 * the term, so what comes back is what the map holds (null when it holds nothing). A slot holds one immutable entry:
 * threads that write it at once leave one of their entries, each right for its term, and a reader checks the term.
 * Shared, not per thread, as a request's virtual thread would start with an empty one.
 */
final class RecentTerms {

    /** Slots per map; a power of two. The bench corpus's 75 documents ask for ~5,000 distinct terms per language. */
    static final int SLOTS = 8_192;

    private record Entry(String term, TermImpacts.Postings postings) {
    }

    private final Map<String, TermImpacts.Postings> map;
    private final Entry[] slots = new Entry[SLOTS];

    RecentTerms(Map<String, TermImpacts.Postings> map) {
        this.map = map;
    }

    /** {@code map.get(term)}. */
    TermImpacts.Postings get(String term) {
        int h = term.hashCode();
        int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
        Entry known = slots[slot];
        if (known != null && known.term().equals(term)) {
            return known.postings();
        }
        TermImpacts.Postings found = map.get(term);
        slots[slot] = new Entry(term, found);
        return found;
    }
}
