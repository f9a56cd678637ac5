package nl.vaardig.web.bench.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/** Latencies and errors per journey and per step, from every virtual user at once. */
final class Recorder {

    private static final class Series {
        private long[] micros = new long[1024];
        private int count;
        private int errors;

        synchronized void add(long latencyMicros, boolean error) {
            if (count == micros.length) {
                micros = Arrays.copyOf(micros, count * 2);
            }
            micros[count++] = latencyMicros;
            if (error) {
                errors++;
            }
        }

        synchronized long[] sorted() {
            long[] copy = Arrays.copyOf(micros, count);
            Arrays.sort(copy);
            return copy;
        }

        synchronized int errors() {
            return errors;
        }
    }

    private final Map<String, Series> journeys = new ConcurrentSkipListMap<>();
    private final Map<String, Series> steps = new ConcurrentSkipListMap<>();
    private final Series total = new Series();
    private final Map<String, Integer> errorSamples = new ConcurrentSkipListMap<>();
    private final Recorder alsoInto;

    Recorder() {
        this(null);
    }

    /** A recorder that passes every request on to {@code alsoInto} as well (a soak window and the whole soak). */
    Recorder(Recorder alsoInto) {
        this.alsoInto = alsoInto;
    }

    void record(String journey, String step, long latencyMicros, boolean error, String errorKind) {
        if (alsoInto != null) {
            alsoInto.record(journey, step, latencyMicros, error, errorKind);
        }
        journeys.computeIfAbsent(journey, k -> new Series()).add(latencyMicros, error);
        steps.computeIfAbsent(journey + " · " + step, k -> new Series()).add(latencyMicros, error);
        total.add(latencyMicros, error);
        if (error) {
            errorSamples.merge(journey + " · " + step + " → " + errorKind, 1, Integer::sum);
        }
    }

    /** A markdown report: per journey, per step, total; then the kinds of errors seen. */
    String report(double seconds) {
        StringBuilder out = new StringBuilder();
        out.append("| journey | requests | errors | error rate | p50 ms | p95 ms | p99 ms | req/s |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        journeys.forEach((name, series) -> out.append(row(name, series, seconds)));
        out.append(row("**total**", total, seconds));
        out.append("\n| step | requests | errors | error rate | p50 ms | p95 ms | p99 ms | req/s |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        steps.forEach((name, series) -> out.append(row(name, series, seconds)));
        if (!errorSamples.isEmpty()) {
            out.append("\nErrors by kind:\n");
            List<String> kinds = new ArrayList<>();
            errorSamples.forEach((kind, n) -> kinds.add("- " + kind + ": " + n));
            out.append(String.join("\n", kinds)).append('\n');
        }
        return out.toString();
    }

    /** One line of figures: requests, errors and latency percentiles (ms). */
    record Summary(String name, int requests, int errors, double p50, double p95, double p99) {

        double errorRate() {
            return requests == 0 ? 0 : (double) errors / requests;
        }
    }

    Summary total() {
        return summary("total", total);
    }

    /** Per step of each journey, named "journey · step", in name order. */
    List<Summary> steps() {
        List<Summary> out = new ArrayList<>();
        steps.forEach((name, series) -> out.add(summary(name, series)));
        return out;
    }

    private static Summary summary(String name, Series series) {
        long[] sorted = series.sorted();
        return new Summary(name, sorted.length, series.errors(), percentile(sorted, 0.50), percentile(sorted, 0.95),
                percentile(sorted, 0.99));
    }

    private static String row(String name, Series series, double seconds) {
        long[] sorted = series.sorted();
        int n = sorted.length;
        int errors = series.errors();
        return String.format(Locale.ROOT, "| %s | %d | %d | %.2f%% | %.1f | %.1f | %.1f | %.1f |%n", name, n, errors,
                n == 0 ? 0.0 : 100.0 * errors / n, percentile(sorted, 0.50), percentile(sorted, 0.95),
                percentile(sorted, 0.99), n / seconds);
    }

    private static double percentile(long[] sorted, double p) {
        return nearestRank(sorted, p) / 1000.0;
    }

    /** The nearest-rank {@code p} quantile of sorted values, in their unit (0 when there are none). */
    static long nearestRank(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.clamp(index, 0, sorted.length - 1)];
    }
}
