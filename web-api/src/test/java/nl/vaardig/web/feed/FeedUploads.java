package nl.vaardig.web.feed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** Uploads a feed file the way the upload page does: the file as the request body. */
final class FeedUploads {

    private FeedUploads() {
    }

    static HttpResponse<String> upload(String base, String token, String feed, String fileName, String mediaType,
                                       HttpRequest.BodyPublisher body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/admin/feeds?feed=" + feed + "&fileName=" + fileName))
                .timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + token).header("Content-Type", mediaType).POST(body).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> upload(String base, String token, String feed, String fileName, String text) {
        String type = fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? "text/csv" : "application/x-ndjson";
        return upload(base, token, feed, fileName, type, HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
    }

    static HttpResponse<String> upload(String base, String token, String feed, Path file) throws IOException {
        return upload(base, token, feed, file.getFileName().toString(), "application/x-ndjson",
                HttpRequest.BodyPublishers.ofFile(file));
    }
}
