package nl.vaardig.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import nl.vaardig.web.support.VaardigIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API's one JSON size limit (256 KiB): refused with 413 problem+json, whether the length is declared or not. */
@VaardigIntegrationTest
class OversizedJsonBodiesIT {

    private static final String MATCH = "/api/public/match/vacancies";

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void aJsonBodyDeclaredLargerThanTheLimitIsRefusedBeforeItIsRead() throws Exception {
        HttpResponse<String> response = client.send(request(HttpRequest.BodyPublishers.ofByteArray(oversizedProfile())),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("256 kB").contains("payload-too-large");
    }

    @Test
    void aChunkedJsonBodyIsCutOffWhenItPassesTheLimit() throws Exception {
        byte[] body = oversizedProfile();
        // an input-stream publisher sends no Content-Length: the body arrives chunked
        HttpResponse<String> response = client.send(request(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(body))), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("256 kB").doesNotContain("Exception");
    }

    @Test
    void aNormalSizedBodyStillPasses() throws Exception {
        byte[] body = "{\"skills\":[],\"region\":\"AM18\"}".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = client.send(request(HttpRequest.BodyPublishers.ofByteArray(body)),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isNotEqualTo(413);
    }

    private HttpRequest request(HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + MATCH)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(body).build();
    }

    private static byte[] oversizedProfile() {
        String skill = "{\"uri\":\"http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000\"},";
        StringBuilder json = new StringBuilder("{\"skills\":[");
        while (json.length() < 300 * 1024) {
            json.append(skill);
        }
        json.setLength(json.length() - 1);
        return json.append("],\"region\":\"AM18\"}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
