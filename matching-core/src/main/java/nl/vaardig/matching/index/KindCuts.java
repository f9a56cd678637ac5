package nl.vaardig.matching.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Where to cut a segment so that each part holds an equal share of one kind of document. One index holds vacancies
 * and profiles, and the region-first sort puts all profiles (no region) before all vacancies: halves by doc count
 * give one slice every vacancy and the other none, so a "parallel" search runs on one core. Cuts by the kind's own
 * documents give each slice its share of the work. Computed once per segment, kind and part count (one pass over
 * the kind's postings) and kept until the segment is closed; deletions do not move doc ids.
 */
public final class KindCuts {

    private record Key(IndexReader.CacheKey core, String kind, int parts) {
    }

    private static final Map<Key, int[]> CACHE = new ConcurrentHashMap<>();

    private KindCuts() {
    }

    /** Documents of {@code kind} in the segment (deleted ones included: doc ids, not live counts, are cut). */
    public static int count(LeafReader reader, String kind) {
        try {
            return reader.docFreq(new Term(Fields.KIND, kind));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The {@code parts - 1} ascending doc ids at which to cut the segment so that each of the {@code parts} ranges
     * {@code [0, cut0), [cut0, cut1) … [cutLast, maxDoc)} holds about {@code count / parts} documents of the kind.
     */
    public static int[] of(LeafReader reader, String kind, int parts) {
        if (parts < 2) {
            return new int[0];
        }
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return scan(reader, kind, parts);
        }
        return CACHE.computeIfAbsent(new Key(helper.getKey(), kind, parts), key -> {
            helper.addClosedListener(closed -> CACHE.keySet().removeIf(k -> k.core() == closed));
            return scan(reader, kind, parts);
        });
    }

    private static int[] scan(LeafReader reader, String kind, int parts) {
        try {
            int count = count(reader, kind);
            int[] cuts = new int[parts - 1];
            PostingsEnum postings = reader.postings(new Term(Fields.KIND, kind), PostingsEnum.NONE);
            int seen = 0;
            int next = 0;
            int doc = postings == null ? DocIdSetIterator.NO_MORE_DOCS : postings.nextDoc();
            while (next < cuts.length) {
                long target = (long) count * (next + 1) / parts; // the first document of part next + 1
                while (doc != DocIdSetIterator.NO_MORE_DOCS && seen < target) {
                    doc = postings.nextDoc();
                    seen++;
                }
                cuts[next++] = doc == DocIdSetIterator.NO_MORE_DOCS ? reader.maxDoc() : doc;
            }
            return cuts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
