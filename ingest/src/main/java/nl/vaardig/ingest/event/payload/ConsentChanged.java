package nl.vaardig.ingest.event.payload;

import java.util.Set;
import java.util.UUID;

/** The consents a person gives now (the complete set, not a delta). */
public record ConsentChanged(UUID profileId, String region, Set<Scope> granted) implements EventPayload {

    /** What a person can consent to. */
    public enum Scope { MATCHING, COACH_CONTACT, EMPLOYER_VISIBLE, STATISTICS }

    public ConsentChanged {
        Payloads.id(profileId, "profileId");
        Payloads.optionalRegion(region);
        granted = Set.copyOf(granted);
    }

    @Override
    public String subject() {
        return profileId.toString();
    }
}
