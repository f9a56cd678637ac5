package nl.vaardig.local.embedded;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
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

/**
 * Starts the embedded PostgreSQL and Kafka servers when {@code vaardig.embedded.enabled=true} (the {@code local}
 * profile) and points the ordinary Spring properties at them (their ports are chosen first). Both start in the
 * background while Spring builds the context ({@link EmbeddedServerStarts}): the data source is handed out once
 * PostgreSQL accepts connections, and the first lifecycle phase waits for the broker. Anything configured explicitly
 * (an external database or broker) wins: the embedded server for it is then not started at all.
 */
public class EmbeddedServersEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    public static final String PROPERTY_SOURCE = "vaardigEmbeddedServers";

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
        if (needKafka) {
            properties.put("spring.kafka.bootstrap-servers", servers.kafka().bootstrapServers());
        }
        if (needPostgres) {
            properties.put("spring.datasource.url", servers.postgres().plannedJdbcUrl());
            properties.put("spring.datasource.username", servers.postgres().username());
            properties.put("spring.datasource.password", "");
        }
        EmbeddedServerStarts starts = EmbeddedServerStarts.begin(
                needPostgres ? servers.postgres()::start : null,
                needPostgres ? "Embedded PostgreSQL on port " + servers.postgres().reservePort() + " (data: "
                        + servers.dataDirectory().resolve("postgres") + ")" : null,
                needKafka ? servers.kafka()::start : null,
                needKafka ? "Embedded Kafka (KRaft) on " + servers.kafka().bootstrapServers() + " (logs: "
                        + servers.dataDirectory().resolve("kafka") + ")" : null);
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
        application.addInitializers(context -> {
            context.getBeanFactory().addBeanPostProcessor(new WaitForEmbeddedServers(starts));
            context.getBeanFactory().registerSingleton(EmbeddedKafkaStartGate.BEAN_NAME, new EmbeddedKafkaStartGate(starts));
        });
        if (needKafka) {
            // after Spring Boot has set the logging up (it resets Logback's context), before the broker's registration
            application.addInitializers(context -> KafkaRetriedStartErrors.install());
        }
        application.addListeners(new StopServersOnStartupFailure(servers, starts));
        registerShutdown(environment, application, servers);
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

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
