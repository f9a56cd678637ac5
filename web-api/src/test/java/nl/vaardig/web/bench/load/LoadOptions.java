package nl.vaardig.web.bench.load;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The load run's settings: {@code --users 200 --minutes 3 --base-url http://localhost:8080
 * --data-dir .vaardig-data [--issuer URL] [--think-ms 500-2500] [--ramp-seconds 20]}.
 */
record LoadOptions(int users, Duration duration, String baseUrl, String issuer, Path signingKey,
                   int thinkMinMillis, int thinkMaxMillis, Duration rampUp) {

    static LoadOptions parse(String[] args) {
        int users = 200;
        double minutes = 3;
        String baseUrl = "http://localhost:8080";
        String issuer = null;
        Path dataDir = Path.of(".vaardig-data");
        int thinkMin = 500;
        int thinkMax = 2500;
        int rampSeconds = 20;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--users" -> users = Integer.parseInt(value);
                case "--minutes" -> minutes = Double.parseDouble(value);
                case "--base-url" -> baseUrl = value.replaceAll("/+$", "");
                case "--issuer" -> issuer = value;
                case "--data-dir" -> dataDir = Path.of(value);
                case "--think-ms" -> {
                    String[] range = value.split("-");
                    thinkMin = Integer.parseInt(range[0]);
                    thinkMax = Integer.parseInt(range[range.length - 1]);
                }
                case "--ramp-seconds" -> rampSeconds = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (--users, --minutes, --base-url, --issuer, --data-dir, --think-ms, --ramp-seconds)");
            }
            i++;
        }
        return new LoadOptions(users, Duration.ofMillis((long) (minutes * 60_000)), baseUrl,
                issuer == null ? baseUrl : issuer, dataDir.resolve("oidc").resolve("signing-key.jwk.json"),
                thinkMin, thinkMax, Duration.ofSeconds(rampSeconds));
    }
}
