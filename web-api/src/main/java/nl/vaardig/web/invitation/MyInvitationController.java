package nl.vaardig.web.invitation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vaardig.matching.engine.MatchingEngine;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.matching.model.VacancyId;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.web.candidate.CandidateLabel;
import nl.vaardig.web.candidate.CandidateService;
import nl.vaardig.web.candidate.SharedContact;
import nl.vaardig.web.matching.ExplanationView;
import nl.vaardig.web.matching.VacancyCard;
import nl.vaardig.web.platform.problem.FieldError;
import nl.vaardig.web.platform.problem.InputRejectedException;
import nl.vaardig.web.platform.problem.ProblemTexts;
import nl.vaardig.web.platform.security.CurrentUser;
import nl.vaardig.web.platform.security.TokenClaims;
import nl.vaardig.web.platform.web.EmailAddress;
import nl.vaardig.web.taxonomy.RequestedLabelLanguage;
import nl.vaardig.web.vacancy.VacancyEvents;
import nl.vaardig.web.vacancy.VacancyPosting;
import nl.vaardig.web.vacancy.VacancyService;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The candidate's side: the invitations employers sent, with the vacancy and why it matches, and the answer.
 * Only the person's own invitations exist here; any other id answers 404.
 */
@RestController
public class MyInvitationController {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    public enum Answer { ACCEPTED, DECLINED }

    public record ShareInput(
            @NotBlank(message = "{vaardig.invitation.share.name.required}")
            @Size(max = SharedContact.MAX_NAME, message = "{vaardig.invitation.share.name.size}") String name,
            @Size(max = EmailAddress.MAX_LENGTH, message = "{vaardig.invitation.share.email.format}")
            @Pattern(regexp = "(" + EmailAddress.REGEX + ")?", message = "{vaardig.invitation.share.email.format}") String email,
            @Pattern(regexp = "(" + SharedContact.PHONE_REGEX + ")?", message = "{vaardig.invitation.share.phone.format}") String phone) {
    }

    public record AnswerInput(@NotNull(message = "{vaardig.invitation.answer.required}") Answer answer,
                              @Valid ShareInput share, Long version) {
    }

    public record MyInvitation(UUID id, VacancyCard vacancy, String message, InvitationStatus status, long version,
                               Instant sentAt, Instant answeredAt, SharedContactView shared,
                               ExplanationView explanation) {
    }

    public record SharedContactView(String name, String email, String phone) {
    }

    /**
     * {@code candidate}: how employers see the person — their own pseudonymous profile id and label ("Kandidaat
     * 7F3A"), null without a profile — so the person can recognise what an employer refers to.
     */
    public record MyInvitations(CandidateCode candidate, List<MyInvitation> items) {
    }

    public record CandidateCode(UUID id, String label) {
    }

    private final InvitationService invitations;
    private final VacancyService vacancies;
    private final CandidateService candidates;
    private final MatchingEngine engine;
    private final TaxonomyRuntime taxonomy;

    MyInvitationController(InvitationService invitations, VacancyService vacancies, CandidateService candidates,
                           MatchingEngine engine, TaxonomyRuntime taxonomy) {
        this.invitations = invitations;
        this.vacancies = vacancies;
        this.candidates = candidates;
        this.engine = engine;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/api/me/invitations")
    @PreAuthorize("hasRole('JOB_SEEKER')")
    public MyInvitations mine(@AuthenticationPrincipal Jwt jwt, @RequestParam(name = "lang", required = false) String lang) {
        Locale locale = RequestedLabelLanguage.of(lang);
        CurrentUser seeker = TokenClaims.currentUser(jwt);
        ProfileId profileId = candidates.profileOwnedBy(seeker.subject()).orElse(null);
        if (profileId == null) {
            return new MyInvitations(null, List.of());
        }
        CandidateCode code = new CandidateCode(profileId.value(), CandidateLabel.of(profileId, locale));
        List<Invitation> own = invitations.mine(seeker);
        if (own.isEmpty()) {
            return new MyInvitations(code, List.of());
        }
        Profile profile = candidates.find(profileId).orElse(null);
        Map<VacancyId, VacancyPosting> byId = vacancies.findAll(own.stream().map(i -> new VacancyId(i.vacancyId()))
                .collect(Collectors.toSet()));
        return new MyInvitations(code, own.stream().map(i -> view(i, byId.get(new VacancyId(i.vacancyId())), profile, locale))
                .toList());
    }

    @PostMapping("/api/me/invitations/{id}/answer")
    @PreAuthorize("hasRole('JOB_SEEKER')")
    public MyInvitation answer(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                               @Valid @RequestBody AnswerInput input,
                               @RequestParam(name = "lang", required = false) String lang) {
        if (input.answer() == Answer.ACCEPTED && input.share() == null) {
            throw new InputRejectedException(List.of(new FieldError("share.name", ProblemTexts.detail(
                    "Vul de naam in die je met de werkgever wilt delen.",
                    "Enter the name you want to share with the employer.", LocaleContextHolder.getLocale()))));
        }
        SharedContact contact = input.answer() == Answer.ACCEPTED
                ? new SharedContact(input.share().name(), input.share().email(), input.share().phone()) : null;
        Invitation answered = invitations.answer(TokenClaims.currentUser(jwt), id,
                InvitationStatus.valueOf(input.answer().name()), contact, input.version());
        Locale locale = RequestedLabelLanguage.of(lang);
        VacancyPosting vacancy = vacancies.find(new VacancyId(answered.vacancyId())).orElse(null);
        Profile profile = candidates.find(new ProfileId(answered.profileId())).orElse(null);
        return view(answered, vacancy, profile, locale);
    }

    private MyInvitation view(Invitation i, VacancyPosting vacancy, Profile profile, Locale locale) {
        SharedContact c = i.contact();
        return new MyInvitation(i.id(), vacancy == null ? null : VacancyCard.of(vacancy, taxonomy.regions()),
                i.message(), i.status(), i.version(), i.sentAt(), i.answeredAt(),
                c == null ? null : new SharedContactView(c.name(), c.email(), c.phone()),
                explanation(vacancy, profile, locale));
    }

    /** Why this vacancy matches the person: the same explanation the employer saw, from the person's side. */
    private ExplanationView explanation(VacancyPosting vacancy, Profile profile, Locale locale) {
        if (vacancy == null || profile == null) {
            return null;
        }
        return VacancyEvents.forMatching(VacancyEvents.state(vacancy), LocalDate.now(AMSTERDAM))
                .map(v -> ExplanationView.of(engine.explain(profile, v, locale), locale)).orElse(null);
    }
}
