package nl.vaardig.web.bench.load;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Mixed-journey load against a running Vaardig ({@code ./vaardig run}): N virtual users on virtual
 * threads, each visiting journeys from {@link LoadJourneys} (chosen by weight) with think time before every
 * request, for a fixed time. Prints requests, error rate, p50/p95/p99 latency and throughput per journey,
 * per step and in total, as markdown for docs/benchmarks.md. The capacity curve and the soak are {@link CapacityRunner}.
 * <pre>
 * ./vaardig bench load [--users 200] [--minutes 3] [--base-url http://localhost:8080] [--data-dir .vaardig-data]
 * </pre>
 */
public final class LoadRunner {

    private LoadRunner() {
    }

    public static void main(String[] args) throws Exception {
        LoadOptions options = LoadOptions.parse(args);
        try (ExecutorService httpThreads = Executors.newVirtualThreadPerTaskExecutor();
             HttpClient client = JourneyDriver.httpClient(httpThreads)) {
            JourneyDriver driver = options.target().driver(client);
            LoadFixtures fixtures = driver.fixtures();
            System.out.printf(Locale.ROOT, "load: %d users for %s against %s; %d skills, %d vacancies, period %s%n",
                    options.users(), options.duration(), options.target().baseUrl(), fixtures.skillUris().size(),
                    fixtures.ownVacancies().size(), fixtures.lmiPeriod());
            Recorder recorder = new Recorder();
            double seconds = run(driver, fixtures, options, recorder);
            System.out.printf(Locale.ROOT, "%nLOAD %d users, %.0f s, think %d-%d ms, ramp-up %d s%n%n%s", options.users(),
                    seconds, options.target().thinkMinMillis(), options.target().thinkMaxMillis(), options.rampUp().toSeconds(),
                    recorder.report(seconds));
        }
    }

    /** Starts the users spread over the ramp-up, lets them run until the end, returns the measured seconds. */
    private static double run(JourneyDriver driver, LoadFixtures fixtures, LoadOptions options, Recorder recorder)
            throws InterruptedException {
        Instant start = Instant.now();
        Instant end = start.plus(options.duration());
        long rampMillis = options.rampUp().toMillis();
        try (ExecutorService users = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int user = 0; user < options.users(); user++) {
                long delay = rampMillis * user / Math.max(1, options.users());
                users.submit(() -> driver.user(delay, fixtures, end, () -> recorder));
            }
            users.shutdown();
            users.awaitTermination(options.duration().toMillis() + 120_000, TimeUnit.MILLISECONDS);
        }
        return Duration.between(start, Instant.now()).toMillis() / 1000.0;
    }
}
