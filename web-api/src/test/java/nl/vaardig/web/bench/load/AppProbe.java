package nl.vaardig.web.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the app under load looks like right now: heap, live threads and Hikari connections from its own
 * {@code /actuator/prometheus} (admin token); from {@code /proc}, when the PIDs are known, the CPU seconds of the JVM's
 * process tree (with the in-process Kafka broker) and of PostgreSQL's (the embedded server runs detached from the JVM,
 * so it is found by its port), and the JVM's resident memory.
 */
final class AppProbe {

    /** One sample; NaN where a figure is not available (no PID, metric missing). */
    record Sample(Instant at, double heapUsedMb, double heapAfterGcMb, double threads, double connectionsActive,
                  double connectionsIdle, double connectionsPending, double rssMb, double cpuSeconds, double dbCpuSeconds,
                  double loadAverage) {
    }

    private static final Pattern LINE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})?\\s+(\\S+)");
    private static final double MB = 1024 * 1024;
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private final JourneyDriver driver;
    private final OptionalLong appPid;
    private final OptionalLong dbPid;

    AppProbe(JourneyDriver driver, OptionalLong appPid, OptionalLong dbPid) {
        this.driver = driver;
        this.appPid = appPid;
        this.dbPid = dbPid;
    }

    /** A sample; when the app does not answer the scrape in time (overload), its metrics are NaN and the run goes on. */
    Sample sample() throws IOException, InterruptedException {
        Metrics m;
        try {
            m = Metrics.parse(driver.text("/actuator/prometheus", driver.adminToken()));
        } catch (IOException | IllegalStateException e) {
            System.out.println("metrics scrape failed (" + e + "): this sample has no heap, threads or connections");
            m = Metrics.parse("");
        }
        double heapUsed = m.sum("jvm_memory_used_bytes", labels -> labels.contains("area=\"heap\""));
        // G1's old generation after the last collection: what stays when the garbage is gone
        double liveData = m.sum("jvm_gc_live_data_size_bytes", labels -> true);
        double heapAfterGc = Double.isNaN(liveData) || liveData == 0
                ? m.sum("jvm_memory_usage_after_gc", labels -> true)
                  * m.sum("jvm_memory_max_bytes", labels -> labels.contains("Old Gen"))
                : liveData;
        double cpu = appPid.isPresent() ? processTreeCpuSeconds(appPid.getAsLong())
                : m.sum("process_cpu_time_ns_total", labels -> true) / 1e9;
        return new Sample(Instant.now(), heapUsed / MB, heapAfterGc / MB,
                m.sum("jvm_threads_live_threads", labels -> true),
                m.sum("hikaricp_connections_active", labels -> true),
                m.sum("hikaricp_connections_idle", labels -> true),
                m.sum("hikaricp_connections_pending", labels -> true),
                appPid.isPresent() ? residentMb(appPid.getAsLong()) : Double.NaN, cpu,
                dbPid.isPresent() ? processTreeCpuSeconds(dbPid.getAsLong()) : Double.NaN, loadAverage());
    }

    /** The parsed Prometheus text: every sample line, by metric name. */
    record Metrics(Map<String, List<Map.Entry<String, Double>>> byName) {

        static Metrics parse(String text) {
            Map<String, List<Map.Entry<String, Double>>> byName = new HashMap<>();
            for (String line : text.split("\n")) {
                Matcher matcher = LINE.matcher(line);
                if (line.startsWith("#") || !matcher.find()) {
                    continue;
                }
                double value;
                try {
                    value = Double.parseDouble(matcher.group(3));
                } catch (NumberFormatException e) {
                    continue;
                }
                String labels = matcher.group(2) == null ? "" : matcher.group(2);
                byName.computeIfAbsent(matcher.group(1), k -> new ArrayList<>()).add(Map.entry(labels, value));
            }
            return new Metrics(byName);
        }

        /** The sum over the lines of a metric whose labels pass; NaN when the metric is absent. */
        double sum(String name, Predicate<String> labels) {
            List<Map.Entry<String, Double>> lines = byName.get(name);
            if (lines == null) {
                return Double.NaN;
            }
            return lines.stream().filter(e -> labels.test(e.getKey())).mapToDouble(Map.Entry::getValue).sum();
        }
    }

    /** User + system CPU of a process and all its descendants, in seconds. */
    static double processTreeCpuSeconds(long root) throws IOException {
        Map<Long, Long> parents = new HashMap<>();
        Map<Long, Long> ticks = new HashMap<>();
        try (var dirs = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path dir : dirs) {
                String stat;
                try {
                    stat = Files.readString(dir.resolve("stat"), StandardCharsets.UTF_8);
                } catch (IOException gone) {
                    continue;
                }
                // fields after the command name (which may hold spaces) in parentheses: state ppid ... utime(14) stime(15)
                // cutime(16) cstime(17); the last two hold the CPU of children that ended (PostgreSQL backends whose
                // pooled connection was retired), so the sum never drops when one goes
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long pid = Long.parseLong(dir.getFileName().toString());
                parents.put(pid, Long.parseLong(f[1]));
                ticks.put(pid, Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]));
            }
        }
        long total = 0;
        for (Map.Entry<Long, Long> e : ticks.entrySet()) {
            if (descends(e.getKey(), root, parents)) {
                total += e.getValue();
            }
        }
        return (double) total / CLOCK_TICKS_PER_SECOND;
    }

    /**
     * CPU seconds, to the nanosecond ({@code /proc/PID/task/TID/schedstat}: time on a core), of the threads of one
     * process whose name starts with one of the prefixes. A thread that ended since an earlier reading drops out, so
     * read prefixes of long-lived pools (the virtual threads' carriers, the GC workers).
     */
    static double threadCpuSeconds(long pid, List<String> namePrefixes) throws IOException {
        long nanos = 0;
        try (var tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                try {
                    String name = Files.readString(task.resolve("comm"), StandardCharsets.UTF_8).strip();
                    if (namePrefixes.stream().anyMatch(name::startsWith)) {
                        nanos += Long.parseLong(Files.readString(task.resolve("schedstat"), StandardCharsets.UTF_8)
                                .split(" ")[0]);
                    }
                } catch (IOException gone) {
                    // the thread ended between the listing and the read
                }
            }
        }
        return nanos / 1e9;
    }

    private static boolean descends(long pid, long root, Map<Long, Long> parents) {
        for (long p = pid; p > 1; p = parents.getOrDefault(p, 0L)) {
            if (p == root) {
                return true;
            }
        }
        return false;
    }

    private static double residentMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"), StandardCharsets.UTF_8)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).split(" ")[0]);
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The PID listening on a local TCP port (from {@code ss -ltnp}), if any. */
    static OptionalLong pidListeningOn(int port) {
        try {
            Process ss = new ProcessBuilder("ss", "-Hltnp", "sport = :" + port).redirectErrorStream(true).start();
            String out = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Matcher pid = Pattern.compile("pid=(\\d+)").matcher(out);
            return pid.find() ? OptionalLong.of(Long.parseLong(pid.group(1))) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }
}
