package nl.vaardig.web.bench.load;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AppProbeTest {

    private static final String PROMETHEUS = """
            # HELP jvm_memory_used_bytes The amount of used memory
            # TYPE jvm_memory_used_bytes gauge
            jvm_memory_used_bytes{application="vaardig",area="heap",id="G1 Eden Space"} 1.048576E8
            jvm_memory_used_bytes{application="vaardig",area="heap",id="G1 Old Gen"} 2.097152E8
            jvm_memory_used_bytes{application="vaardig",area="nonheap",id="Metaspace"} 9.9E7
            hikaricp_connections_active{application="vaardig",pool="HikariPool-1"} 3.0
            jvm_threads_live_threads{application="vaardig"} 57.0
            process_uptime_seconds 12.5
            """;

    @Test
    void sumsTheLinesOfAMetricWhoseLabelsPass() {
        AppProbe.Metrics metrics = AppProbe.Metrics.parse(PROMETHEUS);

        assertThat(metrics.sum("jvm_memory_used_bytes", labels -> labels.contains("area=\"heap\""))).isEqualTo(3.145728E8);
        assertThat(metrics.sum("jvm_memory_used_bytes", labels -> true)).isEqualTo(4.135728E8);
        assertThat(metrics.sum("hikaricp_connections_active", labels -> true)).isEqualTo(3.0);
        assertThat(metrics.sum("process_uptime_seconds", labels -> true)).isEqualTo(12.5);
    }

    @Test
    void anAbsentMetricIsNotANumberNotZero() {
        assertThat(AppProbe.Metrics.parse(PROMETHEUS).sum("hikaricp_connections_pending", labels -> true)).isNaN();
    }

    @Test
    void theCpuOfThisProcessTreeIsReadFromProc() throws Exception {
        long self = ProcessHandle.current().pid();
        double before = AppProbe.processTreeCpuSeconds(self);
        long until = System.nanoTime() + 300_000_000L;
        double spin = 0;
        while (System.nanoTime() < until) {
            spin += Math.sqrt(spin + 1);
        }
        assertThat(spin).isPositive();
        assertThat(AppProbe.processTreeCpuSeconds(self)).isGreaterThan(before);
    }

    @Test
    void theCpuOfNamedThreadsIsReadFromProcAndOthersAreLeftOut() throws Exception {
        long self = ProcessHandle.current().pid();
        double[] spun = new double[1];
        Thread spinner = new Thread(() -> {
            long until = System.nanoTime() + 300_000_000L;
            double spin = 0;
            while (System.nanoTime() < until) {
                spin += Math.sqrt(spin + 1);
            }
            spun[0] = spin;
        }, "probe-spinner");
        double before = AppProbe.threadCpuSeconds(self, List.of("probe-spin"));
        double othersBefore = AppProbe.threadCpuSeconds(self, List.of("no-such-thread"));
        spinner.start();
        Thread.sleep(200);
        double during = AppProbe.threadCpuSeconds(self, List.of("probe-spin"));
        spinner.join();
        assertThat(spun[0]).isPositive();
        assertThat(during - before).isGreaterThan(0.05);
        assertThat(othersBefore).isZero();
    }

    @Test
    void theCpuOfAChildThatEndedStaysInTheSum() throws Exception {
        long self = ProcessHandle.current().pid();
        double before = AppProbe.processTreeCpuSeconds(self);
        // a child that burns CPU, reports its own user time (bash's `times`: first line, user then system) and ends
        Process child = new ProcessBuilder("bash", "-c", "i=0; while (( i < 400000 )); do i=$((i+1)); done; times").start();
        String times = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(child.waitFor()).isZero();
        java.util.regex.Matcher user = java.util.regex.Pattern.compile("(\\d+)m([\\d.]+)s").matcher(times);
        assertThat(user.find()).as(times).isTrue();
        double childSeconds = Integer.parseInt(user.group(1)) * 60 + Double.parseDouble(user.group(2));
        assertThat(childSeconds).isGreaterThan(0.2);

        assertThat(AppProbe.processTreeCpuSeconds(self) - before).isGreaterThanOrEqualTo(childSeconds - 0.05);
    }
}
