package nl.vaardig.web.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The profile an account owns, read as stored (every column the person may ask about), for the export and the
 * erasure. The matching model ({@code CandidateService.find}) leaves out what matching does not need; the person
 * is owed all of it.
 */
@Component
class OwnProfile {

    record Row(UUID id, String region, Double homeLatitude, Double homeLongitude, Integer hoursMin, Integer hoursMax,
               String occupationUri, boolean synthetic, Instant createdAt, Instant updatedAt, long version) {
    }

    record SkillRow(String skillUri, String level, String evidence, boolean doesIt, boolean canDoIt,
                    boolean wantsToLearn, boolean givesEnergy) {
    }

    record ConsentRow(UUID id, String kind, List<String> regions, Instant givenAt, String wordingVersion,
                      Instant withdrawnAt) {
    }

    record AuditRow(UUID id, Instant at, String actorRole, String actorLabel, String action, String detail) {
    }

    private final JdbcClient jdbc;

    OwnProfile(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> ownedBy(String subject) {
        return row("where owner_subject = ?", subject);
    }

    /** The same, locked against concurrent changes until the transaction ends (erasure). */
    Optional<Row> ownedByForUpdate(String subject) {
        return row("where owner_subject = ? for update", subject);
    }

    private Optional<Row> row(String where, String subject) {
        return jdbc.sql("select id, region, home_latitude, home_longitude, hours_min, hours_max, occupation_uri, synthetic, "
                        + "created_at, updated_at, version from candidate_profile " + where)
                .param(subject)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), (Double) rs.getObject(3),
                        (Double) rs.getObject(4), (Integer) rs.getObject(5), (Integer) rs.getObject(6), rs.getString(7),
                        rs.getBoolean(8), rs.getTimestamp(9).toInstant(), rs.getTimestamp(10).toInstant(), rs.getLong(11)))
                .optional();
    }

    List<SkillRow> skills(UUID profileId) {
        return jdbc.sql("select skill_uri, level, evidence, does_it, can_do_it, wants_to_learn, gives_energy "
                        + "from candidate_skill where profile_id = ? order by skill_uri")
                .param(profileId)
                .query((rs, n) -> new SkillRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7)))
                .list();
    }

    List<ConsentRow> consents(UUID profileId) {
        return jdbc.sql("select id, kind, regions, given_at, wording_version, withdrawn_at from candidate_consent "
                        + "where profile_id = ? order by given_at, kind")
                .param(profileId)
                .query((rs, n) -> new ConsentRow(rs.getObject(1, UUID.class), rs.getString(2),
                        List.of((String[]) rs.getArray(3).getArray()), rs.getTimestamp(4).toInstant(), rs.getString(5),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** Audit lines of the profile, newest first; the actor's subject stays out (it names another account). */
    List<AuditRow> audit(UUID profileId, int limit, int offset) {
        return jdbc.sql("select id, at, actor_role, actor_label, action, detail from audit_entry where profile_id = ? "
                        + "order by at desc, id limit ? offset ?")
                .params(profileId, limit, offset)
                .query((rs, n) -> new AuditRow(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    long auditCount(UUID profileId) {
        return jdbc.sql("select count(*) from audit_entry where profile_id = ?").param(profileId).query(Long.class).single();
    }

    /** Deletes the profile row; the database removes skills, consents, audit lines and every referencing row. */
    boolean delete(UUID profileId) {
        return jdbc.sql("delete from candidate_profile where id = ?").param(profileId).update() == 1;
    }
}
