package nl.vaardig.local.embedded;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The starts of the embedded PostgreSQL and Kafka servers, each on its own thread, while Spring builds the context
 * beside them: before, the context began only when both were up (a first start's KRaft format and initdb, a restart's
 * log recovery). Whoever needs a server waits for it here: the data source ({@link WaitForEmbeddedServers}) and every
 * lifecycle start ({@link EmbeddedKafkaStartGate}, the first phase). A failed start is thrown to the one who waits, as
 * itself (not wrapped), so the start fails with its real cause.
 */
final class EmbeddedServerStarts {

    private static final Log log = LogFactory.getLog(EmbeddedServerStarts.class);

    private final CompletableFuture<Long> postgres;
    private final CompletableFuture<Long> kafka;
    private final String postgresDescription;
    private final String kafkaDescription;
    private final AtomicBoolean postgresReported = new AtomicBoolean();
    private final AtomicBoolean kafkaReported = new AtomicBoolean();

    private EmbeddedServerStarts(CompletableFuture<Long> postgres, String postgresDescription,
                                 CompletableFuture<Long> kafka, String kafkaDescription) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.postgresDescription = postgresDescription;
        this.kafkaDescription = kafkaDescription;
    }

    /**
     * Begins both starts; {@code null} for a server that is not needed (configured elsewhere). The descriptions go into
     * the log line written when the first one waits for the server.
     */
    static EmbeddedServerStarts begin(Runnable postgresStart, String postgresDescription,
                                      Runnable kafkaStart, String kafkaDescription) {
        return new EmbeddedServerStarts(inBackground(postgresStart, "embedded-postgres-start"), postgresDescription,
                inBackground(kafkaStart, "embedded-kafka-start"), kafkaDescription);
    }

    private static CompletableFuture<Long> inBackground(Runnable start, String threadName) {
        if (start == null) {
            return CompletableFuture.completedFuture(0L);
        }
        return CompletableFuture.supplyAsync(() -> {
            long started = System.nanoTime();
            start.run();
            return millisSince(started);
        }, task -> new Thread(task, threadName).start());
    }

    /** Waits until PostgreSQL accepts connections (at once when it already does); its start failure, if it failed. */
    void awaitPostgres() {
        await(postgres, postgresReported, postgresDescription);
    }

    /** Waits until the broker is up (at once when it already is); its start failure, if it failed. */
    void awaitKafka() {
        await(kafka, kafkaReported, kafkaDescription);
    }

    /** Waits for both starts, whatever their outcome (before the servers are stopped after a failed start). */
    void awaitSettled() {
        CompletableFuture.allOf(postgres, kafka).exceptionally(failure -> null).join();
    }

    private static void await(CompletableFuture<Long> start, AtomicBoolean reported, String description) {
        long waitStarted = System.nanoTime();
        long took = joinUnwrapped(start);
        if (description != null && reported.compareAndSet(false, true)) {
            log.info(description + " ready in " + took + " ms (the context waited " + millisSince(waitStarted)
                    + " ms for it)");
        }
    }

    private static long joinUnwrapped(CompletableFuture<Long> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
