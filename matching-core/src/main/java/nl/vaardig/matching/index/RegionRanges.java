package nl.vaardig.matching.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Where each arbeidsmarktregio's vacancies sit in a segment: the runs of consecutive doc ids with that region. With
 * the index sorted by region first ({@link IndexLayout#REGION_FIRST}) a region is one run per segment; with another
 * order it is several, and a region search still scores only its own documents. Computed once per segment (one pass
 * over its {@link Fields#REGION_SORT} doc values) and kept until the segment is closed; deletions do not move doc
 * ids, so the runs stay valid for every reader of it.
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
        if (regions.size() == 1) {
            int[] runs = byRegion.get(regions.iterator().next());
            return runs == null ? new int[0] : runs; // one region's runs are ascending and apart already
        }
        int total = 0;
        for (String region : regions) {
            int[] runs = byRegion.get(region);
            total += runs == null ? 0 : runs.length;
        }
        int[] out = new int[total];
        int n = 0;
        for (String region : regions) {
            int[] runs = byRegion.get(region);
            if (runs != null) {
                System.arraycopy(runs, 0, out, n, runs.length);
                n += runs.length;
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
            int[][] runsByOrd = new int[values.getValueCount()][];
            int[] sizeByOrd = new int[values.getValueCount()];
            int currentOrd = -1;
            int start = -1;
            int last = -1;
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                int ord = values.ordValue();
                if (ord != currentOrd || doc != last + 1) {
                    if (currentOrd >= 0) {
                        add(runsByOrd, sizeByOrd, currentOrd, start, last + 1);
                    }
                    currentOrd = ord;
                    start = doc;
                }
                last = doc;
            }
            if (currentOrd >= 0) {
                add(runsByOrd, sizeByOrd, currentOrd, start, last + 1);
            }
            var out = new HashMap<String, int[]>();
            for (int ord = 0; ord < runsByOrd.length; ord++) {
                if (sizeByOrd[ord] > 0) {
                    out.put(values.lookupOrd(ord).utf8ToString(), Arrays.copyOf(runsByOrd[ord], sizeByOrd[ord]));
                }
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(int[][] runsByOrd, int[] sizeByOrd, int ord, int from, int to) {
        int[] runs = runsByOrd[ord];
        int n = sizeByOrd[ord];
        if (runs == null) {
            runs = runsByOrd[ord] = new int[8];
        } else if (n + 2 > runs.length) {
            runs = runsByOrd[ord] = Arrays.copyOf(runs, runs.length * 2);
        }
        runs[n] = from;
        runs[n + 1] = to;
        sizeByOrd[ord] = n + 2;
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
