package nl.vaardig.ingest.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import nl.vaardig.ingest.event.Topic;
import nl.vaardig.ingest.lifecycle.StartStep;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates Vaardig's topics with their contract settings (partitions, compaction, retention) when they are
 * missing, and waits until every partition has a leader. The relay and the workers start after this phase; before
 * the wait, the relay's first sends to just-created partitions drew NOT_LEADER_OR_FOLLOWER retries, out-of-order
 * sequence errors and REQUEST_TIMED_OUT warnings by the hundred on a first start (issue 16). The work begins in
 * the background at an earlier phase ({@link TopicSetupInBackground}), so the broker creates the partitions while
 * the demo data is seeded; {@link #start()} only waits for it.
 */
@Component
public class TopicSetup extends StartStep {

    public static final int PHASE = Integer.MAX_VALUE - 2000;
    private static final Logger log = LoggerFactory.getLogger(TopicSetup.class);
    private static final Duration LEADER_WAIT = Duration.ofSeconds(120);

    private final KafkaClients clients;
    private final EventsProperties properties;
    private CompletableFuture<Void> setup;

    public TopicSetup(KafkaClients clients, EventsProperties properties) {
        super(PHASE);
        this.clients = clients;
        this.properties = properties;
    }

    @Override
    protected void onStart() {
        if (properties.enabled() && properties.createTopics()) {
            try {
                begin().join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
    }

    /** Starts creating the topics and waiting for their leaders on a thread of its own, once; the same future after. */
    synchronized CompletableFuture<Void> begin() {
        if (setup == null) {
            setup = new CompletableFuture<>();
            Thread.ofPlatform().name("vaardig-topic-setup").daemon().start(() -> {
                try {
                    createMissingTopics();
                    setup.complete(null);
                } catch (RuntimeException e) {
                    setup.completeExceptionally(e);
                }
            });
        }
        return setup;
    }

    void createMissingTopics() {
        long started = System.nanoTime();
        try (Admin admin = clients.admin()) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (Topic topic : Topic.values()) {
                if (!existing.contains(topic.topicName())) {
                    missing.add(new NewTopic(topic.topicName(), topic.partitions(), properties.replicationFactor())
                            .configs(topic.configs()));
                }
            }
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e; // another instance may have created them at the same moment: fine
                    }
                }
            }
            int partitions = awaitLeaders(admin);
            if (!missing.isEmpty()) {
                log.info("Created Kafka topics {}; all {} partitions have a leader after {} ms",
                        missing.stream().map(NewTopic::name).toList(), partitions, (System.nanoTime() - started) / 1_000_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating Kafka topics", e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not create Vaardig's Kafka topics", e);
        }
    }

    /**
     * Polls until every partition has a leader that answers: the metadata names a leader a moment before the broker
     * has taken the partition on, so a partition counts only once its leader answers a list-offsets request (served
     * by the leader replica itself). Returns the number of partitions.
     */
    private static int awaitLeaders(Admin admin) throws Exception {
        List<String> names = Arrays.stream(Topic.values()).map(Topic::topicName).toList();
        long deadline = System.nanoTime() + LEADER_WAIT.toNanos();
        while (true) {
            try {
                Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS);
                boolean allLed = described.values().stream().flatMap(t -> t.partitions().stream())
                        .allMatch(p -> p.leader() != null && !p.leader().isEmpty());
                if (allLed) {
                    Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
                    described.values().forEach(t -> t.partitions().forEach(
                            p -> latest.put(new TopicPartition(t.name(), p.partition()), OffsetSpec.latest())));
                    admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
                    return latest.size();
                }
            } catch (ExecutionException e) {
                // retriable: a just-created topic not yet in the broker's metadata, or a partition not yet led
                if (!(e.getCause() instanceof RetriableException)) {
                    throw e;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Vaardig's Kafka topics have partitions without a leader after " + LEADER_WAIT);
            }
            Thread.sleep(100);
        }
    }
}
