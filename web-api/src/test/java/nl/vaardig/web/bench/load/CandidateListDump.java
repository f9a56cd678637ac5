package nl.vaardig.web.bench.load;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;

/**
 * Writes the demo employer's candidate lists of a running app, one file per vacancy and label language
 * ({@code <vacancy>-nl.json}, {@code <vacancy>-en.json}, the response bodies as served), so that two starts on the same
 * data folder can be compared byte for byte ({@code diff -r}): a first start against a restart, or two builds. Usage:
 * {@code LOAD_MAIN=nl.vaardig.web.bench.load.CandidateListDump web-api/src/test/java/nl/vaardig/web/bench/load/run-load.sh
 * --base-url URL --data-dir DIR --out FOLDER}. Each call writes the employer's audit lines, as any list shown does.
 */
public final class CandidateListDump {

    private CandidateListDump() {
    }

    public static void main(String[] args) throws Exception {
        LoadTarget.Parser parser = new LoadTarget.Parser();
        Path out = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            if ("--out".equals(args[i])) {
                out = Path.of(args[i + 1]);
            } else if (!parser.accept(args[i], args[i + 1])) {
                throw new IllegalArgumentException("unknown option " + args[i] + " (--out, " + LoadTarget.FLAGS + ")");
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out FOLDER is required");
        }
        Files.createDirectories(out);
        LoadTarget target = parser.target().withoutThinking();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
             HttpClient client = JourneyDriver.httpClient(threads)) {
            JourneyDriver driver = target.driver(client);
            String employer = new LoadTokens(target.signingKey(), target.issuer()).of("werkgever");
            List<String> vacancies = new ArrayList<>();
            for (JsonNode item : driver.json("/api/vacancies", employer).get("items")) {
                vacancies.add(item.get("id").asString());
            }
            for (String vacancy : vacancies) {
                for (String language : List.of("nl", "en")) {
                    String body = driver.text("/api/vacancies/" + vacancy + "/candidates?lang=" + language, employer);
                    Files.writeString(out.resolve(vacancy + "-" + language + ".json"), body, StandardCharsets.UTF_8);
                }
            }
            System.out.printf(java.util.Locale.ROOT, "%d candidate lists (%d vacancies, nl and en) written to %s%n",
                    2 * vacancies.size(), vacancies.size(), out);
        }
    }
}
