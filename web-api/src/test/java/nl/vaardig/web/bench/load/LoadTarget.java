package nl.vaardig.web.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.text.ParseException;

/**
 * What every load runner aims at and how its users pace themselves — the options the load run and the capacity curve
 * share: {@code --base-url http://localhost:8080 --data-dir .vaardig-data [--issuer URL] [--think-ms 500-2500]}.
 */
record LoadTarget(String baseUrl, String issuer, Path signingKey, int thinkMinMillis, int thinkMaxMillis) {

    static final String FLAGS = "--base-url, --issuer, --data-dir, --think-ms";

    LoadTarget {
        if (thinkMinMillis < 0 || thinkMaxMillis < thinkMinMillis) {
            throw new IllegalArgumentException("--think-ms needs MIN-MAX with 0 <= MIN <= MAX: " + thinkMinMillis + "-"
                    + thinkMaxMillis);
        }
    }

    /** The same target with users that never pause between steps (the step-CPU runner calls one after another). */
    LoadTarget withoutThinking() {
        return new LoadTarget(baseUrl, issuer, signingKey, 0, 0);
    }

    /** The app's port, to find the process that listens on it. */
    int port() {
        URI uri = URI.create(baseUrl);
        return uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    }

    /** A journey driver for this target, signing its users' tokens with the data folder's key. */
    JourneyDriver driver(HttpClient client) throws IOException, ParseException {
        return new JourneyDriver(baseUrl, new LoadTokens(signingKey, issuer), client, thinkMinMillis, thinkMaxMillis);
    }

    /** Collects the shared options while a runner walks its command line; the runner keeps its own options. */
    static final class Parser {
        private String baseUrl = "http://localhost:8080";
        private String issuer;
        private Path dataDir = Path.of(".vaardig-data");
        private int thinkMin = 500;
        private int thinkMax = 2500;

        /** Takes {@code flag value} when it is a shared option; false leaves it to the runner. */
        boolean accept(String flag, String value) {
            switch (flag) {
                case "--base-url" -> baseUrl = value.replaceAll("/+$", "");
                case "--issuer" -> issuer = value;
                case "--data-dir" -> dataDir = Path.of(value);
                case "--think-ms" -> {
                    String[] range = value.split("-");
                    thinkMin = Integer.parseInt(range[0]);
                    thinkMax = Integer.parseInt(range[range.length - 1]);
                }
                default -> {
                    return false;
                }
            }
            return true;
        }

        String baseUrl() {
            return baseUrl;
        }

        LoadTarget target() {
            return new LoadTarget(baseUrl, issuer == null ? baseUrl : issuer,
                    dataDir.resolve("oidc").resolve("signing-key.jwk.json"), thinkMin, thinkMax);
        }
    }
}
