package nl.vaardig.web.platform.security;

import java.util.Locale;
import java.util.Optional;

/** The roles a Vaardig user can have; the token's {@code roles} claim carries their names. */
public enum Role {
    JOB_SEEKER,
    JOBCOACH,
    EMPLOYER,
    REGIO_STAFF,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> fromClaim(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String normalised = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Role role : values()) {
            if (role.name().equals(normalised)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
