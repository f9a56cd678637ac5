package nl.vaardig.ingest.kafka;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Begins {@link TopicSetup}'s work early in the start, before the demo data seeding (phase {@code MAX - 3000}), so
 * that creating the partitions and electing their leaders overlaps with it instead of following it.
 */
@Component
class TopicSetupInBackground implements SmartLifecycle {

    static final int PHASE = Integer.MAX_VALUE - 4000;

    private final TopicSetup topics;
    private final EventsProperties properties;
    private volatile boolean running;

    TopicSetupInBackground(TopicSetup topics, EventsProperties properties) {
        this.topics = topics;
        this.properties = properties;
    }

    @Override
    public void start() {
        if (properties.enabled() && properties.createTopics()) {
            topics.begin();
        }
        running = true;
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
