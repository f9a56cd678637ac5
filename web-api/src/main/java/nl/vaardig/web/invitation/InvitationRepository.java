package nl.vaardig.web.invitation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.vaardig.web.candidate.SharedContact;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The invitation table. Rows ↔ {@link Invitation} here and nowhere else. */
@Repository
class InvitationRepository {

    private static final String COLUMNS = "i.id, i.vacancy_id, i.profile_id, i.organisation, i.region, i.message, "
            + "i.status, i.version, i.sent_at, i.answered_at, i.shared_name, i.shared_email, i.shared_phone";

    /**
     * What an employer may see: answered-and-accepted invitations, and the others only while the person still
     * consents to be found in the vacancy's region (a withdrawal hides them at once, read from the consent table).
     */
    private static final String VISIBLE_TO_EMPLOYER = "(i.status = 'ACCEPTED' or exists (select 1 from candidate_consent c "
            + "where c.profile_id = i.profile_id and c.kind = 'EMPLOYER_SEARCH' and c.withdrawn_at is null "
            + "and i.region = any(c.regions)))";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    InvitationRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Inserts an open invitation and the employer account that sent it; false when one is already open for this
     * vacancy and candidate.
     */
    boolean insert(Invitation invitation, String invitedBy) {
        try {
            jdbc.sql("insert into invitation (id, vacancy_id, profile_id, organisation, region, message, status, version, "
                            + "sent_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(invitation.id(), invitation.vacancyId(), invitation.profileId(), invitation.organisation(),
                            invitation.region(), invitation.message(), invitation.status().name(), invitation.version(),
                            Timestamp.from(invitation.sentAt()))
                    .update();
            jdbc.sql("insert into invitation_sender (invitation_id, sender_subject) values (?, ?)")
                    .params(invitation.id(), invitedBy).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** The employer account that sent the invitation (subject), where recorded: its answer is mailed there. */
    Optional<String> invitedBy(UUID invitationId) {
        return jdbc.sql("select sender_subject from invitation_sender where invitation_id = ?")
                .param(invitationId).query(String.class).optional();
    }

    /** The invitations of one vacancy the employer may see, newest first. */
    List<Invitation> visibleForVacancy(UUID vacancyId) {
        return jdbc.sql("select " + COLUMNS + " from invitation i where i.vacancy_id = ? and " + VISIBLE_TO_EMPLOYER
                        + " order by i.sent_at desc, i.id")
                .param(vacancyId).query(InvitationRepository::row).list();
    }

    /** The newest visible invitation per candidate of one vacancy, for these candidates (the candidates list). */
    Map<UUID, Invitation> latestVisibleFor(UUID vacancyId, Collection<UUID> profiles) {
        Map<UUID, Invitation> out = new HashMap<>();
        if (profiles.isEmpty()) {
            return out;
        }
        UUID[] ids = profiles.toArray(UUID[]::new);
        template.query(con -> {
            var ps = con.prepareStatement("select distinct on (i.profile_id) " + COLUMNS + " from invitation i "
                    + "where i.vacancy_id = ? and i.profile_id = any(?) and " + VISIBLE_TO_EMPLOYER
                    + " order by i.profile_id, i.sent_at desc");
            ps.setObject(1, vacancyId);
            ps.setArray(2, con.createArrayOf("uuid", ids));
            return ps;
        }, rs -> {
            Invitation i = row(rs, 0);
            out.put(i.profileId(), i);
        });
        return out;
    }

    /** A person's invitations, newest first, at most {@code limit}. */
    List<Invitation> ofProfile(UUID profileId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from invitation i where i.profile_id = ? order by i.sent_at desc, i.id limit ?")
                .params(profileId, limit).query(InvitationRepository::row).list();
    }

    Optional<Invitation> findOfProfile(UUID id, UUID profileId) {
        return jdbc.sql("select " + COLUMNS + " from invitation i where i.id = ? and i.profile_id = ?")
                .params(id, profileId).query(InvitationRepository::row).optional();
    }

    /**
     * Answers an open invitation at the version the person read; false when it was answered (or changed) meanwhile.
     */
    boolean answer(Invitation answered, long expectedVersion) {
        SharedContact c = answered.contact();
        return jdbc.sql("update invitation set status = ?, answered_at = ?, version = version + 1, shared_name = ?, "
                        + "shared_email = ?, shared_phone = ? where id = ? and status = 'OPEN' and version = ?")
                .params(answered.status().name(), Timestamp.from(answered.answeredAt()), c == null ? null : c.name(),
                        c == null ? null : c.email(), c == null ? null : c.phone(), answered.id(), expectedVersion)
                .update() == 1;
    }

    private static Invitation row(ResultSet rs, int n) throws SQLException {
        String name = rs.getString(11);
        SharedContact contact = name == null ? null : new SharedContact(name, rs.getString(12), rs.getString(13));
        Timestamp answered = rs.getTimestamp(10);
        return new Invitation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getString(4), rs.getString(5), rs.getString(6), InvitationStatus.valueOf(rs.getString(7)),
                rs.getLong(8), rs.getTimestamp(9).toInstant(), answered == null ? null : answered.toInstant(), contact);
    }
}
