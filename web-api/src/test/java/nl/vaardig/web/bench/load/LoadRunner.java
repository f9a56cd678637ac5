package nl.vaardig.web.bench.load;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Mixed-journey load against a running Vaardig ({@code ./vaardig run}): N virtual users on virtual
 * threads, each visiting journeys from {@link LoadJourneys} (chosen by weight) with think time before every
 * request, for a fixed time. Prints requests, error rate, p50/p95/p99 latency and throughput per journey,
 * per step and in total, as markdown for docs/benchmarks.md.
 * <pre>
 * ./vaardig bench load [--users 200] [--minutes 3] [--base-url http://localhost:8080] [--data-dir .vaardig-data]
 * </pre>
 */
public final class LoadRunner {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LoadOptions options;
    private final LoadTokens tokens;
    private final HttpClient client;
    private final Recorder recorder = new Recorder();
    private final List<LoadJourney> journeys = LoadJourneys.all();
    private final int totalWeight = journeys.stream().mapToInt(LoadJourney::weight).sum();

    private LoadRunner(LoadOptions options, LoadTokens tokens, HttpClient client) {
        this.options = options;
        this.tokens = tokens;
        this.client = client;
    }

    public static void main(String[] args) throws Exception {
        LoadOptions options = LoadOptions.parse(args);
        try (ExecutorService httpThreads = Executors.newVirtualThreadPerTaskExecutor();
             HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                     .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER)
                     .executor(httpThreads).build()) {
            LoadRunner runner = new LoadRunner(options, new LoadTokens(options.signingKey(), options.issuer()), client);
            LoadFixtures fixtures = runner.fixtures();
            System.out.printf(Locale.ROOT, "load: %d users for %s against %s; %d skills, %d vacancies, period %s%n",
                    options.users(), options.duration(), options.baseUrl(), fixtures.skillUris().size(),
                    fixtures.ownVacancies().size(), fixtures.lmiPeriod());
            double seconds = runner.run(fixtures);
            System.out.printf(Locale.ROOT, "%nLOAD %d users, %.0f s, think %d-%d ms, ramp-up %d s%n%n%s", options.users(),
                    seconds, options.thinkMinMillis(), options.thinkMaxMillis(), options.rampUp().toSeconds(),
                    runner.recorder.report(seconds));
        }
    }

    /** Skills from the public typeahead, the demo employer's vacancies, the LMI default period. */
    private LoadFixtures fixtures() throws IOException, InterruptedException {
        List<String> skills = new ArrayList<>();
        for (String q : List.of("verpleeg", "heftruck", "boekhoud", "klant", "schoonmaak", "program", "lassen", "Excel")) {
            for (JsonNode item : json("/api/public/taxonomy/suggest?kind=skill&limit=10&q=" + q, null).get("items")) {
                skills.add(item.get("uri").asString());
            }
        }
        List<String> vacancies = new ArrayList<>();
        for (JsonNode item : json("/api/vacancies", tokens.of("werkgever")).get("items")) {
            vacancies.add(item.get("id").asString());
        }
        String period = json("/api/lmi/meta", tokens.of("regio")).get("defaultPeriod").asString();
        if (skills.isEmpty() || vacancies.isEmpty()) {
            throw new IllegalStateException("the app has no skills or no demo vacancies: is the demo data on?");
        }
        return new LoadFixtures(List.copyOf(skills), List.copyOf(vacancies), period);
    }

    private JsonNode json(String path, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request("GET", path, null, token),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** Starts the users spread over the ramp-up, lets them run until the end, returns the measured seconds. */
    private double run(LoadFixtures fixtures) throws InterruptedException {
        Instant start = Instant.now();
        Instant end = start.plus(options.duration());
        long rampMillis = options.rampUp().toMillis();
        try (ExecutorService users = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int user = 0; user < options.users(); user++) {
                long delay = rampMillis * user / Math.max(1, options.users());
                users.submit(() -> {
                    sleep(delay);
                    while (Instant.now().isBefore(end)) {
                        visit(pick(), fixtures.visit(), end);
                    }
                    return null;
                });
            }
            users.shutdown();
            users.awaitTermination(options.duration().toMillis() + 120_000, TimeUnit.MILLISECONDS);
        }
        return Duration.between(start, Instant.now()).toMillis() / 1000.0;
    }

    private LoadJourney pick() {
        int ticket = ThreadLocalRandom.current().nextInt(totalWeight);
        for (LoadJourney journey : journeys) {
            ticket -= journey.weight();
            if (ticket < 0) {
                return journey;
            }
        }
        return journeys.getLast();
    }

    private void visit(LoadJourney journey, LoadFixtures.Visit visit, Instant end) {
        for (LoadJourney.Step step : journey.steps()) {
            sleep(ThreadLocalRandom.current().nextInt(options.thinkMinMillis(), options.thinkMaxMillis() + 1));
            if (!Instant.now().isBefore(end)) {
                return;
            }
            String body = step.body() == null ? null : step.body().apply(visit);
            HttpRequest request = request(step.method(), step.path().apply(visit), body, tokens.of(journey.account()));
            long started = System.nanoTime();
            String error = null;
            try {
                HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream stream = response.body()) {
                    stream.transferTo(java.io.OutputStream.nullOutputStream());
                }
                int status = response.statusCode();
                if (status >= 400 && !step.alsoFine().contains(status)) {
                    error = "HTTP " + status;
                }
            } catch (IOException e) {
                error = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            recorder.record(journey.name(), step.name(), (System.nanoTime() - started) / 1000, error != null, error);
        }
    }

    private HttpRequest request(String method, String path, String body, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(options.baseUrl() + path))
                .timeout(Duration.ofSeconds(30)).header("Accept-Language", "nl");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (body == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return builder.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
