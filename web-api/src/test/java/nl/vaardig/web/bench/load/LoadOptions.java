package nl.vaardig.web.bench.load;

import java.time.Duration;

/**
 * The load run's settings: {@code --users 200 --minutes 3 --base-url http://localhost:8080
 * --data-dir .vaardig-data [--issuer URL] [--think-ms 500-2500] [--ramp-seconds 20]}.
 */
record LoadOptions(int users, Duration duration, LoadTarget target, Duration rampUp) {

    static LoadOptions parse(String[] args) {
        int users = 200;
        double minutes = 3;
        LoadTarget.Parser target = new LoadTarget.Parser();
        int rampSeconds = 20;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--users" -> users = Integer.parseInt(value);
                case "--minutes" -> minutes = Double.parseDouble(value);
                case "--ramp-seconds" -> rampSeconds = Integer.parseInt(value);
                default -> {
                    if (!target.accept(args[i], value)) {
                        throw new IllegalArgumentException("unknown option " + args[i]
                                + " (--users, --minutes, --ramp-seconds, " + LoadTarget.FLAGS + ")");
                    }
                }
            }
            i++;
        }
        return new LoadOptions(users, Duration.ofMillis((long) (minutes * 60_000)), target.target(),
                Duration.ofSeconds(rampSeconds));
    }
}
