package nl.vaardig.matching.engine;

import java.util.Objects;
import nl.vaardig.matching.model.LearningRoute;

/**
 * A catalogued route with the skills it teaches as the catalogue read them for this very route instance: what a
 * route plan walks for every route on offer, without a look-up by id per route (issue 16: that look-up was a tenth
 * of a route plan's CPU, a cache miss per route).
 */
public record OfferedRoute(LearningRoute route, TaughtSkills taught) {
    public OfferedRoute {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(taught, "taught");
    }
}
