package nl.vaardig.web.team.outlook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.taxonomy.model.SkillUri;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Tables team_outlook, team_outlook_invitation and team_outlook_answer (V80). Every read names the organisation. */
@Repository
class TeamOutlookStore {

    private static final String OUTLOOK = "select o.id, o.organisation, o.name, o.region, o.skills::text, o.created_at "
            + "from team_outlook o ";
    private static final String INVITATION = "select i.id, i.outlook_id, i.email, i.created_at, i.expires_at, "
            + "i.revoked_at, i.consented_at from team_outlook_invitation i ";

    private final JdbcClient jdbc;
    private final JsonMapper json = EnvelopeCodec.mapper();

    TeamOutlookStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(TeamOutlook o, String createdBy) {
        jdbc.sql("insert into team_outlook (id, organisation, name, region, skills, created_by, created_at) "
                        + "values (?, ?, ?, ?, ?::jsonb, ?, ?)")
                .params(o.id(), o.organisation(), o.name(), o.region(),
                        json.writeValueAsString(o.skills().stream().map(SkillUri::value).toList()), createdBy,
                        Timestamp.from(o.createdAt()))
                .update();
    }

    List<TeamOutlook> ofOrganisation(String organisation) {
        return jdbc.sql(OUTLOOK + "where o.organisation = ? order by o.created_at desc, o.id").param(organisation)
                .query(this::outlook).list();
    }

    Optional<TeamOutlook> find(String organisation, UUID id) {
        return jdbc.sql(OUTLOOK + "where o.organisation = ? and o.id = ?").params(organisation, id)
                .query(this::outlook).optional();
    }

    boolean delete(String organisation, UUID id) {
        return jdbc.sql("delete from team_outlook where organisation = ? and id = ?").params(organisation, id).update() > 0;
    }

    /** Inserts a live invitation; false when the address already has one for this outlook. */
    boolean insertInvitation(OutlookInvitation i, String tokenSha256) {
        return jdbc.sql("insert into team_outlook_invitation (id, outlook_id, email, token_sha256, created_at, expires_at) "
                        + "values (?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(i.id(), i.outlookId(), i.email(), tokenSha256, Timestamp.from(i.createdAt()),
                        Timestamp.from(i.expiresAt()))
                .update() == 1;
    }

    List<OutlookInvitation> invitations(UUID outlookId) {
        return jdbc.sql(INVITATION + "where i.outlook_id = ? order by i.created_at, lower(i.email)").param(outlookId)
                .query(TeamOutlookStore::invitation).list();
    }

    /** Revokes a live invitation of this outlook and deletes its answers; false when there is none. */
    boolean revoke(UUID outlookId, UUID invitationId, Instant now) {
        int changed = jdbc.sql("update team_outlook_invitation set revoked_at = ?, consented_at = null "
                        + "where id = ? and outlook_id = ? and revoked_at is null")
                .params(Timestamp.from(now), invitationId, outlookId).update();
        if (changed > 0) {
            deleteAnswers(invitationId);
        }
        return changed > 0;
    }

    /** The invitation behind a token, with its outlook, unless it was revoked (expired ones are returned). */
    Optional<OutlookInvitation> byToken(String tokenSha256) {
        return jdbc.sql(INVITATION + "where i.token_sha256 = ? and i.revoked_at is null").param(tokenSha256)
                .query(TeamOutlookStore::invitation).optional();
    }

    Optional<TeamOutlook> outlookOf(OutlookInvitation invitation) {
        return jdbc.sql(OUTLOOK + "where o.id = ?").param(invitation.outlookId()).query(this::outlook).optional();
    }

    List<WorkerAnswer> answers(UUID invitationId) {
        return jdbc.sql("select skill, does_it, can_do_it, wants_to_learn, gives_energy from team_outlook_answer "
                        + "where invitation_id = ? order by skill")
                .param(invitationId).query(TeamOutlookStore::answer).list();
    }

    /** Replaces the worker's answers and records the consent, in one transaction of the caller. */
    void saveAnswers(UUID invitationId, List<WorkerAnswer> answers, Instant now) {
        deleteAnswers(invitationId);
        for (WorkerAnswer a : answers) {
            jdbc.sql("insert into team_outlook_answer (invitation_id, skill, does_it, can_do_it, wants_to_learn, "
                            + "gives_energy) values (?, ?, ?, ?, ?, ?)")
                    .params(invitationId, a.skill().value(), a.doesIt(), a.canDoIt(), a.wantsToLearn(), a.givesEnergy())
                    .update();
        }
        jdbc.sql("update team_outlook_invitation set consented_at = ? where id = ?").params(Timestamp.from(now), invitationId)
                .update();
    }

    /** Withdrawal: the answers are deleted and the consent is gone; the link stays usable to answer again. */
    void withdraw(UUID invitationId) {
        deleteAnswers(invitationId);
        jdbc.sql("update team_outlook_invitation set consented_at = null where id = ?").param(invitationId).update();
    }

    /** The answers of every worker who consented, one list per worker; revoked invitations hold none. */
    List<List<WorkerAnswer>> consentedAnswers(UUID outlookId) {
        Map<UUID, List<WorkerAnswer>> byWorker = new LinkedHashMap<>();
        jdbc.sql("select a.invitation_id, a.skill, a.does_it, a.can_do_it, a.wants_to_learn, a.gives_energy "
                        + "from team_outlook_answer a join team_outlook_invitation i on i.id = a.invitation_id "
                        + "where i.outlook_id = ? and i.revoked_at is null and i.consented_at is not null "
                        + "order by a.invitation_id, a.skill")
                .param(outlookId)
                .query(rs -> {
                    byWorker.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new WorkerAnswer(new SkillUri(rs.getString(2)), rs.getBoolean(3), rs.getBoolean(4),
                                    rs.getBoolean(5), rs.getBoolean(6)));
                });
        return List.copyOf(byWorker.values());
    }

    private void deleteAnswers(UUID invitationId) {
        jdbc.sql("delete from team_outlook_answer where invitation_id = ?").param(invitationId).update();
    }

    private TeamOutlook outlook(ResultSet rs, int n) throws SQLException {
        List<SkillUri> skills = new ArrayList<>();
        for (JsonNode s : json.readTree(rs.getString(5))) {
            skills.add(new SkillUri(s.asString()));
        }
        return new TeamOutlook(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), skills,
                rs.getTimestamp(6).toInstant());
    }

    private static OutlookInvitation invitation(ResultSet rs, int n) throws SQLException {
        return new OutlookInvitation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(), instant(rs.getTimestamp(6)),
                instant(rs.getTimestamp(7)));
    }

    private static WorkerAnswer answer(ResultSet rs, int n) throws SQLException {
        return new WorkerAnswer(new SkillUri(rs.getString(1)), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4),
                rs.getBoolean(5));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static String normalisedEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
