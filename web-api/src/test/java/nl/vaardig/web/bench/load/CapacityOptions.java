package nl.vaardig.web.bench.load;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Settings of {@link CapacityRunner}. Curve: {@code --steps 100,200,400,600,800 --step-minutes 2 --ramp-seconds 20
 * --stop-error-rate 0.2}; soak: {@code --soak --users 200 --minutes 30 --warmup-minutes 5}; both: {@code --base-url
 * --issuer --data-dir --think-ms 500-2500 --sample-seconds --app-pid N|auto|none --db-port 15432 --db-pid N|auto|none
 * --out-dir docs/capacity --name NAME} ({@code auto}: the process listening on the app's or the database's port).
 */
record CapacityOptions(boolean soak, List<Integer> steps, Duration stepLength, Duration rampUp, double stopErrorRate,
                       int soakUsers, Duration soakLength, Duration warmUp, Duration sampleEvery, LoadTarget target,
                       OptionalLong appPid, OptionalLong dbPid,
                       Path outDir, String name) {

    CapacityOptions {
        if (steps.isEmpty() || steps.stream().anyMatch(users -> users <= 0)) {
            throw new IllegalArgumentException("--steps needs positive user counts: " + steps);
        }
        if (!steps.equals(steps.stream().sorted().toList())) {
            throw new IllegalArgumentException("--steps must go up (users are added, never taken away): " + steps);
        }
        if (sampleEvery.isZero() || sampleEvery.isNegative()) {
            throw new IllegalArgumentException("--sample-seconds must be positive");
        }
        if (soak && warmUp.compareTo(soakLength) >= 0) {
            throw new IllegalArgumentException("--warmup-minutes must be shorter than --minutes");
        }
    }

    static CapacityOptions parse(String[] args) {
        boolean soak = false;
        List<Integer> steps = List.of(100, 200, 400, 600, 800);
        double stepMinutes = 2;
        int rampSeconds = 20;
        double stopErrorRate = 0.2;
        int users = 200;
        double minutes = 30;
        double warmupMinutes = 5;
        Integer sampleSeconds = null;
        LoadTarget.Parser target = new LoadTarget.Parser();
        String pid = "auto";
        String db = "auto";
        int dbPort = 15432;
        Path outDir = Path.of("docs", "capacity");
        String name = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--soak" -> {
                    soak = true;
                    continue;
                }
                case "--steps" -> steps = Arrays.stream(value.split(",")).map(String::strip).map(Integer::valueOf).toList();
                case "--step-minutes" -> stepMinutes = Double.parseDouble(value);
                case "--ramp-seconds" -> rampSeconds = Integer.parseInt(value);
                case "--stop-error-rate" -> stopErrorRate = Double.parseDouble(value);
                case "--users" -> users = Integer.parseInt(value);
                case "--minutes" -> minutes = Double.parseDouble(value);
                case "--warmup-minutes" -> warmupMinutes = Double.parseDouble(value);
                case "--sample-seconds" -> sampleSeconds = Integer.valueOf(value);
                case "--app-pid" -> pid = value;
                case "--db-pid" -> db = value;
                case "--db-port" -> dbPort = Integer.parseInt(value);
                case "--out-dir" -> outDir = Path.of(value);
                case "--name" -> name = value;
                default -> {
                    if (!target.accept(args[i], value)) {
                        throw new IllegalArgumentException("unknown option " + args[i] + " (--steps, --step-minutes, "
                                + "--ramp-seconds, --stop-error-rate, --soak, --users, --minutes, --warmup-minutes, "
                                + "--sample-seconds, --app-pid, --db-pid, --db-port, --out-dir, --name, " + LoadTarget.FLAGS + ")");
                    }
                }
            }
            i++;
        }
        LoadTarget aim = target.target();
        OptionalLong appPid = pid(pid, aim.port());
        OptionalLong dbPid = pid(db, dbPort);
        String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm", Locale.ROOT));
        return new CapacityOptions(soak, steps, minutes(stepMinutes), Duration.ofSeconds(rampSeconds), stopErrorRate, users,
                minutes(minutes), minutes(warmupMinutes), Duration.ofSeconds(sampleSeconds != null ? sampleSeconds : soak ? 30 : 5),
                aim, appPid, dbPid, outDir, name != null ? name : (soak ? "soak-" : "curve-") + stamp);
    }

    private static OptionalLong pid(String option, int port) {
        return switch (option) {
            case "auto" -> AppProbe.pidListeningOn(port);
            case "none" -> OptionalLong.empty();
            default -> OptionalLong.of(Long.parseLong(option));
        };
    }

    private static Duration minutes(double minutes) {
        return Duration.ofMillis((long) (minutes * 60_000));
    }
}
