package nl.vaardig.web.events;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** Reads a server-sent event stream in the background, the way the browser's fetch reader does. */
final class SseListener implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private final HttpClient client = HttpClient.newHttpClient();

    SseListener(String url, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").GET().build();
        response = client.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(r -> Thread.ofVirtual().start(() -> {
            try (Stream<String> stream = r.body()) {
                stream.forEach(lines::add);
            } catch (RuntimeException ignored) {
                // the stream ends when the test closes it
            }
        }));
    }

    int status() throws Exception {
        return response.get().statusCode();
    }

    /** Waits until a data line contains {@code text}; returns the time it arrived, or -1 on timeout. */
    long awaitData(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (hasData(text)) {
                return System.nanoTime();
            }
            Thread.sleep(10);
        }
        return -1;
    }

    boolean hasData(String text) {
        return lines.stream().anyMatch(l -> l.startsWith("data:") && l.contains(text));
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        response.cancel(true);
        client.shutdownNow();
    }
}
