package nl.vaardig.web.lmi.aggregate;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Changes to aggregate cells, summed per cell before they are written (one upsert per cell per batch). */
public final class Deltas {

    private final int width;
    private final HashMap<CellKey, long[]> cells = new HashMap<>();

    public Deltas(int width) {
        this.width = width;
    }

    public void add(CellKey key, int column, long amount) {
        cells.computeIfAbsent(key, k -> new long[width])[column] += amount;
    }

    public void addAll(Map<CellKey, long[]> contribution, int sign) {
        contribution.forEach((key, values) -> {
            long[] sum = cells.computeIfAbsent(key, k -> new long[width]);
            for (int i = 0; i < width; i++) {
                sum[i] += sign * values[i];
            }
        });
    }

    /** Non-zero changes, in key order (sorted only here: accumulating in a hash map is several times faster). */
    public Map<CellKey, long[]> changes() {
        var out = new TreeMap<CellKey, long[]>();
        cells.forEach((k, v) -> {
            for (long x : v) {
                if (x != 0) {
                    out.put(k, v);
                    return;
                }
            }
        });
        return out;
    }

    /** Every non-zero change, in no particular order (bulk loads need no lock order). */
    public void forEachChange(java.util.function.BiConsumer<CellKey, long[]> action) {
        cells.forEach((k, v) -> {
            for (long x : v) {
                if (x != 0) {
                    action.accept(k, v);
                    return;
                }
            }
        });
    }

    public int size() {
        return cells.size();
    }
}
