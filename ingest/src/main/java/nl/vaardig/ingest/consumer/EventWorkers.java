package nl.vaardig.ingest.consumer;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vaardig.ingest.deadletter.DeadLetterPublisher;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.ingest.event.Topic;
import nl.vaardig.ingest.kafka.EventsProperties;
import nl.vaardig.ingest.kafka.KafkaClients;
import nl.vaardig.ingest.kafka.TopicSetup;
import nl.vaardig.ingest.lifecycle.StartStep;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Starts one worker per {@link EventHandler} bean (plus the dead-letter store) after the topics exist. */
@Component
public class EventWorkers extends StartStep {

    /**
     * Decoded records kept for the other consumers of their topic: about two polls' worth of the busiest topic for
     * each of its readers (vacancy events, ~2-5 kB each with the decoded copy).
     */
    static final int SHARED_DECODES = 8_192;

    private final Map<String, EventWorker> workers = new LinkedHashMap<>();
    private final SharedDecodes decodes;
    private final EventsProperties properties;
    private final IdempotentConsumer idempotency;

    public EventWorkers(List<EventHandler> handlers, KafkaClients clients, EventsProperties properties,
                        IdempotentConsumer idempotency, DeadLetterPublisher deadLetters, JdbcTemplate jdbc,
                        TransactionTemplate transactions) {
        super(TopicSetup.PHASE + 20);
        this.properties = properties;
        this.idempotency = idempotency;
        EnvelopeCodec codec = new EnvelopeCodec(properties.maxRecordBytes());
        this.decodes = new SharedDecodes(codec::decode, SHARED_DECODES);
        Map<String, Integer> readers = new HashMap<>();
        for (EventHandler handler : handlers) {
            handler.topics().forEach(topic -> readers.merge(topic.topicName(), 1, Integer::sum));
        }
        RecordDecoder decoder = record -> decodes.decode(record.topic(), record.partition(), record.offset(),
                record.value(), readers.getOrDefault(record.topic(), 1));
        for (EventHandler handler : handlers) {
            if (!handler.name().matches("[a-z0-9.-]{3,100}")) {
                throw new IllegalArgumentException("Consumer name must be lower case, digits, '.', '-': " + handler.name());
            }
            RecordProcessor processor = new EnvelopeProcessor(handler, decoder, idempotency, deadLetters, transactions,
                    properties.retryAttempts(), Clock.systemUTC());
            add(new EventWorker(handler.name(), handler.topics(), handler.delivery(), properties.instanceId(),
                    processor, clients, handler::rebuild));
        }
        add(new EventWorker(DeadLetterStore.NAME, Set.of(Topic.DEAD_LETTER), EventHandler.Delivery.SHARED,
                properties.instanceId(), new DeadLetterStore(jdbc, transactions), clients, offsets -> { }));
    }

    private void add(EventWorker worker) {
        if (workers.putIfAbsent(worker.name(), worker) != null) {
            throw new IllegalStateException("Two event handlers are called " + worker.name());
        }
    }

    /** A worker by consumer name (monitoring and tests). */
    public EventWorker worker(String name) {
        EventWorker worker = workers.get(name);
        if (worker == null) {
            throw new IllegalArgumentException("No event worker " + name + "; there are " + workers.keySet());
        }
        return worker;
    }

    /** Records decoded by the workers / answered with another worker's decode (monitoring and the ingest bench). */
    public long[] decodesAndSharedHits() {
        return new long[] {decodes.decodes(), decodes.hits()};
    }

    public List<EventWorker> all() {
        return List.copyOf(workers.values());
    }

    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT10M")
    void forgetOldProcessedIds() {
        idempotency.forgetOlderThan(properties.processedRetention());
    }

    @Override
    protected void onStart() {
        if (properties.enabled()) {
            workers.values().forEach(EventWorker::start);
        }
    }

    @Override
    protected void onStop() {
        workers.values().forEach(EventWorker::stop);
    }
}
