package nl.vaardig.web.bench.load;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * What every load run shares: the HTTP client, the demo accounts' tokens and the journeys of {@link LoadJourneys};
 * one virtual user's loop ({@link #user}) picks a journey by weight and visits it, with think time before every request.
 */
final class JourneyDriver {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final LoadTokens tokens;
    private final HttpClient client;
    private final int thinkMinMillis;
    private final int thinkMaxMillis;
    private final List<LoadJourney> journeys = LoadJourneys.all();
    private final int totalWeight = journeys.stream().mapToInt(LoadJourney::weight).sum();

    JourneyDriver(String baseUrl, LoadTokens tokens, HttpClient client, int thinkMinMillis, int thinkMaxMillis) {
        this.baseUrl = baseUrl;
        this.tokens = tokens;
        this.client = client;
        this.thinkMinMillis = thinkMinMillis;
        this.thinkMaxMillis = thinkMaxMillis;
    }

    static HttpClient httpClient(java.util.concurrent.Executor threads) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).executor(threads).build();
    }

    /** Skills from the public typeahead, the demo employer's vacancies, the LMI default period. */
    LoadFixtures fixtures() throws IOException, InterruptedException {
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

    JsonNode json(String path, String token) throws IOException, InterruptedException {
        return JSON.readTree(text(path, token));
    }

    /** The body of a GET that must answer 200. */
    String text(String path, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request("GET", path, null, token),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    String adminToken() {
        return tokens.of("beheer");
    }

    /**
     * One virtual user: waits {@code delayMillis}, then visits journeys until {@code end}; each request is recorded in
     * whatever {@code recorder} gives when it finishes (a run that measures in windows swaps it).
     */
    void user(long delayMillis, LoadFixtures fixtures, Instant end, Supplier<Recorder> recorder) {
        sleep(delayMillis);
        while (Instant.now().isBefore(end) && !Thread.currentThread().isInterrupted()) {
            visit(pick(), fixtures.visit(), end, recorder);
        }
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

    private void visit(LoadJourney journey, LoadFixtures.Visit visit, Instant end, Supplier<Recorder> recorder) {
        for (LoadJourney.Step step : journey.steps()) {
            sleep(ThreadLocalRandom.current().nextInt(thinkMinMillis, thinkMaxMillis + 1));
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
                    stream.transferTo(OutputStream.nullOutputStream());
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
            recorder.get().record(journey.name(), step.name(), (System.nanoTime() - started) / 1000, error != null, error);
        }
    }

    /** One request of a journey's step for a visit, the body read to its end; the HTTP status. */
    int call(LoadJourney journey, LoadJourney.Step step, LoadFixtures.Visit visit) throws IOException, InterruptedException {
        String body = step.body() == null ? null : step.body().apply(visit);
        HttpResponse<InputStream> response = client.send(request(step.method(), step.path().apply(visit), body,
                tokens.of(journey.account())), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream stream = response.body()) {
            stream.transferTo(OutputStream.nullOutputStream());
        }
        return response.statusCode();
    }

    private HttpRequest request(String method, String path, String body, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
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

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
