package nl.vaardig.web.feed;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time of the ingest benchmark's processes: this JVM (application, embedded Kafka broker, test) and the embedded
 * PostgreSQL server (postmaster, its live backends and, through the postmaster's reaped-children times, the ones
 * that exited). CPU seconds per record depend less on what else runs on a shared machine than records per second.
 * Linux only (/proc); elsewhere the PostgreSQL share reads as 0.
 */
record IngestCpu(double jvmSeconds, double postgresSeconds) {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    static IngestCpu now(Path postgresDataDirectory) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new IngestCpu(os.getProcessCpuTime() / 1e9, postgresSeconds(postgresDataDirectory));
    }

    IngestCpu since(IngestCpu start) {
        return new IngestCpu(jvmSeconds - start.jvmSeconds, postgresSeconds - start.postgresSeconds);
    }

    double total() {
        return jvmSeconds + postgresSeconds;
    }

    private static double postgresSeconds(Path dataDirectory) {
        try {
            long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).getFirst().trim());
            long ticks = ticks(postmaster, true);
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                for (Path p : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    String[] stat = stat(p);
                    if (stat != null && Long.parseLong(stat[1]) == postmaster) {
                        ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                    }
                }
            }
            return ticks / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** utime + stime (+ cutime + cstime) of one process, in clock ticks. */
    private static long ticks(long pid, boolean withReapedChildren) {
        String[] stat = stat(Path.of("/proc", Long.toString(pid)));
        if (stat == null) {
            return 0;
        }
        long ticks = Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
        return withReapedChildren ? ticks + Long.parseLong(stat[13]) + Long.parseLong(stat[14]) : ticks;
    }

    /** Fields of /proc/PID/stat after the command name: [0] state, [1] ppid, … [11] utime, [12] stime, [13] cutime, [14] cstime. */
    private static String[] stat(Path process) {
        try {
            String line = Files.readString(process.resolve("stat"));
            return line.substring(line.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
