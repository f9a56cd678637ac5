package nl.vaardig.web.platform.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads Vaardig's claims from a token issued by either the local provider or Keycloak: roles from
 * {@code roles} (Keycloak's {@code realm_access.roles} as fallback), regions from {@code regions}.
 */
public final class TokenClaims {

    private static final Pattern REGION_CODE = Pattern.compile("AM\\d{2}");

    private TokenClaims() {
    }

    public static Set<Role> roles(Jwt jwt) {
        Set<Role> roles = new LinkedHashSet<>();
        strings(jwt.getClaim("roles")).forEach(value -> Role.fromClaim(value).ifPresent(roles::add));
        Object realmAccess = jwt.getClaim("realm_access");
        if (realmAccess instanceof Map<?, ?> map) {
            strings(map.get("roles")).forEach(value -> Role.fromClaim(value).ifPresent(roles::add));
        }
        return roles;
    }

    /** Unknown or malformed region values are ignored rather than trusted. */
    public static Set<String> regions(Jwt jwt) {
        Set<String> regions = new LinkedHashSet<>();
        for (String value : strings(jwt.getClaim("regions"))) {
            String trimmed = value.trim();
            if (REGION_CODE.matcher(trimmed).matches()) {
                regions.add(trimmed);
            }
        }
        return regions;
    }

    public static Collection<GrantedAuthority> authorities(Jwt jwt) {
        return roles(jwt).stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    public static CurrentUser currentUser(Jwt jwt) {
        String username = firstNonBlank(jwt.getClaimAsString("preferred_username"), jwt.getSubject());
        String name = firstNonBlank(jwt.getClaimAsString("name"), username);
        return new CurrentUser(jwt.getSubject(), username, name, roles(jwt), regions(jwt),
                jwt.getClaimAsString("organisation"));
    }

    private static List<String> strings(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        if (claim instanceof String single) {
            return List.of(single.split(","));
        }
        return List.of();
    }

    private static String firstNonBlank(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }
}
