package nl.vaardig.web.bench.load;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;

/**
 * The capacity curve and the soak (issue 16) against a running Vaardig, with the journeys of {@link LoadJourneys}.
 * <p>
 * Curve: users step up ({@code --steps 100,200,400,600,800}); each step adds its users over {@code --ramp-seconds}
 * (not measured), then measures {@code --step-minutes}: req/s, errors, p50/p95/p99 overall and per journey step,
 * CPU of the app's process tree and of this generator, heap, live threads, Hikari connections. It stops climbing
 * after a step whose error rate passes {@code --stop-error-rate}.
 * <p>
 * Soak ({@code --soak}): a fixed number of users for {@code --minutes}; every {@code --sample-seconds} (30) a sample
 * of heap after GC, live threads, connections, RSS and the window's latency; at the end the slope per 10 minutes of
 * each (after {@code --warmup-minutes}) and a verdict: flat or not ({@link Flatness}).
 * <p>
 * Both write {@code <out-dir>/<name>.csv}, {@code .json} and an {@code .svg} plot, and print a markdown table.
 */
public final class CapacityRunner {

    /** One measured step of the curve. */
    record StepFigures(int users, double seconds, double requestsPerSecond, Recorder.Summary total,
                       List<Recorder.Summary> journeySteps, double appCpuCores, double dbCpuCores, double generatorCpuCores,
                       double heapUsedMeanMb, double heapUsedMaxMb, double heapAfterGcMb, int threadsMax,
                       double connectionsActiveMean, int connectionsActiveMax, int connectionsIdleMin,
                       int connectionsPendingMax, double rssMaxMb, double loadAverage) {
    }

    /** One soak sample: the app's figures and the latency of the window that ends with it. */
    record SoakSample(double minute, AppProbe.Sample app, double appCpuCores, double dbCpuCores, double requestsPerSecond, int requests,
                      int errors, double p50, double p99) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final CapacityOptions options;
    private final JourneyDriver driver;
    private final AppProbe probe;
    private final AtomicReference<Recorder> current = new AtomicReference<>(new Recorder());

    private CapacityRunner(CapacityOptions options, JourneyDriver driver) {
        this.options = options;
        this.driver = driver;
        this.probe = new AppProbe(driver, options.appPid(), options.dbPid());
    }

    public static void main(String[] args) throws Exception {
        CapacityOptions options = CapacityOptions.parse(args);
        try (ExecutorService httpThreads = Executors.newVirtualThreadPerTaskExecutor();
             HttpClient client = JourneyDriver.httpClient(httpThreads)) {
            JourneyDriver driver = options.target().driver(client);
            CapacityRunner runner = new CapacityRunner(options, driver);
            Files.createDirectories(options.outDir());
            System.out.printf(Locale.ROOT, "%s against %s, app PID %s, PostgreSQL PID %s, load average %.1f; output %s/%s.*%n",
                    options.soak() ? "soak" : "capacity curve", options.target().baseUrl(),
                    options.appPid().isPresent() ? options.appPid().getAsLong() : "unknown (JVM CPU only, no RSS)",
                    options.dbPid().isPresent() ? options.dbPid().getAsLong() : "unknown (no database CPU)",
                    AppProbe.loadAverage(), options.outDir(), options.name());
            if (options.soak()) {
                runner.soak(driver.fixtures());
            } else {
                runner.curve(driver.fixtures());
            }
        }
    }

    private void curve(LoadFixtures fixtures) throws Exception {
        Duration planned = Duration.ZERO;
        for (int ignored : options.steps()) {
            planned = planned.plus(options.rampUp()).plus(options.stepLength());
        }
        Instant end = Instant.now().plus(planned).plus(Duration.ofMinutes(2));
        List<StepFigures> figures = new ArrayList<>();
        ExecutorService users = Executors.newVirtualThreadPerTaskExecutor();
        try {
            int running = 0;
            for (int target : options.steps()) {
                long rampMillis = options.rampUp().toMillis();
                int adding = target - running;
                for (int i = 0; i < adding; i++) {
                    long delay = rampMillis * i / Math.max(1, adding);
                    users.submit(() -> driver.user(delay, fixtures, end, current::get));
                }
                running = target;
                current.set(new Recorder());
                Thread.sleep(rampMillis);
                StepFigures step = measureStep(target);
                figures.add(step);
                System.out.printf(Locale.ROOT, "step %d users: %.1f req/s, %.2f %% errors, p50 %.1f, p95 %.1f, p99 %.1f ms, "
                                + "app %.2f cores, PostgreSQL %.2f, generator %.2f, heap max %.0f MB, threads %d, connections active max %d, "
                                + "pending max %d, load %.1f%n", target, step.requestsPerSecond(),
                        100 * step.total().errorRate(), step.total().p50(), step.total().p95(), step.total().p99(),
                        step.appCpuCores(), step.dbCpuCores(), step.generatorCpuCores(), step.heapUsedMaxMb(), step.threadsMax(),
                        step.connectionsActiveMax(), step.connectionsPendingMax(), step.loadAverage());
                if (step.total().errorRate() > options.stopErrorRate()) {
                    System.out.printf(Locale.ROOT, "error rate %.1f %% > %.1f %%: not climbing further%n",
                            100 * step.total().errorRate(), 100 * options.stopErrorRate());
                    break;
                }
            }
        } finally {
            // also when a step failed: stop the users and write the steps measured so far
            users.shutdownNow();
            users.awaitTermination(40, TimeUnit.SECONDS);
            users.close();
            CapacityReport.writeCurve(options, figures);
        }
    }

    private StepFigures measureStep(int users) throws Exception {
        Recorder recorder = new Recorder();
        current.set(recorder);
        long started = System.nanoTime();
        double generatorCpu = generatorCpuSeconds();
        List<AppProbe.Sample> samples = new ArrayList<>();
        samples.add(probe.sample());
        long stepNanos = options.stepLength().toNanos();
        while (System.nanoTime() - started < stepNanos) {
            long left = stepNanos - (System.nanoTime() - started);
            Thread.sleep(Math.max(1, Math.min(options.sampleEvery().toMillis(), left / 1_000_000)));
            samples.add(probe.sample());
        }
        current.set(new Recorder());
        double seconds = (System.nanoTime() - started) / 1e9;
        Recorder.Summary total = recorder.total();
        AppProbe.Sample first = samples.getFirst();
        AppProbe.Sample last = samples.getLast();
        double wall = Duration.between(first.at(), last.at()).toMillis() / 1000.0;
        return new StepFigures(users, seconds, total.requests() / seconds, total, recorder.steps(),
                (last.cpuSeconds() - first.cpuSeconds()) / wall, (last.dbCpuSeconds() - first.dbCpuSeconds()) / wall,
                (generatorCpuSeconds() - generatorCpu) / seconds,
                mean(samples, AppProbe.Sample::heapUsedMb), max(samples, AppProbe.Sample::heapUsedMb),
                last.heapAfterGcMb(), (int) max(samples, AppProbe.Sample::threads),
                mean(samples, AppProbe.Sample::connectionsActive), (int) max(samples, AppProbe.Sample::connectionsActive),
                (int) -max(samples, s -> -s.connectionsIdle()), (int) max(samples, AppProbe.Sample::connectionsPending),
                max(samples, AppProbe.Sample::rssMb), mean(samples, AppProbe.Sample::loadAverage));
    }

    private void soak(LoadFixtures fixtures) throws Exception {
        Instant start = Instant.now();
        Instant end = start.plus(options.soakLength());
        Recorder whole = new Recorder();
        List<SoakSample> samples = new ArrayList<>();
        try (ExecutorService users = Executors.newVirtualThreadPerTaskExecutor()) {
            long rampMillis = options.rampUp().toMillis();
            for (int i = 0; i < options.soakUsers(); i++) {
                long delay = rampMillis * i / Math.max(1, options.soakUsers());
                users.submit(() -> driver.user(delay, fixtures, end, current::get));
            }
            Recorder window = new Recorder(whole);
            current.set(window);
            AppProbe.Sample previous = probe.sample();
            while (Instant.now().isBefore(end)) {
                Thread.sleep(Math.min(options.sampleEvery().toMillis(), Math.max(1, Duration.between(Instant.now(), end).toMillis())));
                Recorder next = new Recorder(whole);
                current.set(next);
                AppProbe.Sample sample = probe.sample();
                double seconds = Duration.between(previous.at(), sample.at()).toMillis() / 1000.0;
                Recorder.Summary figures = window.total();
                SoakSample soakSample = new SoakSample(Duration.between(start, sample.at()).toMillis() / 60_000.0, sample,
                        (sample.cpuSeconds() - previous.cpuSeconds()) / seconds,
                        (sample.dbCpuSeconds() - previous.dbCpuSeconds()) / seconds, figures.requests() / seconds,
                        figures.requests(), figures.errors(), figures.p50(), figures.p99());
                samples.add(soakSample);
                System.out.printf(Locale.ROOT, "%5.1f min: heap %.0f MB (after GC %.0f), threads %.0f, connections %.0f active / %.0f idle,"
                                + " RSS %.0f MB, %.1f req/s, %d errors, p99 %.1f ms, load %.1f%n", soakSample.minute(),
                        sample.heapUsedMb(), sample.heapAfterGcMb(), sample.threads(), sample.connectionsActive(),
                        sample.connectionsIdle(), sample.rssMb(), soakSample.requestsPerSecond(), figures.errors(),
                        figures.p99(), sample.loadAverage());
                previous = sample;
                window = next;
            }
            users.shutdownNow();
            users.awaitTermination(40, TimeUnit.SECONDS);
        }
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        CapacityReport.writeSoak(options, samples, verdicts(samples), whole, seconds);
    }

    /** Slope per 10 minutes of each figure after the warm-up; limits: 5 % of the mean, with a floor per figure. */
    List<Flatness> verdicts(List<SoakSample> samples) {
        List<SoakSample> steady = samples.stream().filter(s -> s.minute() >= options.warmUp().toMillis() / 60_000.0).toList();
        double[] minutes = steady.stream().mapToDouble(SoakSample::minute).toArray();
        Map<String, double[]> figures = new LinkedHashMap<>();
        figures.put("heap after GC (MB)", steady.stream().mapToDouble(s -> s.app().heapAfterGcMb()).toArray());
        figures.put("live threads", steady.stream().mapToDouble(s -> s.app().threads()).toArray());
        figures.put("DB connections open (active + idle)",
                steady.stream().mapToDouble(s -> s.app().connectionsActive() + s.app().connectionsIdle()).toArray());
        figures.put("RSS (MB)", steady.stream().mapToDouble(s -> s.app().rssMb()).toArray());
        double[] floors = {16, 2, 1, 32};
        List<Flatness> out = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, double[]> figure : figures.entrySet()) {
            double floor = floors[i++];
            if (java.util.Arrays.stream(figure.getValue()).filter(v -> !Double.isNaN(v)).count() >= 3) {
                out.add(Flatness.of(figure.getKey(), minutes, figure.getValue(), 0.05, floor));
            }
        }
        return out;
    }

    private static double generatorCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    private static double mean(List<AppProbe.Sample> samples, ToDoubleFunction<AppProbe.Sample> figure) {
        return samples.stream().mapToDouble(figure).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }

    private static double max(List<AppProbe.Sample> samples, ToDoubleFunction<AppProbe.Sample> figure) {
        return samples.stream().mapToDouble(figure).filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
    }

    static void write(Path file, String text) throws java.io.IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        System.out.println("wrote " + file);
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
