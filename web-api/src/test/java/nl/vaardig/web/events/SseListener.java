package nl.vaardig.web.events;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Reads a server-sent event stream in the background, the way the browser's fetch reader does. */
final class SseListener implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Object arrivals = new Object();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private final HttpClient client = HttpClient.newHttpClient();

    SseListener(String url, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").GET().build();
        response = client.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(r -> Thread.ofVirtual().start(() -> {
            try (Stream<String> stream = r.body()) {
                stream.forEach(this::arrived);
            } catch (RuntimeException ignored) {
                // the stream ends when the test closes it
            }
        }));
    }

    int status() throws Exception {
        return response.get().statusCode();
    }

    private void arrived(String line) {
        lines.add(line);
        synchronized (arrivals) {
            arrivals.notifyAll();
        }
    }

    /** Waits until a data line contains {@code text} (woken by each line); returns the time it arrived, or -1 on timeout. */
    long awaitData(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (arrivals) {
            while (!hasData(text)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return -1;
                }
                TimeUnit.NANOSECONDS.timedWait(arrivals, left);
            }
        }
        return System.nanoTime();
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
