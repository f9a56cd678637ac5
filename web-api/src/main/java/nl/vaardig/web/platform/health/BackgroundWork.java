package nl.vaardig.web.platform.health;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Work the platform does after it is ready (e.g. the demo data of a first start), by name, for the health component
 * {@code backgroundStart}: what is still loading. Thread-safe.
 */
@Component
public class BackgroundWork {

    /** Where one part is. */
    public enum State { RUNNING, DONE, FAILED }

    private final Map<String, State> parts = new ConcurrentHashMap<>();

    public void started(String part) {
        parts.put(Objects.requireNonNull(part, "part"), State.RUNNING);
    }

    public void done(String part) {
        parts.put(Objects.requireNonNull(part, "part"), State.DONE);
    }

    public void failed(String part) {
        parts.put(Objects.requireNonNull(part, "part"), State.FAILED);
    }

    /** Every part started so far and its state, by name. */
    public Map<String, State> parts() {
        return new TreeMap<>(parts);
    }
}
