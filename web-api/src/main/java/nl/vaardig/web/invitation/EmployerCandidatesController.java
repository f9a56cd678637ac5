package nl.vaardig.web.invitation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.vaardig.matching.engine.MatchQuery;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.matching.model.VacancyId;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.taxonomy.region.AmrCode;
import nl.vaardig.web.audit.AuditAction;
import nl.vaardig.web.audit.AuditLog;
import nl.vaardig.web.candidate.CandidateIndex;
import nl.vaardig.web.candidate.CandidateLabel;
import nl.vaardig.web.candidate.CandidateService;
import nl.vaardig.web.matching.ExplanationView;
import nl.vaardig.web.matching.VacancyCard;
import nl.vaardig.web.platform.problem.NotFoundException;
import nl.vaardig.web.platform.security.CurrentUser;
import nl.vaardig.web.platform.security.TokenClaims;
import nl.vaardig.web.taxonomy.RequestedLabelLanguage;
import nl.vaardig.web.vacancy.VacancyEvents;
import nl.vaardig.web.vacancy.VacancyPosting;
import nl.vaardig.web.vacancy.VacancyService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ranked candidates for one of the employer's own vacancies: only people who consented to be found by employers in
 * the vacancy's region, shown pseudonymously ("Kandidaat 7F3A") with the explanation. Another organisation's
 * vacancy answers 404, as if it did not exist. It lives with the invitations, above matching, because it is where
 * the employer invites and follows each candidate's invitation.
 */
@RestController
public class EmployerCandidatesController {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final int TOP = 25;

    /**
     * {@code invitation}: the newest invitation of this candidate for this vacancy (null when none); its
     * {@code sharedName} only once the candidate accepted.
     */
    public record Candidate(UUID id, String label, double score, ExplanationView explanation,
                            InvitationState invitation) {
    }

    public record InvitationState(UUID id, InvitationStatus status, String sharedName) {
        static InvitationState of(Invitation i) {
            return i == null ? null : new InvitationState(i.id(), i.status(),
                    i.contact() == null ? null : i.contact().name());
        }
    }

    public record Candidates(VacancyCard vacancy, List<Candidate> items) {
    }

    private final VacancyService vacancies;
    private final CandidateIndex index;
    private final CandidateService candidates;
    private final TaxonomyRuntime taxonomy;
    private final InvitationService invitations;
    private final AuditLog audit;

    public EmployerCandidatesController(VacancyService vacancies, CandidateIndex index, CandidateService candidates,
                                        TaxonomyRuntime taxonomy, InvitationService invitations, AuditLog audit) {
        this.vacancies = vacancies;
        this.index = index;
        this.candidates = candidates;
        this.taxonomy = taxonomy;
        this.invitations = invitations;
        this.audit = audit;
    }

    @GetMapping("/api/vacancies/{id}/candidates")
    @PreAuthorize("hasRole('EMPLOYER')")
    public Candidates candidates(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                                 @RequestParam(name = "lang", required = false) String lang) {
        Locale locale = RequestedLabelLanguage.of(lang);
        CurrentUser user = TokenClaims.currentUser(jwt);
        VacancyPosting vacancy = own(user, id);
        VacancyCard card = VacancyCard.of(vacancy, taxonomy.regions());
        var forMatching = VacancyEvents.forMatching(VacancyEvents.state(vacancy), LocalDate.now(AMSTERDAM));
        if (forMatching.isEmpty()) {
            return new Candidates(card, List.of());
        }
        List<CandidateIndex.Found> found = index.search(forMatching.get(), MatchQuery.defaults().inLanguage(locale), TOP);
        // the index follows consent changes at once; the table is the authority, so check it for this very answer
        AmrCode region = vacancy.content().region();
        Map<ProfileId, Set<AmrCode>> consented = candidates.activeSearchRegions(
                found.stream().map(CandidateIndex.Found::profile).toList());
        List<CandidateIndex.Found> shown = found.stream()
                .filter(f -> consented.getOrDefault(f.profile(), Set.of()).contains(region)).toList();
        List<UUID> shownIds = shown.stream().map(f -> f.profile().value()).toList();
        Map<UUID, Invitation> invited = invitations.latestFor(id, shownIds);
        List<Candidate> items = new ArrayList<>();
        for (CandidateIndex.Found f : shown) {
            items.add(new Candidate(f.profile().value(), CandidateLabel.of(f.profile(), locale), f.match().score(),
                    ExplanationView.of(f.match().explanation(), locale),
                    InvitationState.of(invited.get(f.profile().value()))));
        }
        // every person shown is a view of their data: one audit line each, in one statement
        audit.recordAll(user, AuditAction.PROFILE_VIEWED_BY_EMPLOYER, shownIds, "kandidaten voor vacature " + id);
        return new Candidates(card, items);
    }

    private VacancyPosting own(CurrentUser user, UUID id) {
        String organisation = user.organisation();
        return vacancies.find(new VacancyId(id))
                .filter(v -> organisation != null && v.content().employer().equals(organisation))
                .orElseThrow(() -> new NotFoundException("vacancy " + id));
    }
}
