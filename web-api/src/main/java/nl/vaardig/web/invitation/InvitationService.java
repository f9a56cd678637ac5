package nl.vaardig.web.invitation;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.vaardig.ingest.event.EventCatalogue;
import nl.vaardig.ingest.event.payload.InvitationAnswered;
import nl.vaardig.ingest.outbox.Outbox;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.matching.model.VacancyId;
import nl.vaardig.taxonomy.region.AmrCode;
import nl.vaardig.web.audit.AuditAction;
import nl.vaardig.web.audit.AuditLog;
import nl.vaardig.web.candidate.CandidateService;
import nl.vaardig.web.candidate.SharedContact;
import nl.vaardig.web.notification.Notifications;
import nl.vaardig.web.platform.problem.NotFoundException;
import nl.vaardig.web.platform.security.CurrentUser;
import nl.vaardig.web.vacancy.VacancyPosting;
import nl.vaardig.web.vacancy.VacancyService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations from employers to candidates they found, and the candidates' answers. Every refusal that could tell
 * an employer something about a person (unknown id, no consent for the vacancy's region) is the same 404; the
 * person's identity reaches the employer only in an accepted answer, and only what the person chose to share.
 */
@Service
public class InvitationService {

    private static final int MAX_OWN = 200;

    private final InvitationRepository repository;
    private final VacancyService vacancies;
    private final CandidateService candidates;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Notifications notifications;
    private final Clock clock = Clock.systemUTC();

    InvitationService(InvitationRepository repository, VacancyService vacancies, CandidateService candidates,
                      AuditLog audit, Outbox outbox, Notifications notifications) {
        this.repository = repository;
        this.vacancies = vacancies;
        this.candidates = candidates;
        this.audit = audit;
        this.outbox = outbox;
        this.notifications = notifications;
    }

    /** The employer's own vacancy, or 404 (another organisation's vacancy is treated as absent). */
    @Transactional(readOnly = true)
    public VacancyPosting ownVacancy(CurrentUser employer, UUID vacancyId) {
        String organisation = employer.organisation();
        return vacancies.find(new VacancyId(vacancyId))
                .filter(v -> organisation != null && v.content().employer().equals(organisation))
                .orElseThrow(() -> new NotFoundException("vacancy " + vacancyId));
    }

    /** Invites a candidate who consents, right now, to be found in the vacancy's region. */
    @Transactional
    public Invitation invite(CurrentUser employer, UUID vacancyId, UUID profileId, String message) {
        VacancyPosting vacancy = ownVacancy(employer, vacancyId);
        AmrCode region = vacancy.content().region();
        ProfileId profile = new ProfileId(profileId);
        Set<AmrCode> consented = candidates.activeSearchRegions(List.of(profile)).getOrDefault(profile, Set.of());
        if (!consented.contains(region)) {
            throw new NotFoundException("candidate " + profileId);
        }
        Invitation invitation = new Invitation(UUID.randomUUID(), vacancyId, profileId, employer.organisation(),
                region.value(), message, InvitationStatus.OPEN, 0, clock.instant(), null, null);
        if (!repository.insert(invitation, employer.subject())) {
            throw new InvitationConflictException(InvitationConflictException.Reason.ALREADY_INVITED);
        }
        audit.record(employer, AuditAction.INVITATION_SENT, profileId, vacancyDetail(vacancy));
        notifications.invitationReceived(profileId, employer.organisation(), vacancy.content().title());
        return invitation;
    }

    /** The invitations of the employer's own vacancy that the employer may still see. */
    @Transactional(readOnly = true)
    public List<Invitation> ofVacancy(CurrentUser employer, UUID vacancyId) {
        ownVacancy(employer, vacancyId);
        return repository.visibleForVacancy(vacancyId);
    }

    /** For the candidates list: the newest visible invitation of each shown candidate (caller owns the vacancy). */
    @Transactional(readOnly = true)
    public Map<UUID, Invitation> latestFor(UUID vacancyId, Collection<UUID> profiles) {
        return repository.latestVisibleFor(vacancyId, profiles);
    }

    /** The signed-in person's invitations (none without a profile). */
    @Transactional(readOnly = true)
    public List<Invitation> mine(CurrentUser seeker) {
        return candidates.profileOwnedBy(seeker.subject())
                .map(p -> repository.ofProfile(p.value(), MAX_OWN)).orElse(List.of());
    }

    /**
     * Answers one of the person's own invitations. Someone else's (or an unknown) invitation is 404; one answered
     * already, or changed since {@code expectedVersion}, is 409. Emits {@code InvitationAnswered} in the same
     * transaction.
     */
    @Transactional
    public Invitation answer(CurrentUser seeker, UUID invitationId, InvitationStatus answer, SharedContact contact,
                             Long expectedVersion) {
        if (answer == InvitationStatus.OPEN) {
            throw new IllegalArgumentException("an answer is ACCEPTED or DECLINED");
        }
        UUID profile = candidates.profileOwnedBy(seeker.subject())
                .orElseThrow(() -> new NotFoundException("invitation " + invitationId)).value();
        Invitation current = repository.findOfProfile(invitationId, profile)
                .orElseThrow(() -> new NotFoundException("invitation " + invitationId));
        if (current.status() != InvitationStatus.OPEN
                || (expectedVersion != null && expectedVersion != current.version())) {
            throw new InvitationConflictException(InvitationConflictException.Reason.ALREADY_ANSWERED);
        }
        SharedContact shared = answer == InvitationStatus.ACCEPTED ? contact : null;
        if (answer == InvitationStatus.ACCEPTED && shared == null) {
            throw new IllegalArgumentException("accepting an invitation shares at least a name");
        }
        Invitation answered = new Invitation(current.id(), current.vacancyId(), current.profileId(),
                current.organisation(), current.region(), current.message(), answer, current.version() + 1,
                current.sentAt(), clock.instant(), shared);
        if (!repository.answer(answered, current.version())) {
            throw new InvitationConflictException(InvitationConflictException.Reason.ALREADY_ANSWERED);
        }
        audit.record(seeker, AuditAction.INVITATION_ANSWERED, profile,
                "uitnodiging " + current.id() + " van " + current.organisation() + ": " + answer.name());
        if (shared != null) {
            audit.record(seeker, AuditAction.CONTACT_SHARED, profile, "gedeeld met " + current.organisation() + ": "
                    + sharedKinds(shared));
        }
        outbox.append(EventCatalogue.envelope(new InvitationAnswered(current.id(), current.id(), profile,
                current.vacancyId(), current.region(), answer == InvitationStatus.ACCEPTED
                        ? InvitationAnswered.Answer.ACCEPTED : InvitationAnswered.Answer.DECLINED),
                EventCatalogue.WEB_API_SOURCE, clock));
        notifications.invitationAnswered(repository.invitedBy(current.id()).orElse(null), profile, current.vacancyId(),
                vacancies.find(new VacancyId(current.vacancyId())).map(v -> v.content().title()).orElse(""),
                answer == InvitationStatus.ACCEPTED);
        return answered;
    }

    /** Which kinds of contact were shared (never the values: the audit trail holds no contact details). */
    private static String sharedKinds(SharedContact c) {
        return "naam" + (c.email() == null ? "" : ", e-mail") + (c.phone() == null ? "" : ", telefoon");
    }

    private static String vacancyDetail(VacancyPosting vacancy) {
        String title = vacancy.content().title();
        return "vacature " + vacancy.id().value() + " — " + (title.length() > 300 ? title.substring(0, 300) : title);
    }
}
