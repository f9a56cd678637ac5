package nl.vaardig.local.embedded;

import org.springframework.context.SmartLifecycle;

/**
 * The first lifecycle phase: no component starts (topic set-up, outbox relay, event workers, web server) before the
 * embedded broker is up. Nothing connects to the broker while the context's beans are built.
 */
final class EmbeddedKafkaStartGate implements SmartLifecycle {

    static final String BEAN_NAME = "vaardigEmbeddedKafkaStartGate";

    private final EmbeddedServerStarts starts;
    private volatile boolean running;

    EmbeddedKafkaStartGate(EmbeddedServerStarts starts) {
        this.starts = starts;
    }

    @Override
    public void start() {
        starts.awaitKafka();
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
        return Integer.MIN_VALUE;
    }
}
