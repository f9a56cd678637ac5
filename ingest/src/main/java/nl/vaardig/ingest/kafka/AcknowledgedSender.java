package nl.vaardig.ingest.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * A producer, created on first use, that sends a batch and returns only once the broker has acknowledged every
 * record of it (acks=all), so the caller may then delete, commit or count what it sent. After a failure the
 * producer may still hold half-sent batches: it is discarded, and the next batch starts a fresh one.
 */
public final class AcknowledgedSender implements AutoCloseable {

    private final KafkaClients clients;
    private final String clientId;
    private final String failure;
    private Producer<String, byte[]> producer;

    /** @param failure the start of the message when the broker does not acknowledge (the cause's message follows) */
    public AcknowledgedSender(KafkaClients clients, String clientId, String failure) {
        this.clients = clients;
        this.clientId = clientId;
        this.failure = failure;
    }

    /** Sends, flushes and waits for every acknowledgement; throws {@link IllegalStateException} when one fails. */
    public void sendAll(List<ProducerRecord<String, byte[]>> records) {
        if (records.isEmpty()) {
            return;
        }
        Producer<String, byte[]> kafka = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
        for (ProducerRecord<String, byte[]> record : records) {
            acks.add(kafka.send(record));
        }
        kafka.flush();
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get(35, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Kafka", e);
            } catch (Exception e) {
                reset();
                throw new IllegalStateException(failure + e.getMessage(), e);
            }
        }
    }

    private synchronized Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = clients.producer(clientId);
        }
        return producer;
    }

    /** Discards the producer (after a failed round); the next send creates a new one. */
    public synchronized void reset() {
        if (producer != null) {
            try {
                producer.close(java.time.Duration.ofSeconds(1));
            } catch (RuntimeException ignored) {
                // closing a producer whose broker is gone can fail; it is discarded either way
            }
            producer = null;
        }
    }

    @Override
    public void close() {
        reset();
    }
}
