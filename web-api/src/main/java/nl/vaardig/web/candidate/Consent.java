package nl.vaardig.web.candidate;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.taxonomy.region.AmrCode;

/**
 * One consent record: who (pseudonymous profile), what, for which regions, when, under which wording; withdrawn
 * when {@code withdrawnAt} is set. Records are kept after withdrawal as proof of what was agreed when.
 */
public record Consent(UUID id, ProfileId profile, ConsentKind kind, Set<AmrCode> regions, Instant givenAt,
                      String wordingVersion, Instant withdrawnAt) {

    public Consent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(givenAt, "givenAt");
        regions = Set.copyOf(regions);
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("a consent names at least one region");
        }
        if (wordingVersion == null || wordingVersion.isBlank()) {
            throw new IllegalArgumentException("a consent records the version of the wording the person agreed to");
        }
        if (withdrawnAt != null && withdrawnAt.isBefore(givenAt)) {
            throw new IllegalArgumentException("a consent cannot be withdrawn before it was given");
        }
    }

    public static Consent given(ProfileId profile, ConsentKind kind, Set<AmrCode> regions, String wordingVersion, Instant at) {
        return new Consent(UUID.randomUUID(), profile, kind, regions, at, wordingVersion, null);
    }

    public boolean active() {
        return withdrawnAt == null;
    }
}
