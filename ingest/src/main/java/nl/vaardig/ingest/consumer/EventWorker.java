package nl.vaardig.ingest.consumer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import nl.vaardig.ingest.event.Topic;
import nl.vaardig.ingest.kafka.Backoff;
import nl.vaardig.ingest.kafka.KafkaClients;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One consumer thread: poll a batch, let the processor deal with every record, then commit the offsets. Any
 * failure (broker gone, database gone, commit refused during a rebalance) closes the consumer without committing
 * and starts a fresh one after a pause, so the uncommitted records come again and idempotency absorbs the repeat.
 */
public final class EventWorker {

    /** Where a simulated crash ({@link #kill}) strikes. */
    public enum KillPoint {
        /** Inside the batch transaction, after the handler ran: the transaction rolls back. */
        BEFORE_COMMIT,
        /** After the transaction committed, before the Kafka offsets are committed: the batch will come again. */
        BEFORE_OFFSET_COMMIT
    }

    private static final Logger log = LoggerFactory.getLogger(EventWorker.class);

    private final String name;
    private final Set<Topic> topics;
    private final EventHandler.Delivery delivery;
    private final String groupId;
    private final RecordProcessor processor;
    private final KafkaClients clients;
    private final Consumer<Map<TopicPartition, Long>> rebuild;
    private final AtomicReference<KillPoint> kill = new AtomicReference<>();
    private final AtomicLong recordsDone = new AtomicLong();
    private final AtomicLong batchesDone = new AtomicLong();
    private final AtomicLong restarts = new AtomicLong();
    private volatile boolean running;
    private volatile Thread thread;
    private volatile org.apache.kafka.clients.consumer.Consumer<byte[], byte[]> consumer;

    EventWorker(String name, Set<Topic> topics, EventHandler.Delivery delivery, String instanceId,
                RecordProcessor processor, KafkaClients clients, Consumer<Map<TopicPartition, Long>> rebuild) {
        this.name = name;
        this.topics = Set.copyOf(topics);
        this.delivery = delivery;
        this.groupId = switch (delivery) {
            case SHARED -> name;
            case PER_INSTANCE -> name + "." + instanceId;
            case REBUILD_ON_START -> null;
        };
        this.processor = processor;
        this.clients = clients;
        this.rebuild = rebuild;
    }

    public String name() {
        return name;
    }

    /** Records handled (processed or dead-lettered) and committed since start. */
    public long recordsDone() {
        return recordsDone.get();
    }

    /** Polled batches handled and committed since start: one transaction and one offset commit each (no retries). */
    public long batchesDone() {
        return batchesDone.get();
    }

    /** How often the consumer was recreated after a failure or kill. */
    public long restarts() {
        return restarts.get();
    }

    public boolean isRunning() {
        return running && thread != null && thread.isAlive();
    }

    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        kill.set(null);
        running = true;
        thread = Thread.ofPlatform().name("vaardig-worker-" + name).daemon().start(this::loop);
    }

    public void stop() {
        running = false;
        var c = consumer;
        if (c != null) {
            c.wakeup();
        }
        join();
    }

    /**
     * Simulates a crash of this consumer at the next batch: the thread stops at {@code point} without committing
     * offsets (and, for {@link KillPoint#BEFORE_COMMIT}, with the batch's transaction rolled back). {@link #start}
     * brings it back; the unfinished batch is then delivered again.
     */
    public void kill(KillPoint point) {
        kill.set(point);
    }

    void join() {
        Thread t = thread;
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loop() {
        Backoff backoff = new Backoff();
        while (running) {
            // earliest also for a new per-instance group: a "latest" reset would skip events produced while the
            // group's first assignment was still under way; handlers store idempotently and push only recent events
            try (var c = clients.consumer(groupId, "vaardig-" + name, "earliest")) {
                consumer = c;
                connect(c);
                backoff.reset();
                while (running) {
                    ConsumerRecords<byte[], byte[]> polled = c.poll(Duration.ofMillis(200));
                    if (polled.isEmpty()) {
                        continue;
                    }
                    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>(polled.count());
                    polled.forEach(records::add);
                    processor.process(records, this::checkKill);
                    checkKill(KillPoint.BEFORE_OFFSET_COMMIT);
                    if (groupId != null) {
                        c.commitSync(nextOffsets(records));
                    }
                    recordsDone.addAndGet(records.size());
                    batchesDone.incrementAndGet();
                }
            } catch (Killed e) {
                log.warn("Worker {} killed at {} (test crash)", name, e.point);
                running = false;
                return;
            } catch (WakeupException e) {
                // stop() asked us to leave
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                restarts.incrementAndGet();
                long pause = backoff.next();
                log.warn("Worker {} failed ({}: {}); reconnecting in {} ms", name, e.getClass().getSimpleName(),
                        e.getMessage(), pause);
                Backoff.sleep(pause);
            } finally {
                consumer = null;
            }
        }
    }

    private void connect(org.apache.kafka.clients.consumer.Consumer<byte[], byte[]> c) {
        List<String> names = topics.stream().map(Topic::topicName).sorted().toList();
        if (groupId != null) {
            c.subscribe(names);
            return;
        }
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : names) {
            for (PartitionInfo info : c.partitionsFor(topic, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        c.assign(partitions);
        Map<TopicPartition, Long> end = c.endOffsets(partitions, Duration.ofSeconds(30));
        rebuild.accept(end);
        end.forEach(c::seek);
    }

    private void checkKill(KillPoint point) {
        if (kill.compareAndSet(point, null)) {
            throw new Killed(point);
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(List<ConsumerRecord<byte[], byte[]>> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            offsets.merge(new TopicPartition(record.topic(), record.partition()),
                    new OffsetAndMetadata(record.offset() + 1),
                    (a, b) -> a.offset() >= b.offset() ? a : b);
        }
        return offsets;
    }

    /** Unwinds the worker thread at a kill point; never escapes it. */
    static final class Killed extends RuntimeException {
        final KillPoint point;

        Killed(KillPoint point) {
            super("killed at " + point, null, false, false);
            this.point = point;
        }
    }
}
