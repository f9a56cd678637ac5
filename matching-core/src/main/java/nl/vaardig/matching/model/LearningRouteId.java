package nl.vaardig.matching.model;

import java.util.UUID;

/** Pseudonymous id of a learning route: a UUID, never a name or an e-mail address. */
public record LearningRouteId(UUID value) {

    public LearningRouteId {
        PseudonymousId.require(value, "LearningRouteId");
    }

    public static LearningRouteId random() {
        return new LearningRouteId(UUID.randomUUID());
    }

    public static LearningRouteId parse(String text) {
        return new LearningRouteId(PseudonymousId.parse(text, "LearningRouteId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
