package nl.vaardig.matching.model;

import java.util.UUID;

/**
 * Shared rule of the typed ids: a random (version 4) UUID, so an id never carries personal data and can travel in
 * events and indexes. Every id type validates through here.
 */
final class PseudonymousId {

    private PseudonymousId() {
    }

    static UUID require(UUID value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        return value;
    }

    static UUID parse(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " must be a UUID, was '" + text + "'", e);
        }
    }
}
