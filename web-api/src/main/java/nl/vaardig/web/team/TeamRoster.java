package nl.vaardig.web.team;

import java.util.List;
import java.util.Objects;

/** An organisation's team as roles, versioned: version 0 means not described yet. */
public record TeamRoster(String organisation, List<TeamRole> roles, long version) {

    public static final int MAX_ROLES = 50;

    public TeamRoster {
        Objects.requireNonNull(organisation, "organisation");
        roles = List.copyOf(roles);
        if (roles.size() > MAX_ROLES) {
            throw new IllegalArgumentException("a team has at most " + MAX_ROLES + " roles");
        }
        if (version < 0) {
            throw new IllegalArgumentException("version is not negative");
        }
    }

    public static TeamRoster empty(String organisation) {
        return new TeamRoster(organisation, List.of(), 0);
    }
}
