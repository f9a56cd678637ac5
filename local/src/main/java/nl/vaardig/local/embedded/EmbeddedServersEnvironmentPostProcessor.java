package nl.vaardig.local.embedded;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Starts the embedded PostgreSQL and Kafka servers before the application context is built, when
 * {@code vaardig.embedded.enabled=true} (the {@code local} profile), and points the ordinary Spring
 * properties at them. Anything configured explicitly (an external database or broker) wins: the
 * embedded server for it is then not started at all.
 */
public class EmbeddedServersEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    public static final String PROPERTY_SOURCE = "vaardigEmbeddedServers";

    private final Log log;

    public EmbeddedServersEnvironmentPostProcessor(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedServersEnvironmentPostProcessor.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("vaardig.embedded.enabled", Boolean.class, false)
                || "testcontainers".equals(environment.getProperty("vaardig.it.infra"))) {
            return;
        }
        boolean needPostgres = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        boolean needKafka = !StringUtils.hasText(environment.getProperty("spring.kafka.bootstrap-servers"));
        if (!needPostgres && !needKafka) {
            return;
        }
        Path dataDirectory = dataDirectory(environment);
        EmbeddedServers servers = EmbeddedServers.forDataDirectory(dataDirectory,
                environment.getProperty("vaardig.embedded.postgres.port", Integer.class, 0),
                environment.getProperty("vaardig.embedded.kafka.port", Integer.class, 0));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("vaardig.embedded.data-directory", servers.dataDirectory().toString());
        try {
            start(servers, needPostgres, needKafka, properties);
        } catch (RuntimeException e) {
            servers.stop();
            throw e;
        }
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
        application.addListeners(new StopServersOnStartupFailure(servers));
        registerShutdown(environment, application, servers);
    }

    /**
     * PostgreSQL (a separate process: initdb, then waiting for it to accept connections) starts on its own thread
     * while the broker starts in this one; neither needs the other.
     */
    private void start(EmbeddedServers servers, boolean needPostgres, boolean needKafka,
                       Map<String, Object> properties) {
        CompletableFuture<Long> postgres = !needPostgres ? CompletableFuture.completedFuture(0L)
                : CompletableFuture.supplyAsync(() -> {
                    long started = System.nanoTime();
                    servers.postgres().start();
                    return millisSince(started);
                }, task -> new Thread(task, "embedded-postgres-start").start());
        if (needKafka) {
            long started = System.nanoTime();
            try {
                servers.kafka().start();
            } catch (RuntimeException e) {
                postgres.exceptionally(failure -> 0L).join();
                throw e;
            }
            properties.put("spring.kafka.bootstrap-servers", servers.kafka().bootstrapServers());
            log.info("Embedded Kafka (KRaft) ready on " + servers.kafka().bootstrapServers() + " in "
                    + millisSince(started) + " ms (logs: " + servers.dataDirectory().resolve("kafka") + ")");
        }
        if (needPostgres) {
            long millis = joinUnwrapped(postgres);
            properties.put("spring.datasource.url", servers.postgres().jdbcUrl());
            properties.put("spring.datasource.username", servers.postgres().username());
            properties.put("spring.datasource.password", "");
            log.info("Embedded PostgreSQL ready on port " + servers.postgres().port() + " in "
                    + millis + " ms (data: " + servers.dataDirectory().resolve("postgres") + ")");
        }
    }

    /** The future's value, or the start-up failure itself (not wrapped), so the caller reports the real cause. */
    private static long joinUnwrapped(CompletableFuture<Long> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static Path dataDirectory(ConfigurableEnvironment environment) {
        if (environment.getProperty("vaardig.embedded.ephemeral", Boolean.class, false)) {
            return EphemeralDataDirectory.forThisJvm();
        }
        Path path = Path.of(environment.getProperty("vaardig.data-directory", ".vaardig-data"));
        try {
            return Files.createDirectories(path).toAbsolutePath().normalize();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + path, e);
        }
    }

    /**
     * With {@code vaardig.embedded.lifecycle=context} (the run command) one shutdown hook first closes
     * the application context and only then stops the servers, so consumers, producers and the
     * connection pool shut down against live servers (JVM hooks run in no defined order, so Spring's
     * own hook is replaced). Otherwise (tests sharing servers across contexts) they stop at JVM exit.
     */
    private static void registerShutdown(ConfigurableEnvironment environment, SpringApplication application,
                                         EmbeddedServers servers) {
        if ("context".equals(environment.getProperty("vaardig.embedded.lifecycle", "jvm"))) {
            application.setRegisterShutdownHook(false);
            application.addInitializers(context -> Runtime.getRuntime().addShutdownHook(
                    new Thread(() -> {
                        context.close();
                        servers.stop();
                    }, "vaardig-shutdown")));
        } else {
            JvmShutdown.once(servers);
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
