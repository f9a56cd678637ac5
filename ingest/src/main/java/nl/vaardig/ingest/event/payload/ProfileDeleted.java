package nl.vaardig.ingest.event.payload;

import java.util.UUID;

/**
 * A person deleted their account. Every consumer forgets the profile id; the producer follows this event
 * with a tombstone on the profile topic so compaction removes the person's earlier events.
 */
public record ProfileDeleted(UUID profileId, String region) implements EventPayload {
    public ProfileDeleted {
        Payloads.id(profileId, "profileId");
        Payloads.optionalRegion(region);
    }

    @Override
    public String subject() {
        return profileId.toString();
    }
}
