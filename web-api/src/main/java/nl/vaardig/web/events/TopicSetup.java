package nl.vaardig.web.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import nl.vaardig.ingest.event.Topic;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Creates Vaardig's topics with their contract settings (partitions, compaction, retention) when they are
 * missing. Runs before the relay and the workers start (lifecycle phase).
 */
@Component
public class TopicSetup implements SmartLifecycle {

    static final int PHASE = Integer.MAX_VALUE - 2000;
    private static final Logger log = LoggerFactory.getLogger(TopicSetup.class);

    private final KafkaClients clients;
    private final EventsProperties properties;
    private volatile boolean running;

    public TopicSetup(KafkaClients clients, EventsProperties properties) {
        this.clients = clients;
        this.properties = properties;
    }

    @Override
    public void start() {
        if (properties.enabled() && properties.createTopics()) {
            createMissingTopics();
        }
        running = true;
    }

    void createMissingTopics() {
        try (Admin admin = clients.admin()) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (Topic topic : Topic.values()) {
                if (!existing.contains(topic.topicName())) {
                    missing.add(new NewTopic(topic.topicName(), topic.partitions(), properties.replicationFactor())
                            .configs(topic.configs()));
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e; // another instance may have created them at the same moment: fine
                }
            }
            log.info("Created Kafka topics {}", missing.stream().map(NewTopic::name).toList());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating Kafka topics", e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not create Vaardig's Kafka topics", e);
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
