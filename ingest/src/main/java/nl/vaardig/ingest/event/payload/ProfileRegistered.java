package nl.vaardig.ingest.event.payload;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A job seeker registered a skills profile. Only the pseudonymous profile id, region and day travel. */
public record ProfileRegistered(UUID profileId, String region, LocalDate registeredOn) implements EventPayload {
    public ProfileRegistered {
        Payloads.id(profileId, "profileId");
        Payloads.optionalRegion(region);
        Objects.requireNonNull(registeredOn, "registeredOn");
    }

    @Override
    public String subject() {
        return profileId.toString();
    }
}
