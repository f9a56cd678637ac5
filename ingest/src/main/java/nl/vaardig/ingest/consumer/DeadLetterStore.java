package nl.vaardig.ingest.consumer;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import nl.vaardig.ingest.deadletter.DeadLetter;
import nl.vaardig.ingest.deadletter.DeadLetterReason;
import nl.vaardig.ingest.event.EnvelopeCodec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the dead-letter topic into the {@code dead_letter} table, where administrators inspect and re-drive
 * them. Idempotent by dead-letter id. A record on the topic that is not one of ours is kept too, as is.
 */
final class DeadLetterStore implements RecordProcessor {

    static final String NAME = "vaardig.dead-letter-store";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json = EnvelopeCodec.mapper();

    DeadLetterStore(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void process(List<ConsumerRecord<byte[], byte[]>> records, KillSwitch kill) {
        List<DeadLetter> letters = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            letters.add(read(record));
        }
        transactions.executeWithoutResult(status -> {
            jdbc.execute(IdempotentConsumer.DURABLE_COMMIT); // the offsets move on once this commits
            jdbc.batchUpdate("insert into dead_letter (id, source_topic, source_partition, source_offset, consumer, "
                    + "reason, detail, payload, kafka_key, job_id, line, failed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    + "?, ?, ?) on conflict (id) do nothing", letters, 500, (ps, l) -> {
                        ps.setObject(1, l.id());
                        ps.setString(2, l.sourceTopic());
                        ps.setObject(3, l.partition());
                        ps.setObject(4, l.offset());
                        ps.setString(5, l.consumer());
                        ps.setString(6, l.reason().name());
                        ps.setString(7, l.detail());
                        ps.setBytes(8, l.payload());
                        ps.setString(9, l.key());
                        ps.setObject(10, l.jobId());
                        ps.setObject(11, l.line());
                        ps.setTimestamp(12, Timestamp.from(l.failedAt()));
                    });
        });
    }

    private DeadLetter read(ConsumerRecord<byte[], byte[]> record) {
        try {
            JsonNode node = json.readTree(record.value());
            return new DeadLetter(UUID.fromString(node.get("id").asString()), node.get("sourceTopic").asString(),
                    node.has("partition") ? node.get("partition").asInt() : null,
                    node.has("offset") ? node.get("offset").asLong() : null,
                    node.get("consumer").asString(), DeadLetterReason.valueOf(node.get("reason").asString()),
                    node.path("detail").asString(""),
                    node.has("payload") ? Base64.getDecoder().decode(node.get("payload").asString()) : null,
                    node.has("key") ? node.get("key").asString() : null,
                    node.has("jobId") ? UUID.fromString(node.get("jobId").asString()) : null,
                    node.has("line") ? node.get("line").asLong() : null,
                    Instant.parse(node.get("failedAt").asString()));
        } catch (RuntimeException e) {
            UUID id = UUID.nameUUIDFromBytes((NAME + "|" + record.partition() + "|" + record.offset())
                    .getBytes(StandardCharsets.UTF_8));
            return new DeadLetter(id, record.topic(), record.partition(), record.offset(), NAME,
                    DeadLetterReason.BAD_JSON, "not a Vaardig dead letter: " + e.getMessage(), record.value(), null,
                    null, null, Instant.ofEpochMilli(record.timestamp()));
        }
    }
}
