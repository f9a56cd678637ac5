package nl.vaardig.taxonomy.dutch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Raw translation score → expected token F1, fitted on held-out translations: scores are cut into equal-sized
 * buckets, each bucket's mean F1 is its value, and values are made non-decreasing in the score (pool adjacent
 * violators), so a higher score never means a lower confidence.
 */
final class Calibration {

    record Point(double score, double f1) {
    }

    private final double[] upperBounds;
    private final double[] values;

    private Calibration(double[] upperBounds, double[] values) {
        this.upperBounds = upperBounds;
        this.values = values;
    }

    static Calibration fit(List<Point> points, int buckets) {
        var sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble(Point::score));
        // bucket edges at score changes only, so equal scores share a bucket
        var bounds = new ArrayList<Double>();
        var sums = new ArrayList<double[]>();
        int size = Math.max(1, sorted.size() / buckets);
        double[] current = {0, 0};
        for (int i = 0; i < sorted.size(); i++) {
            current[0] += sorted.get(i).f1();
            current[1]++;
            boolean last = i == sorted.size() - 1;
            if (last || current[1] >= size && sorted.get(i + 1).score() > sorted.get(i).score()) {
                bounds.add(last ? Double.POSITIVE_INFINITY : sorted.get(i).score());
                sums.add(current);
                current = new double[]{0, 0};
            }
        }
        // pool adjacent violators over bucket means
        var pooledSum = new ArrayList<double[]>();
        var pooledEnd = new ArrayList<Integer>();
        for (int b = 0; b < sums.size(); b++) {
            double[] s = sums.get(b).clone();
            pooledSum.add(s);
            pooledEnd.add(b);
            while (pooledSum.size() > 1) {
                double[] top = pooledSum.get(pooledSum.size() - 1);
                double[] below = pooledSum.get(pooledSum.size() - 2);
                if (below[0] / below[1] <= top[0] / top[1]) {
                    break;
                }
                below[0] += top[0];
                below[1] += top[1];
                pooledSum.remove(pooledSum.size() - 1);
                pooledEnd.remove(pooledEnd.size() - 2);
            }
        }
        double[] values = new double[sums.size()];
        int start = 0;
        for (int p = 0; p < pooledSum.size(); p++) {
            double mean = pooledSum.get(p)[0] / pooledSum.get(p)[1];
            for (int b = start; b <= pooledEnd.get(p); b++) {
                values[b] = mean;
            }
            start = pooledEnd.get(p) + 1;
        }
        return new Calibration(bounds.stream().mapToDouble(Double::doubleValue).toArray(), values);
    }

    double confidence(double score) {
        int i = Arrays.binarySearch(upperBounds, score);
        int bucket = i >= 0 ? i : Math.min(-i - 1, values.length - 1);
        return values[bucket];
    }

    @Override
    public String toString() {
        var sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            sb.append(String.format(java.util.Locale.ROOT, "score ≤ %.4f → %.3f%n", upperBounds[i], values[i]));
        }
        return sb.toString();
    }
}
