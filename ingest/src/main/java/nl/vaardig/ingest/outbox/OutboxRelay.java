package nl.vaardig.ingest.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.ingest.event.RegionPartitioning;
import nl.vaardig.ingest.event.Topic;
import nl.vaardig.ingest.kafka.AcknowledgedSender;
import nl.vaardig.ingest.kafka.Backoff;
import nl.vaardig.ingest.kafka.EventsProperties;
import nl.vaardig.ingest.kafka.KafkaClients;
import nl.vaardig.ingest.kafka.TopicSetup;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes outbox rows to Kafka in commit order and deletes them once the broker has acknowledged them
 * (acks=all). Rows are locked with {@code FOR UPDATE SKIP LOCKED}, so several app instances can relay side by
 * side without publishing a row twice in the normal case. After a crash between the broker's acknowledgement
 * and the delete, a row is published again: delivery is at-least-once and consumers de-duplicate on event id.
 */
@Component
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String SELECT = "select seq, topic, kafka_key, region, payload from event_outbox "
            + "order by seq limit ? for update skip locked";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final AcknowledgedSender sender;
    private final EventsProperties properties;
    private final RelayThread thread;
    private final Backoff backoff = new Backoff();
    private final AtomicLong published = new AtomicLong();

    public OutboxRelay(JdbcTemplate jdbc, TransactionTemplate transactions, KafkaClients clients,
                       EventsProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.sender = new AcknowledgedSender(clients, "vaardig-outbox-relay-" + properties.instanceId(),
                "Kafka did not acknowledge: ");
        this.properties = properties;
        this.thread = new RelayThread("vaardig-outbox-relay", properties.relayIdle());
    }

    /** Called after a commit that appended events: publish now instead of at the next idle tick. */
    public void wakeUp() {
        thread.wakeUp();
    }

    /** Events this instance has published since start. */
    public long publishedCount() {
        return published.get();
    }

    /** Rows waiting in the outbox (all instances). */
    public long backlog() {
        Long count = jdbc.queryForObject("select count(*) from event_outbox", Long.class);
        return count == null ? 0 : count;
    }

    /** A full batch means more rows may be waiting: the next round starts at once. */
    private boolean round() {
        int sent = relayOnce();
        backoff.reset();
        return sent >= properties.relayBatchSize();
    }

    private long pauseAfter(RuntimeException failure) {
        long pause = backoff.next();
        log.warn("Outbox relay could not publish ({}); retrying in {} ms", failure.getMessage(), pause);
        sender.reset();
        return pause;
    }

    /** One round: lock a batch, send it, wait for every acknowledgement, delete it. Returns rows published. */
    int relayOnce() {
        Integer count = transactions.execute(status -> {
            List<Row> rows = jdbc.query(SELECT, (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                    rs.getString(4), rs.getBytes(5)), properties.relayBatchSize());
            if (rows.isEmpty()) {
                return 0;
            }
            List<ProducerRecord<String, byte[]>> records = new ArrayList<>(rows.size());
            for (Row row : rows) {
                Topic topic = Topic.byName(row.topic());
                RecordHeaders headers = new RecordHeaders();
                if (row.payload() != null) {
                    headers.add("content-type", EnvelopeCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                }
                if (row.region() != null) {
                    headers.add("vaardig-region", row.region().getBytes(StandardCharsets.UTF_8));
                }
                int partition = RegionPartitioning.partitionFor(row.region(), row.key(), topic.partitions());
                records.add(new ProducerRecord<>(row.topic(), partition, row.key(), row.payload(), headers));
            }
            sender.sendAll(records);
            Long[] seqs = rows.stream().map(Row::seq).toArray(Long[]::new);
            jdbc.update(con -> {
                var statement = con.prepareStatement("delete from event_outbox where seq = any(?)");
                statement.setArray(1, con.createArrayOf("bigint", seqs));
                return statement;
            });
            return rows.size();
        });
        int sent = count == null ? 0 : count;
        published.addAndGet(sent);
        return sent;
    }

    @Override
    public void start() {
        if (properties.enabled()) {
            thread.start(this::round, this::pauseAfter);
        }
    }

    @Override
    public void stop() {
        thread.stop();
        sender.reset();
    }

    @Override
    public boolean isRunning() {
        return thread.isRunning();
    }

    @Override
    public int getPhase() {
        return TopicSetup.PHASE + 10;
    }

    private record Row(long seq, String topic, String key, String region, byte[] payload) {
    }
}
