package nl.vaardig.matching.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Where each arbeidsmarktregio's vacancies sit in a segment. The index is sorted by region first
 * ({@link Fields#REGION_SORT}), so the vacancies of one region are one contiguous run of doc ids and a
 * region-filtered search scores only that run instead of the whole index (the search then costs what a search over
 * the region's share of the index costs). Computed once per segment (one pass over its sort doc values) and kept
 * until the segment is closed; deletions do not move doc ids, so the ranges stay valid for every reader of it.
 */
public final class RegionRanges {

    private static final Map<IndexReader.CacheKey, Map<String, int[]>> CACHE = new ConcurrentHashMap<>();

    private RegionRanges() {
    }

    /**
     * The doc id ranges {@code [from, to)} of the given regions in one segment, ascending and merged, as a flat
     * array {@code from0, to0, from1, to1, …}; empty when none of the regions has vacancies there.
     */
    public static int[] of(LeafReader reader, Collection<String> regions) {
        Map<String, int[]> byRegion = byRegion(reader);
        int[] out = new int[regions.size() * 2];
        int n = 0;
        for (String region : regions) {
            int[] range = byRegion.get(region);
            if (range != null) {
                out[n++] = range[0];
                out[n++] = range[1];
            }
        }
        return merge(out, n);
    }

    private static Map<String, int[]> byRegion(LeafReader reader) {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return scan(reader);
        }
        return CACHE.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(CACHE::remove);
            return scan(reader);
        });
    }

    private static Map<String, int[]> scan(LeafReader reader) {
        try {
            SortedDocValues values = DocValues.getSorted(reader, Fields.REGION_SORT);
            var out = new java.util.HashMap<String, int[]>();
            int currentOrd = -1;
            int start = -1;
            int last = -1;
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                int ord = values.ordValue();
                if (ord != currentOrd) {
                    if (currentOrd >= 0) {
                        put(out, values, currentOrd, start, last + 1);
                    }
                    currentOrd = ord;
                    start = doc;
                }
                last = doc;
            }
            if (currentOrd >= 0) {
                put(out, values, currentOrd, start, last + 1);
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(Map<String, int[]> out, SortedDocValues values, int ord, int from, int to) throws IOException {
        String region = values.lookupOrd(ord).utf8ToString();
        if (out.putIfAbsent(region, new int[] {from, to}) != null) {
            // a segment not sorted by region (written before the region sort): the run is not contiguous
            throw new IllegalStateException("segment is not sorted by region; rebuild the index");
        }
    }

    private static int[] merge(int[] ranges, int n) {
        int pairs = n / 2;
        long[] packed = new long[pairs];
        for (int i = 0; i < pairs; i++) {
            packed[i] = (long) ranges[2 * i] << 32 | ranges[2 * i + 1];
        }
        Arrays.sort(packed);
        int[] out = new int[n];
        int m = 0;
        for (long p : packed) {
            int from = (int) (p >>> 32);
            int to = (int) p;
            if (m > 0 && from <= out[m - 1]) {
                out[m - 1] = Math.max(out[m - 1], to);
            } else {
                out[m++] = from;
                out[m++] = to;
            }
        }
        return Arrays.copyOf(out, m);
    }
}
