package nl.vaardig.ingest.kafka;

import nl.vaardig.ingest.lifecycle.StartStep;
import org.springframework.stereotype.Component;

/**
 * Begins {@link TopicSetup}'s work early in the start, before the demo data seeding (phase {@code MAX - 3000}), so
 * that creating the partitions and electing their leaders overlaps with it instead of following it.
 */
@Component
class TopicSetupInBackground extends StartStep {

    static final int PHASE = Integer.MAX_VALUE - 4000;

    private final TopicSetup topics;
    private final EventsProperties properties;

    TopicSetupInBackground(TopicSetup topics, EventsProperties properties) {
        super(PHASE);
        this.topics = topics;
        this.properties = properties;
    }

    @Override
    protected void onStart() {
        if (properties.enabled() && properties.createTopics()) {
            topics.begin();
        }
    }
}
