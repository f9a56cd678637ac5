package nl.vaardig.taxonomy.extract.retrieval;

import java.util.Map;

/**
 * A small direct-mapped memory in front of one large term → postings map, for one thread: a text repeats its words,
 * and a look-up in a map of a few hundred thousand terms costs two or three cache misses (its table slot, the entry,
 * the key's characters) where this memory's few kilobytes stay in the cache. The postings are a function of the term,
 * so what comes back is what the map holds (null when it holds nothing).
 */
final class RecentTerms {

    /** Slots per map; a power of two. A document's distinct query terms fit a few times over. */
    static final int SLOTS = 1_024;
    /** What a slot holds for a term the map does not know (null stands for an empty slot). */
    private static final TermImpacts.Postings ABSENT = new TermImpacts.Postings(new int[0], new float[0]);

    private final Map<String, TermImpacts.Postings> map;
    private final String[] terms = new String[SLOTS];
    private final TermImpacts.Postings[] postings = new TermImpacts.Postings[SLOTS];

    RecentTerms(Map<String, TermImpacts.Postings> map) {
        this.map = map;
    }

    /** {@code map.get(term)}. */
    TermImpacts.Postings get(String term) {
        int h = term.hashCode();
        int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
        if (term.equals(terms[slot])) {
            TermImpacts.Postings known = postings[slot];
            return known == ABSENT ? null : known;
        }
        TermImpacts.Postings found = map.get(term);
        terms[slot] = term;
        postings[slot] = found == null ? ABSENT : found;
        return found;
    }
}
