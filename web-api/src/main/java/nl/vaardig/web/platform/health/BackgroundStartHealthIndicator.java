package nl.vaardig.web.platform.health;

import nl.vaardig.taxonomy.TaxonomyRuntime;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * What the platform still builds after it is ready: the typeahead (the suggest box answers 503 with Retry-After until
 * then). {@code STARTING} while it is being built, {@code UP} once it is there, {@code DOWN} if its build failed. Not
 * part of the readiness group, and a status the aggregate ignores: the rest of the platform serves meanwhile.
 */
@Component("backgroundStart")
public class BackgroundStartHealthIndicator extends AbstractHealthIndicator {

    static final Status STARTING = new Status("STARTING", "built after ready, still in the making");

    private final TaxonomyRuntime taxonomy;

    public BackgroundStartHealthIndicator(TaxonomyRuntime taxonomy) {
        super("Background start check failed");
        this.taxonomy = taxonomy;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (taxonomy.typeaheadIfBuilt().isPresent()) {
            builder.up().withDetail("typeahead", "built");
        } else {
            builder.status(STARTING).withDetail("typeahead", "building");
        }
    }
}
