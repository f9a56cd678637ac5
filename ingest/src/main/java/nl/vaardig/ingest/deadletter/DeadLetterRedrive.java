package nl.vaardig.ingest.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.vaardig.ingest.event.Decoded;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.ingest.event.EventCatalogue;
import nl.vaardig.ingest.event.EventEnvelope;
import nl.vaardig.ingest.event.RegionPartitioning;
import nl.vaardig.ingest.event.Topic;
import nl.vaardig.ingest.event.payload.FeedVacancyReceived;
import nl.vaardig.ingest.feed.FeedFormat;
import nl.vaardig.ingest.feed.FeedReader;
import nl.vaardig.ingest.feed.FeedRow;
import nl.vaardig.ingest.feed.RegionResolver;
import nl.vaardig.ingest.kafka.EventsProperties;
import nl.vaardig.ingest.kafka.KafkaClients;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Re-drives a dead letter: its payload (as it was, or as corrected by an administrator) goes back to the topic it
 * came from, and the letter is marked re-driven. A refused feed row (JSON Lines) is read again as a feed record
 * and, when valid now, sent to the feed topic. A payload that is still poison is refused with the reason, and
 * nothing is sent.
 */
@Service
public class DeadLetterRedrive {

    private final DeadLetterQueries queries;
    private final KafkaClients clients;
    private final JdbcClient jdbc;
    private final RegionResolver regions;
    private final EnvelopeCodec codec;
    private final EventsProperties properties;

    public DeadLetterRedrive(DeadLetterQueries queries, KafkaClients clients, JdbcClient jdbc, RegionResolver regions,
                             EventsProperties properties) {
        this.queries = queries;
        this.clients = clients;
        this.jdbc = jdbc;
        this.regions = regions;
        this.properties = properties;
        this.codec = new EnvelopeCodec(properties.maxRecordBytes());
    }

    /** @param correctedPayload replaces the stored payload when not null */
    public void redrive(UUID id, String correctedPayload, String by) {
        DeadLetter letter = queries.find(id).orElseThrow(() -> new UnknownDeadLetterException(id));
        if (queries.redrivenAt(id).orElse(null) != null) {
            throw new IllegalArgumentException("this dead letter was already re-driven");
        }
        byte[] payload = correctedPayload != null ? correctedPayload.getBytes(StandardCharsets.UTF_8) : letter.payload();
        ProducerRecord<String, byte[]> record = letter.fromUpload() ? feedRecord(letter, payload) : eventRecord(letter, payload);
        try (Producer<String, byte[]> producer = clients.producer("vaardig-redrive-" + properties.instanceId())) {
            producer.send(record).get(35, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not take the re-driven record: " + e.getMessage(), e);
        }
        jdbc.sql("update dead_letter set redriven_at = now(), redriven_by = ? where id = ?").params(by, id).update();
    }

    private ProducerRecord<String, byte[]> eventRecord(DeadLetter letter, byte[] payload) {
        Topic topic = Topic.byName(letter.sourceTopic());
        if (codec.decode(payload) instanceof Decoded.Rejected rejected) {
            throw new IllegalArgumentException("Still not processable (" + rejected.reason() + "): " + rejected.detail());
        }
        String region = ((Decoded.Accepted) codec.decode(payload)).envelope().region();
        return new ProducerRecord<>(topic.topicName(),
                RegionPartitioning.partitionFor(region, letter.key(), topic.partitions()), letter.key(), payload);
    }

    private ProducerRecord<String, byte[]> feedRecord(DeadLetter letter, byte[] payload) {
        String feed = letter.sourceTopic().substring("upload:".length());
        FeedRow[] row = new FeedRow[1];
        new FeedReader(feed, regions).read(new java.io.ByteArrayInputStream(payload), FeedFormat.JSON_LINES, r -> row[0] = r);
        if (row[0] == null) {
            throw new IllegalArgumentException("The payload is empty");
        }
        if (row[0] instanceof FeedRow.Invalid invalid) {
            throw new IllegalArgumentException("Still not valid: " + invalid.reason()
                    + " (re-drive takes a corrected JSON line; fix CSV rows in the file and upload them again)");
        }
        FeedVacancyReceived received = new FeedVacancyReceived(letter.jobId(), letter.line() == null ? 0 : letter.line(),
                ((FeedRow.Valid) row[0]).vacancy());
        EventEnvelope<FeedVacancyReceived> envelope = EventCatalogue.envelope(received, EventCatalogue.WEB_API_SOURCE,
                Clock.systemUTC());
        return new ProducerRecord<>(Topic.VACANCY_FEED.topicName(), RegionPartitioning.partitionFor(received.region(),
                received.subject(), Topic.VACANCY_FEED.partitions()), received.subject(), codec.encode(envelope));
    }
}
