package nl.vaardig.ingest.deadletter;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.ingest.event.Topic;
import nl.vaardig.ingest.kafka.AcknowledgedSender;
import nl.vaardig.ingest.kafka.EventsProperties;
import nl.vaardig.ingest.kafka.KafkaClients;
import org.apache.kafka.clients.producer.ProducerRecord;
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

    private final AcknowledgedSender sender;
    private final JsonMapper json = EnvelopeCodec.mapper();

    public DeadLetterPublisher(KafkaClients clients, EventsProperties properties) {
        this.sender = new AcknowledgedSender(clients, "vaardig-dead-letters-" + properties.instanceId(),
                "dead letters not acknowledged: ");
    }

    public void publish(List<DeadLetter> letters) {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>(letters.size());
        for (DeadLetter letter : letters) {
            records.add(new ProducerRecord<>(Topic.DEAD_LETTER.topicName(), letter.id().toString(), encode(letter)));
        }
        sender.sendAll(records);
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

    @Override
    public void close() {
        sender.close();
    }
}
