package nl.vaardig.web.bench.load;

import java.net.http.HttpClient;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * CPU per request of each journey step (issue 16): against a running app, each step of {@link LoadJourneys} is called
 * {@code --requests} times one after another (after {@code --warmup} calls), each with a fresh visit's random
 * choices, and the app's process-tree CPU (user + system, from /proc) over those calls, less what the app burns when
 * idle over the same time (measured for {@code --idle-seconds} before each step), is divided by the calls. On a
 * busy machine this moves far less than wall time under load. {@code --only} keeps the steps whose "journey · step"
 * name contains one of its comma-separated parts; {@code --pace-ms} waits between calls (so that kept figures age as
 * they do between the readers of a load run). Beside the process-tree figure: the CPU of the request threads (the
 * virtual threads' carriers) and of the GC threads over the same calls, to the nanosecond and with no idle
 * subtraction, which a busy background (an LMI history loading, Kafka) does not move. Usage: {@code ./vaardig bench step-cpu --base-url URL --data-dir DIR
 * [--requests 100] [--warmup 20] [--idle-seconds 5] [--pace-ms 0] [--only "match routes,caseload"]}.
 */
public final class StepCpuRunner {

    /**
     * The threads that run requests: the app serves on virtual threads, which run on these carriers (the matching
     * engine searches on the calling thread); background work (Kafka, the event workers) runs on named platform
     * threads and stays out of this figure, so it moves little with what the app does meanwhile.
     */
    private static final List<String> CARRIERS = List.of("ForkJoinPool-");
    /** The garbage collector's threads: the allocation a call causes is paid here. */
    private static final List<String> GC = List.of("GC Thread", "G1 ");

    private StepCpuRunner() {
    }

    public static void main(String[] args) throws Exception {
        LoadTarget.Parser parser = new LoadTarget.Parser();
        int requests = 100;
        int warmup = 20;
        double idleSeconds = 5;
        List<String> only = List.of();
        long paceMillis = 0;
        for (int i = 0; i + 1 < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--requests" -> requests = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--idle-seconds" -> idleSeconds = Double.parseDouble(value);
                case "--pace-ms" -> paceMillis = Long.parseLong(value);
                case "--only" -> only = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                default -> {
                    if (!parser.accept(args[i], value)) {
                        throw new IllegalArgumentException("unknown option " + args[i]
                                + " (--requests, --warmup, --idle-seconds, --pace-ms, --only, " + LoadTarget.FLAGS + ")");
                    }
                }
            }
        }
        LoadTarget target = parser.target().withoutThinking();
        OptionalLong pid = AppProbe.pidListeningOn(target.port());
        if (pid.isEmpty()) {
            throw new IllegalStateException("no process listens on " + target.baseUrl() + ": the CPU cannot be read");
        }
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
             HttpClient client = JourneyDriver.httpClient(threads)) {
            JourneyDriver driver = target.driver(client);
            LoadFixtures fixtures = driver.fixtures();
            System.out.printf(Locale.ROOT, "step CPU against %s (app PID %d), %d calls per step after %d, load average %.1f%n%n",
                    target.baseUrl(), pid.getAsLong(), requests, warmup, AppProbe.loadAverage());
            System.out.println("| journey · step | calls | errors | app CPU ms per call (net of idle) | request threads ms per call"
                    + " | GC ms per call | idle CPU cores | wall p50 / p99 ms (serial) | load |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (LoadJourney journey : LoadJourneys.all()) {
                for (LoadJourney.Step step : journey.steps()) {
                    String name = journey.name() + " · " + step.name();
                    if (!only.isEmpty() && only.stream().noneMatch(name::contains)) {
                        continue;
                    }
                    for (int i = 0; i < warmup; i++) {
                        driver.call(journey, step, fixtures.visit());
                    }
                    double idleStart = AppProbe.processTreeCpuSeconds(pid.getAsLong());
                    long idleFrom = System.nanoTime();
                    JourneyDriver.sleep((long) (idleSeconds * 1000));
                    double idleCores = (AppProbe.processTreeCpuSeconds(pid.getAsLong()) - idleStart) / ((System.nanoTime() - idleFrom) / 1e9);
                    long[] wall = new long[requests];
                    int errors = 0;
                    double carriersStart = AppProbe.threadCpuSeconds(pid.getAsLong(), CARRIERS);
                    double gcStart = AppProbe.threadCpuSeconds(pid.getAsLong(), GC);
                    double cpuStart = AppProbe.processTreeCpuSeconds(pid.getAsLong());
                    long from = System.nanoTime();
                    for (int i = 0; i < requests; i++) {
                        if (paceMillis > 0 && i > 0) {
                            JourneyDriver.sleep(paceMillis);
                        }
                        long t = System.nanoTime();
                        int status = driver.call(journey, step, fixtures.visit());
                        wall[i] = System.nanoTime() - t;
                        errors += status >= 400 && !step.alsoFine().contains(status) ? 1 : 0;
                    }
                    double seconds = (System.nanoTime() - from) / 1e9;
                    double cpu = AppProbe.processTreeCpuSeconds(pid.getAsLong()) - cpuStart - idleCores * seconds;
                    double carriers = AppProbe.threadCpuSeconds(pid.getAsLong(), CARRIERS) - carriersStart;
                    double gc = AppProbe.threadCpuSeconds(pid.getAsLong(), GC) - gcStart;
                    Arrays.sort(wall);
                    System.out.printf(Locale.ROOT, "| %s | %d | %d | %.2f | %.2f | %.2f | %.3f | %.1f / %.1f | %.1f |%n", name,
                            requests, errors, 1000 * cpu / requests, 1000 * carriers / requests, 1000 * gc / requests,
                            idleCores, Recorder.nearestRank(wall, 0.50) / 1e6,
                            Recorder.nearestRank(wall, 0.99) / 1e6, AppProbe.loadAverage());
                }
            }
        }
    }
}
