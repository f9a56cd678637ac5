package nl.vaardig.web.events;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.ingest.event.Topic;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends dead letters to the dead-letter topic and waits for the broker's acknowledgement, so a consumer commits
 * past a poison record only once its dead letter is safe. The value is JSON (original bytes in base64), keyed by
 * dead-letter id.
 */
@Component
public class DeadLetterPublisher implements AutoCloseable {

    private final KafkaClients clients;
    private final EventsProperties properties;
    private final JsonMapper json = EnvelopeCodec.mapper();
    private Producer<String, byte[]> producer;

    public DeadLetterPublisher(KafkaClients clients, EventsProperties properties) {
        this.clients = clients;
        this.properties = properties;
    }

    public void publish(List<DeadLetter> letters) {
        if (letters.isEmpty()) {
            return;
        }
        Producer<String, byte[]> kafka = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (DeadLetter letter : letters) {
            acks.add(kafka.send(new ProducerRecord<>(Topic.DEAD_LETTER.topicName(), letter.id().toString(), encode(letter))));
        }
        kafka.flush();
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get(35, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while dead-lettering", e);
            } catch (Exception e) {
                reset();
                throw new IllegalStateException("dead letters not acknowledged: " + e.getMessage(), e);
            }
        }
    }

    byte[] encode(DeadLetter letter) {
        ObjectNode node = json.createObjectNode();
        node.put("id", letter.id().toString());
        node.put("sourceTopic", letter.sourceTopic());
        if (letter.partition() != null) {
            node.put("partition", letter.partition());
        }
        if (letter.offset() != null) {
            node.put("offset", letter.offset());
        }
        node.put("consumer", letter.consumer());
        node.put("reason", letter.reason().name());
        node.put("detail", letter.detail());
        if (letter.payload() != null) {
            node.put("payload", Base64.getEncoder().encodeToString(letter.payload()));
        }
        if (letter.key() != null) {
            node.put("key", letter.key());
        }
        if (letter.jobId() != null) {
            node.put("jobId", letter.jobId().toString());
        }
        if (letter.line() != null) {
            node.put("line", letter.line());
        }
        node.put("failedAt", letter.failedAt().toString());
        return json.writeValueAsBytes(node);
    }

    private synchronized Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = clients.producer("vaardig-dead-letters-" + properties.instanceId());
        }
        return producer;
    }

    private synchronized void reset() {
        if (producer != null) {
            try {
                producer.close(java.time.Duration.ofSeconds(1));
            } catch (RuntimeException ignored) {
                // discarded either way
            }
            producer = null;
        }
    }

    @Override
    public void close() {
        reset();
    }
}
