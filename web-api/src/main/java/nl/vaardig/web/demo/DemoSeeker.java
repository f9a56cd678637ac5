package nl.vaardig.web.demo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.taxonomy.region.AmrCode;
import nl.vaardig.web.candidate.Consent;
import nl.vaardig.web.candidate.ConsentKind;
import nl.vaardig.web.demo.lmi.SyntheticLabourMarket;

/**
 * The demo job seeker account's own (SYNTHETIC) profile: a care worker in Groot Amsterdam who gave all four
 * consents there, so the demo shows an employer finding her, a coach with her on the caseload, and her own
 * "Mijn gegevens". Registered accounts start without a profile; only this demo account has one ready. Besides care
 * she does office work she enjoys and wants to learn an ICT skill, both taken from the sectors of the SYNTHETIC
 * labour-market history (office work shrinks 25 % a year there, ICT grows 25 %), so "Mijn toekomst" shows her a
 * shrinking and a growing skill from the history's own trends.
 */
final class DemoSeeker {

    static final String USERNAME = "werkzoekende";

    private DemoSeeker() {
    }

    static Profile profile(DemoCandidates demo, Taxonomy taxonomy) {
        Profile care = demo.careProfile(0);
        var skills = new ArrayList<>(care.skills());
        skills.add(new ProfileSkill(officeSkill(taxonomy), ProficiencyLevel.ADVANCED, EvidenceKind.WORK,
                SelfAssessment.DOES_IT.withEnergy()));
        return new Profile(new ProfileId(UUID.randomUUID()), skills, Set.of(ictWish(taxonomy)), DemoEmployer.REGION,
                care.home(), care.availability(), care.occupation(), true);
    }

    /** A skill only the synthetic office occupations ask for: its demand shrinks in the synthetic history. */
    static SkillUri officeSkill(Taxonomy taxonomy) {
        return new SkillUri(SyntheticLabourMarket.skillsOnlyIn(taxonomy, SyntheticLabourMarket.Sector.ADMINISTRATIE).getFirst());
    }

    /** A skill only the synthetic ICT occupations ask for: its demand grows in the synthetic history. */
    static SkillUri ictWish(Taxonomy taxonomy) {
        return new SkillUri(SyntheticLabourMarket.skillsOnlyIn(taxonomy, SyntheticLabourMarket.Sector.ICT).getFirst());
    }

    static List<Consent> consents(ProfileId profile, String wording, Instant now) {
        Instant given = now.minus(3, ChronoUnit.DAYS);
        Set<AmrCode> home = Set.of(DemoEmployer.REGION);
        return List.of(
                Consent.given(profile, ConsentKind.KEEP_PROFILE, home, wording, given),
                Consent.given(profile, ConsentKind.EMPLOYER_SEARCH, home, wording, given),
                Consent.given(profile, ConsentKind.COACH_HELP, home, wording, given),
                Consent.given(profile, ConsentKind.STATISTICS, home, wording, given));
    }
}
