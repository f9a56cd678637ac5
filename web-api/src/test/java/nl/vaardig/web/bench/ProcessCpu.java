package nl.vaardig.web.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * CPU time of the two sides of the benchmark. Lucene: the calling thread plus the matcher's slice threads
 * ("matching-search"), in nanoseconds. PostgreSQL: the backend process serving the connection, from
 * {@code /proc/PID/stat} (user + system time in clock ticks of 10 ms: good for a mean over many queries, not for
 * per-query percentiles).
 */
final class ProcessCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long NANOS_PER_TICK = 10_000_000L; // USER_HZ = 100 on Linux

    private ProcessCpu() {
    }

    /** Ids of the matcher's slice threads (they exist once a sliced search ran). */
    static long[] searchThreads() {
        return Stream.of(THREADS.getThreadInfo(THREADS.getAllThreadIds())).filter(Objects::nonNull)
                .filter(t -> t.getThreadName().startsWith("matching-search")).mapToLong(ThreadInfo::getThreadId).toArray();
    }

    /** CPU so far of the calling thread and the given threads. */
    static long luceneNanos(long[] threads) {
        long sum = THREADS.getCurrentThreadCpuTime();
        for (long id : threads) {
            sum += Math.max(0, THREADS.getThreadCpuTime(id));
        }
        return sum;
    }

    static long backendPid(Connection c) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("select pg_backend_pid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** User + system CPU so far of a local process, or -1 when /proc is not readable. */
    static long processNanos(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" "); // fields from 3 on; the name may hold spaces
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * NANOS_PER_TICK; // utime (14), stime (15)
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
