package nl.vaardig.web.badge;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The imported badges of a profile and the ESCO skills each is aligned to (tables seeker_badge, seeker_badge_skill). */
@Component
class BadgeStore {

    record Row(UUID id, String spec, String container, String name, String issuer, String issuedOn, String sourceId,
               String verificationReason, Instant importedAt, List<String> skillUris) {
    }

    private final JdbcClient jdbc;

    BadgeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID profileId, OpenBadge badge, BadgeFile.Container container, String document) {
        jdbc.sql("insert into seeker_badge (id, profile_id, spec, container, name, issuer, issued_on, source_id, "
                        + "verification_reason, document) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, profileId, badge.spec().name(), container.name(), badge.name(), badge.issuer(), badge.issuedOn(),
                        badge.sourceId(), badge.verificationReason().name(), document)
                .update();
        for (String uri : badge.escoSkillUris()) {
            jdbc.sql("insert into seeker_badge_skill (badge_id, skill_uri) values (?, ?)").params(id, uri).update();
        }
    }

    boolean exists(UUID profileId, String sourceId) {
        return sourceId != null && jdbc.sql("select count(*) from seeker_badge where profile_id = ? and source_id = ?")
                .params(profileId, sourceId).query(Long.class).single() > 0;
    }

    /** The profile's badges, newest first. */
    List<Row> list(UUID profileId) {
        return jdbc.sql("select b.id, b.spec, b.container, b.name, b.issuer, b.issued_on, b.source_id, b.verification_reason, "
                        + "b.imported_at, coalesce(array_agg(s.skill_uri order by s.skill_uri) filter (where s.skill_uri is not null), '{}') "
                        + "from seeker_badge b left join seeker_badge_skill s on s.badge_id = b.id where b.profile_id = ? "
                        + "group by b.id order by b.imported_at desc, b.id")
                .param(profileId)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant(),
                        List.of((String[]) rs.getArray(10).getArray())))
                .list();
    }

    Optional<Row> find(UUID profileId, UUID id) {
        return list(profileId).stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The badge document as imported (JSON), for the person's own export. */
    Optional<String> document(UUID profileId, UUID id) {
        return jdbc.sql("select document from seeker_badge where profile_id = ? and id = ?").params(profileId, id)
                .query(String.class).optional();
    }

    /** Only a badge of this profile: another person's id deletes nothing. */
    boolean delete(UUID profileId, UUID id) {
        return jdbc.sql("delete from seeker_badge where profile_id = ? and id = ?").params(profileId, id).update() == 1;
    }

    Set<String> profileSkills(UUID profileId) {
        return Set.copyOf(jdbc.sql("select skill_uri from candidate_skill where profile_id = ?").param(profileId)
                .query(String.class).list());
    }
}
