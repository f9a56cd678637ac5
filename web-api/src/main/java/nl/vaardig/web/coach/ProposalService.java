package nl.vaardig.web.coach;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.vaardig.ingest.event.EventCatalogue;
import nl.vaardig.ingest.event.payload.EventPayload;
import nl.vaardig.ingest.event.payload.MatchProposedByCoach;
import nl.vaardig.ingest.event.payload.OutcomeRecorded;
import nl.vaardig.ingest.outbox.Outbox;
import nl.vaardig.matching.engine.MatchingEngine;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.matching.model.VacancyId;
import nl.vaardig.web.audit.AuditAction;
import nl.vaardig.web.audit.AuditLog;
import nl.vaardig.web.candidate.CandidateService;
import nl.vaardig.web.candidate.SharedContact;
import nl.vaardig.web.notification.Notifications;
import nl.vaardig.web.platform.problem.FieldError;
import nl.vaardig.web.platform.problem.InputRejectedException;
import nl.vaardig.web.platform.problem.NotFoundException;
import nl.vaardig.web.platform.problem.ProblemTexts;
import nl.vaardig.web.platform.security.CurrentUser;
import nl.vaardig.web.platform.web.EmailAddress;
import nl.vaardig.web.vacancy.VacancyEvents;
import nl.vaardig.web.vacancy.VacancyPosting;
import nl.vaardig.web.vacancy.VacancyService;
import nl.vaardig.web.vacancy.VacancyStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals of a candidate for a vacancy: a coach proposes, the candidate agrees (sharing contact details with
 * that employer only) or declines, the employer sees agreed ones, the coach records the outcome. The event
 * {@code MatchProposedByCoach} is emitted when the candidate AGREES — only then is anyone proposed to an employer;
 * {@code OutcomeRecorded} with each outcome. Events and audit lines commit with the change (outbox).
 */
@Service
class ProposalService {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final int MAX_LIST = 200;

    private final ProposalRepository repository;
    private final Caseload caseload;
    private final CandidateService candidates;
    private final VacancyService vacancies;
    private final MatchingEngine engine;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Notifications notifications;
    private final Clock clock = Clock.systemUTC();

    ProposalService(ProposalRepository repository, Caseload caseload, CandidateService candidates,
                    VacancyService vacancies, MatchingEngine engine, Outbox outbox, AuditLog audit,
                    Notifications notifications) {
        this.repository = repository;
        this.caseload = caseload;
        this.candidates = candidates;
        this.vacancies = vacancies;
        this.engine = engine;
        this.outbox = outbox;
        this.audit = audit;
        this.notifications = notifications;
    }

    /** A coach proposes a person of the caseload for an open vacancy in a region the person asked for help in. */
    @Transactional
    public ProposalViews.ForCoach propose(CurrentUser coach, UUID profileId, UUID vacancyId, String note, Locale locale) {
        Caseload.Member member = caseload.require(coach, profileId);
        VacancyPosting vacancy = vacancies.find(new VacancyId(vacancyId)).filter(v -> open(v))
                .orElseThrow(() -> new InputRejectedException("vacancyId", ProblemTexts.detail(
                        "Deze vacature bestaat niet of is niet meer open.", "This vacancy does not exist or is no longer open.",
                        locale)));
        if (!member.regions().contains(vacancy.content().region())) {
            throw new InputRejectedException("vacancyId", ProblemTexts.detail(
                    "Deze vacature ligt niet in een regio waarin de kandidaat om hulp van een jobcoach vroeg.",
                    "This vacancy is not in a region where the candidate asked for a jobcoach's help.", locale));
        }
        if (repository.liveExists(member.profile().id(), vacancy.id())) {
            throw new ProposalConflictException("this candidate is already proposed for this vacancy");
        }
        double score = VacancyEvents.forMatching(VacancyEvents.state(vacancy), LocalDate.now(AMSTERDAM))
                .map(v -> engine.explain(member.profile(), v, locale).score()).orElse(0.0);
        Proposal proposal = Proposal.made(member.profile().id(), vacancy.id(), vacancy.content().employer(),
                vacancy.content().region(), coach.subject(), CaseloadService.coachLabel(coach), note,
                Math.max(0, Math.min(1, score)), clock.instant());
        repository.insert(proposal);
        audit.record(coach, AuditAction.PROPOSAL_MADE, profileId, "proposal " + proposal.id() + ", vacancy " + vacancy.id());
        notifications.proposalForCandidate(profileId, proposal.coachLabel(), vacancy.content().title(),
                vacancy.content().employer());
        return forCoach(proposal, Map.of(vacancy.id(), vacancy));
    }

    /** The candidate answers a proposal made to them; someone else's answers 404, a second answer 409. */
    @Transactional
    public ProposalViews.ForCandidate answer(CurrentUser seeker, UUID proposalId, boolean agreed, SharedContact share) {
        Proposal current = ownProposal(seeker, proposalId);
        Proposal next = agreed ? current.agreed(share, clock.instant()) : current.declined(clock.instant());
        save(next);
        UUID profile = next.profile().value();
        audit.record(seeker, AuditAction.PROPOSAL_ANSWERED, profile, "proposal " + next.id() + ": " + next.state());
        if (agreed) {
            audit.record(seeker, AuditAction.CONTACT_SHARED, profile, "proposal " + next.id() + ": with "
                    + next.employer() + " (" + sharedKinds(share) + ")");
            emit(new MatchProposedByCoach(next.id(), profile, next.vacancy().value(), next.coachSubject(),
                    next.region().value(), next.score()));
        }
        Map<VacancyId, VacancyPosting> stored = vacancies.findAll(List.of(next.vacancy()));
        String title = vacancyRef(next, stored).title();
        if (agreed) {
            notifications.proposalForEmployer(next.employer(), next.coachLabel(), title);
        }
        notifications.proposalAnswered(next.coachSubject(), profile, title, agreed);
        return forCandidate(next, stored);
    }

    /** A coach of the proposal's region records what came of it, naming the version they saw (409 when stale). */
    @Transactional
    public ProposalViews.ForCoach recordOutcome(CurrentUser coach, UUID proposalId, ProposalOutcome outcome, long version) {
        Proposal current = repository.find(proposalId)
                .filter(p -> Caseload.regionsOf(coach).contains(p.region()))
                .filter(p -> caseload.sharedRegions(coach, p.profile()).contains(p.region()))
                .orElseThrow(() -> new NotFoundException("proposal " + proposalId));
        if (current.version() != version) {
            throw new ProposalConflictException("proposal " + proposalId + " is at version " + current.version());
        }
        Proposal next = current.withOutcome(outcome, clock.instant());
        save(next);
        audit.record(coach, AuditAction.OUTCOME_RECORDED, next.profile().value(), "proposal " + next.id() + ": " + outcome);
        emit(new OutcomeRecorded(next.id(), next.profile().value(), next.vacancy().value(), next.region().value(),
                outcome.eventOutcome()));
        return forCoach(next, vacancies.findAll(List.of(next.vacancy())));
    }

    /** The person's own proposals and their pseudonym (nothing when the account has no profile). */
    @Transactional(readOnly = true)
    public ProposalViews.CandidateList mine(CurrentUser seeker, Locale locale) {
        return candidates.profileOwnedBy(seeker.subject()).map(id -> {
            List<Proposal> list = repository.forProfile(id, MAX_LIST);
            Map<VacancyId, VacancyPosting> stored = vacancies.findAll(list.stream().map(Proposal::vacancy).toList());
            return new ProposalViews.CandidateList(list.stream().map(p -> forCandidate(p, stored)).toList(),
                    Caseload.label(id, locale));
        }).orElse(new ProposalViews.CandidateList(List.of(), null));
    }

    /** The agreed proposals for the employer's own organisation; each one shown is an audited view. */
    @Transactional
    public List<ProposalViews.ForEmployer> forEmployer(CurrentUser employer, Locale locale) {
        if (employer.organisation() == null || employer.organisation().isBlank()) {
            return List.of();
        }
        List<Proposal> list = repository.agreedFor(employer.organisation(), MAX_LIST);
        Map<VacancyId, VacancyPosting> stored = vacancies.findAll(list.stream().map(Proposal::vacancy).toList());
        List<ProposalViews.ForEmployer> out = new ArrayList<>();
        for (Proposal p : list) {
            audit.record(employer, AuditAction.PROFILE_VIEWED_BY_EMPLOYER, p.profile().value(), "coach proposal " + p.id());
            out.add(new ProposalViews.ForEmployer(p.id(), vacancyRef(p, stored), Caseload.label(p.profile(), locale),
                    ProposalViews.Contact.of(p.contact()), p.note(), p.coachLabel(), p.score(),
                    p.outcome() == null ? null : p.outcome().name(), p.answeredAt()));
        }
        return out;
    }

    /** Every proposal about one person (the coach's candidate file). */
    @Transactional(readOnly = true)
    public List<ProposalViews.ForCoach> forProfile(ProfileId profile) {
        List<Proposal> list = repository.forProfile(profile, MAX_LIST);
        Map<VacancyId, VacancyPosting> stored = vacancies.findAll(list.stream().map(Proposal::vacancy).toList());
        return list.stream().map(p -> forCoach(p, stored)).toList();
    }

    @Transactional(readOnly = true)
    public Map<ProfileId, Integer> openCounts(Collection<ProfileId> profiles) {
        return repository.openCounts(profiles);
    }

    /** Field errors of a candidate's answer, in the shape the UI shows next to the fields. */
    static List<FieldError> shareErrors(String name, String email, String phone, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank() || name.strip().length() > SharedContact.MAX_NAME) {
            errors.add(new FieldError("share.name", ProblemTexts.detail(
                    "Vul je naam in (hoogstens " + SharedContact.MAX_NAME + " tekens).",
                    "Enter your name (at most " + SharedContact.MAX_NAME + " characters).", locale)));
        }
        if (email != null && !email.isBlank() && !EmailAddress.isValid(email.strip())) {
            errors.add(new FieldError("share.email", ProblemTexts.detail("Dit is geen geldig e-mailadres.",
                    "This is not a valid e-mail address.", locale)));
        }
        if (phone != null && !phone.isBlank() && !SharedContact.isPhoneNumber(phone.strip())) {
            errors.add(new FieldError("share.phone", ProblemTexts.detail(
                    "Dit is geen geldig telefoonnummer (8 tot 15 cijfers, zoals 06 12345678).",
                    "This is not a valid phone number (8 to 15 digits, such as 06 12345678).", locale)));
        }
        return errors;
    }

    private Proposal ownProposal(CurrentUser seeker, UUID proposalId) {
        ProfileId own = candidates.profileOwnedBy(seeker.subject())
                .orElseThrow(() -> new NotFoundException("proposal " + proposalId));
        return repository.find(proposalId).filter(p -> p.profile().equals(own))
                .orElseThrow(() -> new NotFoundException("proposal " + proposalId));
    }

    private void save(Proposal next) {
        if (!repository.update(next)) {
            throw new ProposalConflictException("proposal " + next.id() + " was changed meanwhile");
        }
    }

    private void emit(EventPayload payload) {
        outbox.append(EventCatalogue.envelope(payload, EventCatalogue.WEB_API_SOURCE, clock));
    }

    private static boolean open(VacancyPosting v) {
        return v.status() == VacancyStatus.PUBLISHED && !v.content().validity().until().isBefore(LocalDate.now(AMSTERDAM));
    }

    private static String sharedKinds(SharedContact share) {
        return "name" + (share.email() == null ? "" : ", e-mail") + (share.phone() == null ? "" : ", phone");
    }

    private static ProposalViews.VacancyRef vacancyRef(Proposal p, Map<VacancyId, VacancyPosting> stored) {
        VacancyPosting v = stored.get(p.vacancy());
        return new ProposalViews.VacancyRef(p.vacancy().value(), v == null ? "" : v.content().title(), p.employer(),
                p.region().value());
    }

    private static ProposalViews.ForCoach forCoach(Proposal p, Map<VacancyId, VacancyPosting> stored) {
        return new ProposalViews.ForCoach(p.id(), p.profile().value(), vacancyRef(p, stored), p.state().name(),
                p.outcome() == null ? null : p.outcome().name(), p.note(), p.coachLabel(), p.score(), p.proposedAt(),
                p.answeredAt(), p.outcomeAt(), p.version());
    }

    private static ProposalViews.ForCandidate forCandidate(Proposal p, Map<VacancyId, VacancyPosting> stored) {
        return new ProposalViews.ForCandidate(p.id(), vacancyRef(p, stored), p.state().name(),
                p.outcome() == null ? null : p.outcome().name(), p.note(), p.coachLabel(), p.proposedAt(),
                p.answeredAt(), ProposalViews.Contact.of(p.contact()));
    }
}
