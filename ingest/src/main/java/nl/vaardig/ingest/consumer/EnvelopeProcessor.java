package nl.vaardig.ingest.consumer;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.vaardig.ingest.deadletter.DeadLetter;
import nl.vaardig.ingest.deadletter.DeadLetterPublisher;
import nl.vaardig.ingest.deadletter.DeadLetterReason;
import nl.vaardig.ingest.event.Decoded;
import nl.vaardig.ingest.event.payload.FeedVacancyReceived;
import nl.vaardig.ingest.kafka.Backoff;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decode → dead-letter the poison → de-duplicate → handle in a transaction, with retries and splitting of a
 * failing batch. See {@link EventHandler} for the contract.
 */
final class EnvelopeProcessor implements RecordProcessor {

    private static final Logger log = LoggerFactory.getLogger(EnvelopeProcessor.class);
    private static final String DEAD_LETTERED = ".dead-lettered";

    private final EventHandler handler;
    private final RecordDecoder decoder;
    private final IdempotentConsumer idempotency;
    private final DeadLetterPublisher deadLetters;
    private final TransactionTemplate transactions;
    private final int attempts;
    private final Clock clock;

    EnvelopeProcessor(EventHandler handler, RecordDecoder decoder, IdempotentConsumer idempotency,
                      DeadLetterPublisher deadLetters, TransactionTemplate transactions, int attempts, Clock clock) {
        this.handler = handler;
        this.decoder = decoder;
        this.idempotency = idempotency;
        this.deadLetters = deadLetters;
        this.transactions = transactions;
        this.attempts = attempts;
        this.clock = clock;
    }

    @Override
    public void process(List<ConsumerRecord<byte[], byte[]>> records, KillSwitch kill) {
        List<ConsumedEvent> events = new ArrayList<>(records.size());
        List<DeadLetter> poison = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            if (record.value() == null) {
                continue; // a tombstone on a compacted topic: the deletion event before it did the work
            }
            switch (decoder.decode(record)) {
                case Decoded.Accepted accepted -> events.add(new ConsumedEvent(accepted.envelope(), record.topic(),
                        record.partition(), record.offset(), record.value()));
                case Decoded.Rejected rejected -> poison.add(letter(record.topic(), record.partition(),
                        record.offset(), key(record), record.value(), rejected.reason(), rejected.detail(), null, null));
            }
        }
        deadLetters.publish(poison);
        handleWithRetries(events, kill, attempts);
    }

    /**
     * The batch in one transaction, tried {@code tries} times; if it keeps failing, each half on its own (once; a
     * single record gets every attempt before it becomes a dead letter). Halving finds a bad record in about
     * log2(batch) transactions, where splitting into single records cost one transaction per record of the batch.
     */
    private void handleWithRetries(List<ConsumedEvent> events, KillSwitch kill, int tries) {
        if (events.isEmpty()) {
            return;
        }
        RuntimeException last = null;
        for (int attempt = 1; attempt <= tries; attempt++) {
            try {
                runInTransaction(events, kill);
                return;
            } catch (EventWorker.Killed e) {
                throw e;
            } catch (RuntimeException e) {
                if (DatabaseOutage.is(e)) {
                    throw e; // the database is away: nothing to split or dead-letter; the worker retries the batch
                }
                last = e;
                log.warn("{}: batch of {} failed (attempt {}/{}): {}", handler.name(), events.size(), attempt,
                        tries, e.toString());
                if (attempt < tries) {
                    Backoff.sleep(100L * attempt);
                }
            }
        }
        if (events.size() == 1) {
            ConsumedEvent event = events.getFirst();
            deadLetters.publish(List.of(letter(event.topic(), event.partition(), event.offset(),
                    event.envelope().subject(), event.raw(), DeadLetterReason.PROCESSING_FAILED,
                    describe(last), jobOf(event), lineOf(event))));
            recordDeadLettered(event);
            return;
        }
        int half = events.size() / 2;
        for (List<ConsumedEvent> part : List.of(events.subList(0, half), events.subList(half, events.size()))) {
            handleWithRetries(part, kill, part.size() == 1 ? attempts : 1);
        }
    }

    private void runInTransaction(List<ConsumedEvent> events, KillSwitch kill) {
        transactions.executeWithoutResult(status -> {
            idempotency.commitDurably();
            List<ConsumedEvent> fresh = events;
            if (handler.delivery() == EventHandler.Delivery.SHARED) {
                Map<UUID, ConsumedEvent> byId = new LinkedHashMap<>();
                for (ConsumedEvent event : events) {
                    byId.putIfAbsent(event.envelope().id(), event);
                }
                Set<UUID> claimed = idempotency.claim(handler.name(), byId.keySet());
                fresh = byId.values().stream().filter(e -> claimed.contains(e.envelope().id())).toList();
            }
            if (!fresh.isEmpty()) {
                handler.handle(fresh);
            }
            kill.check(EventWorker.KillPoint.BEFORE_COMMIT);
        });
    }

    /**
     * Tells the handler, once per event even when the record comes again after a crash, that it became a dead
     * letter (a feed job counts it as failed). The claim uses its own consumer name, so a re-driven copy of the
     * event is still processed.
     */
    private void recordDeadLettered(ConsumedEvent event) {
        transactions.executeWithoutResult(status -> {
            idempotency.commitDurably();
            if (!idempotency.claim(handler.name() + DEAD_LETTERED, List.of(event.envelope().id())).isEmpty()) {
                handler.deadLettered(event);
            }
        });
    }

    private DeadLetter letter(String topic, int partition, long offset, String key, byte[] payload,
                              DeadLetterReason reason, String detail, UUID jobId, Long line) {
        // the same record dead-lettered twice (after a crash) gets the same id, so it is stored once
        UUID id = UUID.nameUUIDFromBytes((handler.name() + "|" + topic + "|" + partition + "|" + offset)
                .getBytes(StandardCharsets.UTF_8));
        return new DeadLetter(id, topic, partition, offset, handler.name(), reason, detail, payload, key, jobId,
                line, clock.instant());
    }

    private static String key(ConsumerRecord<byte[], byte[]> record) {
        return record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
    }

    private static UUID jobOf(ConsumedEvent event) {
        return event.payload() instanceof FeedVacancyReceived feed ? feed.jobId() : null;
    }

    private static Long lineOf(ConsumedEvent event) {
        return event.payload() instanceof FeedVacancyReceived feed && feed.line() > 0 ? feed.line() : null;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
