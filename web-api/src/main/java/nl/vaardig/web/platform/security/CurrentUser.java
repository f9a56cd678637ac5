package nl.vaardig.web.platform.security;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The authenticated person as the API sees them, taken from a validated access token: a stable
 * pseudonymous subject, display data, roles, and the arbeidsmarktregio's they work for.
 */
public record CurrentUser(String subject, String username, String name, Set<Role> roles,
                          Set<String> regions, String organisation) {

    private static final Pattern REGION_CODE = Pattern.compile("AM\\d{2}");

    public CurrentUser {
        Objects.requireNonNull(subject, "subject");
        if (subject.isBlank()) {
            throw new IllegalArgumentException("subject must not be blank");
        }
        roles = Set.copyOf(roles);
        regions = Set.copyOf(regions);
        for (String region : regions) {
            if (!REGION_CODE.matcher(region).matches()) {
                throw new IllegalArgumentException("Not an arbeidsmarktregio code: " + region);
            }
        }
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
