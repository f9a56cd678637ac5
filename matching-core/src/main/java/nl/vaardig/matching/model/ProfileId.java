package nl.vaardig.matching.model;

import java.util.UUID;

/** Pseudonymous id of a profile: a UUID, never a name or an e-mail address. */
public record ProfileId(UUID value) {

    public ProfileId {
        PseudonymousId.require(value, "ProfileId");
    }

    public static ProfileId random() {
        return new ProfileId(UUID.randomUUID());
    }

    public static ProfileId parse(String text) {
        return new ProfileId(PseudonymousId.parse(text, "ProfileId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
