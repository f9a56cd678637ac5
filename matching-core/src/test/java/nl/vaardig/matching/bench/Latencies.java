package nl.vaardig.matching.bench;

import java.util.Arrays;
import java.util.Locale;

/** Latency samples in nanoseconds, summarised as the percentiles the report uses. */
public final class Latencies {

    private final long[] samples;
    private int n;

    public Latencies(int capacity) {
        samples = new long[capacity];
    }

    public void add(long nanos) {
        samples[n++] = nanos;
    }

    public double percentileMs(double p) {
        long[] sorted = Arrays.copyOf(samples, n);
        Arrays.sort(sorted);
        int idx = (int) Math.ceil(p / 100.0 * n) - 1;
        return sorted[Math.max(0, Math.min(n - 1, idx))] / 1e6;
    }

    public double meanMs() {
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += samples[i];
        }
        return sum / 1e6 / n;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "n=%d mean %.2f ms  p50 %.2f  p95 %.2f  p99 %.2f  max %.2f", n, meanMs(),
                percentileMs(50), percentileMs(95), percentileMs(99), percentileMs(100));
    }
}
