package nl.vaardig.local.embedded;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool$;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A real Kafka broker in KRaft mode (combined broker + controller, one node) running in this JVM.
 * Its log directory persists under the platform's data folder; the storage is formatted once, the
 * first time, as {@code kafka-storage.sh format} would.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final int NODE_ID = 1;

    private final Path logDirectory;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    public EmbeddedKafkaBroker(Path logDirectory, int requestedPort) {
        this.logDirectory = logDirectory;
        // A broker port implies the controller port beside it, so a persisted cluster restarts
        // with the same quorum address; a port picked here has both free.
        this.port = requestedPort > 0 ? requestedPort : FreePorts.pickWithNext();
        this.controllerPort = port + 1;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            Files.createDirectories(logDirectory);
            Properties properties = serverProperties();
            Path propertiesFile = logDirectory.resolveSibling(logDirectory.getFileName() + "-server.properties");
            try (OutputStream out = Files.newOutputStream(propertiesFile)) {
                properties.store(out, "Vaardig embedded KRaft broker (written at every start)");
            }
            formatStorageOnce(propertiesFile);
            KafkaExitProcedures.install();
            server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
            server.startup();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded Kafka in " + logDirectory, e);
        }
    }

    private Properties serverProperties() {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", String.valueOf(NODE_ID));
        p.setProperty("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("log.dirs", logDirectory.toAbsolutePath().toString());
        p.setProperty("num.partitions", "1");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "4");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("transaction.state.log.num.partitions", "4");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("auto.create.topics.enable", "false");
        p.setProperty("log.flush.interval.messages", "1000");
        p.setProperty("log.segment.bytes", String.valueOf(64 * 1024 * 1024));
        return p;
    }

    private void formatStorageOnce(Path propertiesFile) {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return; // formatted on an earlier start: keep its cluster id and data
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit;
        try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exit = StorageTool$.MODULE$.execute(new String[] {
                    "format",
                    "--cluster-id", Uuid.randomUuid().toString(),
                    "--config", propertiesFile.toAbsolutePath().toString()
            }, print);
        }
        if (exit != 0) {
            throw new IllegalStateException("Formatting Kafka storage failed (exit " + exit + "): "
                    + output.toString(StandardCharsets.UTF_8));
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Stops the broker; {@link #start()} brings it back on the same port and log directory. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
