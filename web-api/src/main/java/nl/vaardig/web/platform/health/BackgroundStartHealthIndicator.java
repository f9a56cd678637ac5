package nl.vaardig.web.platform.health;

import java.util.Locale;
import java.util.Map;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * What the platform still builds or loads after it is ready: the typeahead (the suggest box answers 503 with
 * Retry-After until then) and the {@link BackgroundWork} parts (the demo data of a first start). {@code STARTING}
 * while one of them is under way, {@code UP} once all are there, {@code DOWN} if one failed. Not part of the readiness
 * group, and a status the aggregate ignores: the rest of the platform serves meanwhile.
 */
@Component("backgroundStart")
public class BackgroundStartHealthIndicator extends AbstractHealthIndicator {

    static final Status STARTING = new Status("STARTING", "built after ready, still in the making");

    private final TaxonomyRuntime taxonomy;
    private final BackgroundWork work;

    public BackgroundStartHealthIndicator(TaxonomyRuntime taxonomy, BackgroundWork work) {
        super("Background start check failed");
        this.taxonomy = taxonomy;
        this.work = work;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean typeaheadBuilt = taxonomy.typeaheadIfBuilt().isPresent(); // a failed build throws: DOWN
        Map<String, BackgroundWork.State> parts = work.parts();
        if (parts.containsValue(BackgroundWork.State.FAILED)) {
            builder.down();
        } else if (!typeaheadBuilt || parts.containsValue(BackgroundWork.State.RUNNING)) {
            builder.status(STARTING);
        } else {
            builder.up();
        }
        builder.withDetail("typeahead", typeaheadBuilt ? "built" : "building");
        parts.forEach((part, state) -> builder.withDetail(part, state.name().toLowerCase(Locale.ROOT)));
    }
}
