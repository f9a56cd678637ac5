package nl.vaardig.web.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vaardig.matching.model.EvidenceKind;
import nl.vaardig.matching.model.ProficiencyLevel;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.matching.model.ProfileSkill;
import nl.vaardig.matching.model.SelfAssessment;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.region.AmrCode;
import nl.vaardig.web.candidate.CandidateService;
import nl.vaardig.web.candidate.Consent;
import nl.vaardig.web.candidate.ConsentKind;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Fresh job seekers for the privacy tests: an owned profile under a new subject, never the demo seeker's. */
final class PrivacyFixtures {

    static final AmrCode AM18 = new AmrCode("AM18");
    static final String WORDING = "it-privacy-1";

    record Seeker(String subject, ProfileId profile) {
        UUID id() {
            return profile.value();
        }
    }

    private PrivacyFixtures() {
    }

    /** The skills a demo vacancy of the employer asks for (so a profile with them ranks first for it). */
    static List<SkillUri> askedBy(JdbcClient jdbc, UUID vacancy) {
        return jdbc.sql("select jsonb_array_elements(skills)->>'uri' from vacancy where id = ?")
                .param(vacancy).query(String.class).list().stream().map(SkillUri::new).toList();
    }

    /** A registered seeker in AM18 with all four consents, holding exactly the given skills at expert level. */
    static Seeker registered(CandidateService candidates, List<SkillUri> skills) {
        String subject = UUID.randomUUID().toString();
        ProfileId id = ProfileId.random();
        List<ProfileSkill> held = skills.stream().map(s -> new ProfileSkill(s, ProficiencyLevel.EXPERT, EvidenceKind.WORK,
                new SelfAssessment(true, true, false, true))).toList();
        Profile profile = new Profile(id, held, Set.of(), AM18, null, null, null, false);
        Instant now = Instant.now();
        List<Consent> consents = List.of(ConsentKind.values()).stream()
                .map(kind -> Consent.given(id, kind, Set.of(AM18), WORDING, now)).toList();
        candidates.storeOwned(profile, subject, consents);
        return new Seeker(subject, id);
    }
}
