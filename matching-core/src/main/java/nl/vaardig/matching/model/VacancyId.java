package nl.vaardig.matching.model;

import java.util.UUID;

/** Pseudonymous id of a vacancy: a UUID, never a name or an e-mail address. */
public record VacancyId(UUID value) {

    public VacancyId {
        PseudonymousId.require(value, "VacancyId");
    }

    public static VacancyId random() {
        return new VacancyId(UUID.randomUUID());
    }

    public static VacancyId parse(String text) {
        return new VacancyId(PseudonymousId.parse(text, "VacancyId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
