package nl.vaardig.taxonomy.model;

import java.util.Arrays;

/** Growable int adjacency lists, frozen to {@code int[][]}: the relations of the taxonomy by dense ordinal. */
final class IntLists {
    private final Growable[] rows;

    IntLists(int size) {
        rows = new Growable[size];
    }

    void add(int row, int value) {
        Growable g = rows[row];
        if (g == null) {
            g = rows[row] = new Growable();
        }
        g.add(value);
    }

    int[][] toArrays() {
        int[][] out = new int[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i] == null ? EMPTY : rows[i].toArray();
        }
        return out;
    }

    private static final int[] EMPTY = new int[0];

    static final class Growable {
        private int[] values = new int[4];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        /** Sorted and without duplicates (ESCO has a few duplicate relation rows). */
        int[] toArray() {
            int[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            int unique = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    sorted[unique++] = sorted[i];
                }
            }
            return unique == sorted.length ? sorted : Arrays.copyOf(sorted, unique);
        }
    }
}
