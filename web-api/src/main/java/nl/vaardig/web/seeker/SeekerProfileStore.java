package nl.vaardig.web.seeker;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.vaardig.matching.model.ProfileId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the job seeker's editor needs beyond the matcher's profile: every skill row as the person entered it (all four
 * answers, even a skill only listed for energy) with its proof. Profile and skills are written by CandidateService;
 * the proof columns (V22) here, in the same transaction.
 */
@Repository
class SeekerProfileStore {

    record Row(UUID id, long version, String region, Integer hoursMin, Integer hoursMax, String occupation) {
    }

    record SkillRow(String uri, String level, String evidence, boolean doesIt, boolean canDoIt, boolean wantsToLearn,
                    boolean givesEnergy, String proofText, String proofUrl) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SeekerProfileStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    Optional<Row> profile(ProfileId id) {
        return jdbc.sql("select id, version, region, hours_min, hours_max, occupation_uri from candidate_profile where id = ?")
                .param(id.value())
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3),
                        (Integer) rs.getObject(4), (Integer) rs.getObject(5), rs.getString(6)))
                .optional();
    }

    List<SkillRow> skills(ProfileId id) {
        return jdbc.sql("select skill_uri, level, evidence, does_it, can_do_it, wants_to_learn, gives_energy, proof_text, "
                        + "proof_url from candidate_skill where profile_id = ? order by skill_uri")
                .param(id.value())
                .query((rs, n) -> new SkillRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7), rs.getString(8), rs.getString(9)))
                .list();
    }

    /** Sets the proof of the skills just written (blank proof is stored as none). */
    void saveProof(ProfileId id, List<ProfileForm.SkillForm> skills) {
        List<ProfileForm.SkillForm> withProof = skills.stream()
                .filter(s -> !blank(s.proofText()) || !blank(s.proofUrl())).toList();
        template.batchUpdate("update candidate_skill set proof_text = ?, proof_url = ? where profile_id = ? and skill_uri = ?",
                withProof, 200, (ps, s) -> {
                    ps.setString(1, blank(s.proofText()) ? null : s.proofText().strip());
                    ps.setString(2, blank(s.proofUrl()) ? null : s.proofUrl().strip());
                    ps.setObject(3, id.value());
                    ps.setString(4, s.uri().strip());
                });
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
