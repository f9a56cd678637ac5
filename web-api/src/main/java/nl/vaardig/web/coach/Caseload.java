package nl.vaardig.web.coach;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.taxonomy.region.AmrCode;
import nl.vaardig.web.candidate.CandidateService;
import nl.vaardig.web.candidate.Consent;
import nl.vaardig.web.candidate.ConsentKind;
import nl.vaardig.web.platform.problem.NotFoundException;
import nl.vaardig.web.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Who is on a coach's caseload: people with an active COACH_HELP consent for at least one of the coach's regions,
 * read from the consent table on every call, so a withdrawal takes effect at once. Anyone else answers 404.
 */
@Component
class Caseload {

    private final CandidateService candidates;

    Caseload(CandidateService candidates) {
        this.candidates = candidates;
    }

    /** A person on the caseload and the regions in which they asked this coach's regions for help. */
    record Member(Profile profile, Set<AmrCode> regions) {
    }

    static Set<AmrCode> regionsOf(CurrentUser coach) {
        Set<AmrCode> out = new LinkedHashSet<>();
        coach.regions().stream().sorted().forEach(r -> out.add(new AmrCode(r)));
        return out;
    }

    /** The regions the person and the coach share for coach help; empty when not on the caseload. */
    Set<AmrCode> sharedRegions(CurrentUser coach, ProfileId profile) {
        Set<AmrCode> mine = regionsOf(coach);
        Set<AmrCode> shared = new LinkedHashSet<>();
        for (Consent c : candidates.consents(profile)) {
            if (c.active() && c.kind() == ConsentKind.COACH_HELP) {
                c.regions().stream().filter(mine::contains).sorted((a, b) -> a.value().compareTo(b.value()))
                        .forEach(shared::add);
            }
        }
        return shared;
    }

    Member require(CurrentUser coach, UUID profileId) {
        ProfileId id = new ProfileId(profileId);
        Set<AmrCode> shared = sharedRegions(coach, id);
        if (shared.isEmpty()) {
            throw new NotFoundException("caseload member " + profileId);
        }
        return new Member(candidates.find(id).orElseThrow(() -> new NotFoundException("profile " + profileId)), shared);
    }

    /** "Kandidaat 7F3A": the same pseudonym the employer's candidate list shows; nothing about the person. */
    static String label(ProfileId id, Locale locale) {
        String code = id.value().toString().substring(0, 4).toUpperCase(Locale.ROOT);
        return ("en".equals(locale.getLanguage()) ? "Candidate " : "Kandidaat ") + code;
    }
}
