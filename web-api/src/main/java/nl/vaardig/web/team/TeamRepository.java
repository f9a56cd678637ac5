package nl.vaardig.web.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.taxonomy.model.SkillUri;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The team_roster table: one JSON list of roles per organisation, with a version for optimistic locking. */
@Repository
class TeamRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json = EnvelopeCodec.mapper();

    TeamRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TeamRoster> find(String organisation) {
        return jdbc.sql("select roles::text, version from team_roster where organisation = ?").param(organisation)
                .query((rs, n) -> new TeamRoster(organisation, roles(rs.getString(1)), rs.getLong(2))).optional();
    }

    /** Saves the roles if the stored version is still {@code expected} (0: none stored yet); false otherwise. */
    boolean save(String organisation, List<TeamRole> roles, long expected) {
        String body = json.writeValueAsString(roles.stream().map(r -> Map.of("name", r.name(), "headcount", r.headcount(),
                "skills", r.skills().stream().map(SkillUri::value).toList())).toList());
        if (expected == 0) {
            return jdbc.sql("insert into team_roster (organisation, roles, version) values (?, ?::jsonb, 1) "
                    + "on conflict (organisation) do nothing").params(organisation, body).update() == 1;
        }
        return jdbc.sql("update team_roster set roles = ?::jsonb, version = version + 1, updated_at = now() "
                + "where organisation = ? and version = ?").params(body, organisation, expected).update() == 1;
    }

    private List<TeamRole> roles(String text) {
        List<TeamRole> out = new ArrayList<>();
        for (JsonNode r : json.readTree(text)) {
            out.add(new TeamRole(r.get("name").asString(), r.get("headcount").asInt(),
                    r.get("skills").valueStream().map(s -> new SkillUri(s.asString())).toList()));
        }
        return out;
    }
}
