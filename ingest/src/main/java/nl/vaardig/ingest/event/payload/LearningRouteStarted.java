package nl.vaardig.ingest.event.payload;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A job seeker started a learning route (route ids come from the route catalogue). */
public record LearningRouteStarted(UUID profileId, String routeId, String region, LocalDate startedOn)
        implements EventPayload {
    public LearningRouteStarted {
        Payloads.id(profileId, "profileId");
        routeId = Payloads.text(routeId, "routeId", 200);
        Payloads.optionalRegion(region);
        Objects.requireNonNull(startedOn, "startedOn");
    }

    @Override
    public String subject() {
        return profileId.toString();
    }
}
