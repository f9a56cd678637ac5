package nl.vaardig.local.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL server from the zonky binaries (Maven Central), whose data directory lives
 * under the platform's data folder. A directory that already holds a cluster is reused as-is,
 * so stopping and starting loses nothing.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    static final String DATABASE = "vaardig";
    private static final String USERNAME = "postgres";

    private final Path dataDirectory;
    private final int requestedPort;
    private int chosenPort;
    private EmbeddedPostgres postgres;

    public EmbeddedPostgresServer(Path dataDirectory, int requestedPort) {
        this.dataDirectory = dataDirectory;
        this.requestedPort = requestedPort;
    }

    public synchronized void start() {
        if (postgres != null) {
            return;
        }
        try {
            Files.createDirectories(dataDirectory);
            int port = reservePort();
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setRegisterShutdownHook(false)
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("fsync", "on")
                    // zonky's builder defaults to synchronous_commit=off: a commit it reports can vanish when the
                    // server crashes, while the consumer has already committed its Kafka offset past the record
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            if (!postgres.getJdbcUrl(USERNAME, DATABASE).equals(jdbcUrlFor(port))) {
                // the application was given the planned URL before the server started
                throw new IllegalStateException("Embedded PostgreSQL's JDBC URL " + postgres.getJdbcUrl(USERNAME, DATABASE)
                        + " is not the planned " + jdbcUrlFor(port));
            }
            createDatabaseIfMissing();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * The server's port, chosen before it starts (the requested one, else a free one) and kept: a restarted server
     * comes back on it, so the application's pool finds it again.
     */
    public synchronized int reservePort() {
        if (chosenPort == 0) {
            chosenPort = requestedPort > 0 ? requestedPort : FreePorts.pick();
        }
        return chosenPort;
    }

    /**
     * The JDBC URL of the platform's database, known before the server has started (from {@link #reservePort()}):
     * the same URL the running server gives ({@link #jdbcUrl()}).
     */
    public String plannedJdbcUrl() {
        return jdbcUrlFor(reservePort());
    }

    static String jdbcUrlFor(int port) {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE + "?user=" + USERNAME;
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + DATABASE, e);
        }
    }

    public synchronized String jdbcUrl() {
        requireStarted();
        return postgres.getJdbcUrl(USERNAME, DATABASE);
    }

    public synchronized int port() {
        requireStarted();
        return postgres.getPort();
    }

    public String username() {
        return USERNAME;
    }

    private void requireStarted() {
        if (postgres == null) {
            throw new IllegalStateException("Embedded PostgreSQL is not running");
        }
    }

    public synchronized boolean isRunning() {
        return postgres != null;
    }

    @Override
    public synchronized void close() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            postgres = null;
        }
    }
}
