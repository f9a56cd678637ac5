package nl.vaardig.web.coach;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.matching.model.VacancyId;
import nl.vaardig.taxonomy.region.AmrCode;
import nl.vaardig.web.candidate.SharedContact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The coach_proposal table. Rows ↔ {@link Proposal} here and nowhere else. */
@Repository
class ProposalRepository {

    private static final String COLUMNS = "id, profile_id, vacancy_id, employer, region, coach_subject, coach_label, "
            + "note, score, state, outcome, shared_name, shared_email, shared_phone, proposed_at, answered_at, "
            + "outcome_at, version";

    private final JdbcClient jdbc;

    ProposalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Proposal p) {
        jdbc.sql("insert into coach_proposal (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(p.id(), p.profile().value(), p.vacancy().value(), p.employer(), p.region().value(),
                        p.coachSubject(), p.coachLabel(), p.note(), p.score(), p.state().name(),
                        p.outcome() == null ? null : p.outcome().name(),
                        p.contact() == null ? null : p.contact().name(), p.contact() == null ? null : p.contact().email(),
                        p.contact() == null ? null : p.contact().phone(), Timestamp.from(p.proposedAt()),
                        timestamp(p.answeredAt()), timestamp(p.outcomeAt()), p.version())
                .update();
    }

    /** Writes the next state if the stored version is still {@code next.version() - 1}. */
    boolean update(Proposal next) {
        return jdbc.sql("update coach_proposal set state = ?, outcome = ?, shared_name = ?, shared_email = ?, "
                        + "shared_phone = ?, answered_at = ?, outcome_at = ?, version = ? where id = ? and version = ?")
                .params(next.state().name(), next.outcome() == null ? null : next.outcome().name(),
                        next.contact() == null ? null : next.contact().name(),
                        next.contact() == null ? null : next.contact().email(),
                        next.contact() == null ? null : next.contact().phone(), timestamp(next.answeredAt()),
                        timestamp(next.outcomeAt()), next.version(), next.id(), next.version() - 1)
                .update() == 1;
    }

    Optional<Proposal> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from coach_proposal where id = ?").param(id)
                .query(ProposalRepository::row).optional();
    }

    List<Proposal> forProfile(ProfileId profile, int limit) {
        return jdbc.sql("select " + COLUMNS + " from coach_proposal where profile_id = ? order by proposed_at desc, id limit ?")
                .params(profile.value(), limit).query(ProposalRepository::row).list();
    }

    /** The agreed proposals for an employer organisation, newest answer first. */
    List<Proposal> agreedFor(String employer, int limit) {
        return jdbc.sql("select " + COLUMNS + " from coach_proposal where employer = ? and state = 'PROPOSED' "
                        + "order by answered_at desc, id limit ?")
                .params(employer, limit).query(ProposalRepository::row).list();
    }

    boolean liveExists(ProfileId profile, VacancyId vacancy) {
        return jdbc.sql("select count(*) from coach_proposal where profile_id = ? and vacancy_id = ? and state <> 'DECLINED'")
                .params(profile.value(), vacancy.value()).query(Long.class).single() > 0;
    }

    /** Proposals still waiting for the candidate or agreed without a final outcome, per profile. */
    Map<ProfileId, Integer> openCounts(Collection<ProfileId> profiles) {
        Map<ProfileId, Integer> out = new HashMap<>();
        if (profiles.isEmpty()) {
            return out;
        }
        jdbc.sql("select profile_id, count(*) from coach_proposal where profile_id = any(?) "
                        + "and (state = 'AWAITING_CANDIDATE' or (state = 'PROPOSED' "
                        + "and (outcome is null or outcome not in ('AANGENOMEN', 'AFGEWEZEN')))) group by profile_id")
                .param(profiles.stream().map(ProfileId::value).toArray(UUID[]::new))
                .query(rs -> {
                    out.put(new ProfileId(rs.getObject(1, UUID.class)), rs.getInt(2));
                });
        return out;
    }

    private static Proposal row(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString(11);
        String name = rs.getString(12);
        return new Proposal(rs.getObject(1, UUID.class), new ProfileId(rs.getObject(2, UUID.class)),
                new VacancyId(rs.getObject(3, UUID.class)), rs.getString(4), new AmrCode(rs.getString(5)),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getDouble(9), ProposalState.valueOf(rs.getString(10)),
                outcome == null ? null : ProposalOutcome.valueOf(outcome),
                name == null ? null : new SharedContact(name, rs.getString(13), rs.getString(14)),
                rs.getTimestamp(15).toInstant(), instant(rs.getTimestamp(16)), instant(rs.getTimestamp(17)), rs.getLong(18));
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
