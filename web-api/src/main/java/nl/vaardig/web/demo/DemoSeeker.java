package nl.vaardig.web.demo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.taxonomy.region.AmrCode;
import nl.vaardig.web.candidate.Consent;
import nl.vaardig.web.candidate.ConsentKind;

/**
 * The demo job seeker account's own (SYNTHETIC) profile: a care worker in Groot Amsterdam who gave all four
 * consents there, so the demo shows an employer finding her, a coach with her on the caseload, and her own
 * "Mijn gegevens". Registered accounts start without a profile; only this demo account has one ready.
 */
final class DemoSeeker {

    static final String USERNAME = "werkzoekende";

    private DemoSeeker() {
    }

    static Profile profile(DemoCandidates demo) {
        Profile care = demo.careProfile(0);
        return new Profile(new ProfileId(UUID.randomUUID()), care.skills(), care.wantsToLearn(), DemoEmployer.REGION,
                care.home(), care.availability(), care.occupation(), true);
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
