package nl.vaardig.local.embedded;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded PostgreSQL and Kafka servers of one data folder. One instance per folder per JVM, so
 * that several Spring contexts in one test run share the servers, while a test that restarts the
 * platform on its own folder gets its own pair.
 */
public final class EmbeddedServers {

    private static final Map<Path, EmbeddedServers> BY_DATA_DIRECTORY = new ConcurrentHashMap<>();

    private final Path dataDirectory;
    private final EmbeddedPostgresServer postgres;
    private final EmbeddedKafkaBroker kafka;

    private EmbeddedServers(Path dataDirectory, int postgresPort, int kafkaPort) {
        this.dataDirectory = dataDirectory;
        this.postgres = new EmbeddedPostgresServer(dataDirectory.resolve("postgres"), postgresPort);
        this.kafka = new EmbeddedKafkaBroker(dataDirectory.resolve("kafka"), kafkaPort);
    }

    public static EmbeddedServers forDataDirectory(Path dataDirectory, int postgresPort, int kafkaPort) {
        Path key = dataDirectory.toAbsolutePath().normalize();
        return BY_DATA_DIRECTORY.computeIfAbsent(key, k -> new EmbeddedServers(k, postgresPort, kafkaPort));
    }

    /** The servers already started for this folder, if any (tests use it to restart a broker). */
    public static EmbeddedServers existing(Path dataDirectory) {
        EmbeddedServers servers = BY_DATA_DIRECTORY.get(dataDirectory.toAbsolutePath().normalize());
        if (servers == null) {
            throw new IllegalStateException("No embedded servers for " + dataDirectory);
        }
        return servers;
    }

    /**
     * Stops the servers of this folder if they run: a test's clean-up, before its temporary folder is deleted — a broker
     * whose log folder vanishes under it halts the JVM (Kafka's log-directory failure handling).
     */
    public static void stopIfStarted(Path dataDirectory) {
        EmbeddedServers servers = BY_DATA_DIRECTORY.get(dataDirectory.toAbsolutePath().normalize());
        if (servers != null) {
            servers.stop();
        }
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    public EmbeddedKafkaBroker kafka() {
        return kafka;
    }

    /** Stops both servers and forgets them; the data stays on disk for the next start. */
    public void stop() {
        try {
            kafka.stop();
        } finally {
            postgres.close();
            BY_DATA_DIRECTORY.remove(dataDirectory);
        }
    }
}
