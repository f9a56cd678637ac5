package nl.vaardig.web.team.outlook;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.web.lmi.LmiVocabulary;
import nl.vaardig.web.notification.Notifications;
import nl.vaardig.web.platform.problem.FieldError;
import nl.vaardig.web.platform.problem.InputRejectedException;
import nl.vaardig.web.platform.problem.NotFoundException;
import nl.vaardig.web.platform.problem.ProblemTexts;
import nl.vaardig.web.platform.security.LinkToken;
import nl.vaardig.web.platform.web.EmailAddress;
import nl.vaardig.web.taxonomy.KnownSkills;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team outlook's rules: an organisation only ever reaches its own outlooks (anything else is "not found"), a
 * worker's link only its own invitation, and answers count only with consent and only through {@link TeamAggregate}.
 */
@Service
public class TeamOutlookService {

    /** How long a worker's link works for answering; withdrawing works after that too. */
    static final Duration LINK_LIFE = Duration.ofDays(60);
    static final int MAX_INVITATIONS = 200;
    static final int MAX_PER_REQUEST = 50;
    static final String ANSWER_PATH = "/teamvragen/";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final TeamOutlookStore store;
    private final TaxonomyRuntime taxonomy;
    private final LmiVocabulary vocabulary;
    private final Notifications notifications;

    TeamOutlookService(TeamOutlookStore store, TaxonomyRuntime taxonomy, LmiVocabulary vocabulary,
                       Notifications notifications) {
        this.store = store;
        this.taxonomy = taxonomy;
        this.vocabulary = vocabulary;
        this.notifications = notifications;
    }

    @Transactional
    public TeamOutlook create(String organisation, String createdBy, String name, String region, List<String> skills,
                              Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        String code = region == null ? "" : region.strip().toUpperCase(Locale.ROOT);
        if (!vocabulary.isRegion(code)) {
            errors.add(new FieldError("region", ProblemTexts.detail("Kies een arbeidsmarktregio.",
                    "Choose a labour-market region.", locale)));
        }
        List<SkillUri> known = new ArrayList<>();
        for (int i = 0; i < skills.size(); i++) {
            SkillUri skill = KnownSkills.find(taxonomy, skills.get(i));
            if (skill == null) {
                errors.add(new FieldError("skills[" + i + "]", ProblemTexts.detail(
                        "Dit is geen bekende ESCO-vaardigheid.", "This is not a known ESCO skill.", locale)));
            } else {
                known.add(skill);
            }
        }
        if (!errors.isEmpty()) {
            throw new InputRejectedException(errors);
        }
        TeamOutlook outlook = new TeamOutlook(UUID.randomUUID(), organisation, name, code, known, Instant.now());
        store.insert(outlook, createdBy);
        return outlook;
    }

    @Transactional(readOnly = true)
    public List<TeamOutlook> ofOrganisation(String organisation) {
        return store.ofOrganisation(organisation);
    }

    @Transactional(readOnly = true)
    public TeamOutlook own(String organisation, UUID id) {
        return store.find(organisation, id).orElseThrow(() -> new NotFoundException("team outlook"));
    }

    @Transactional
    public void delete(String organisation, UUID id) {
        if (!store.delete(organisation, id)) {
            throw new NotFoundException("team outlook");
        }
    }

    @Transactional(readOnly = true)
    public List<OutlookInvitation> invitations(String organisation, UUID id) {
        return store.invitations(own(organisation, id).id());
    }

    /**
     * One invitation and one mail per address, all or none (a duplicate or a bad address refuses the whole request).
     * 1 to {@link #MAX_PER_REQUEST} addresses: the request's declared bounds, checked before this runs.
     */
    @Transactional
    public List<OutlookInvitation> invite(String organisation, UUID id, List<String> emails, Locale locale) {
        TeamOutlook outlook = own(organisation, id);
        List<String> addresses = emails.stream().map(e -> e == null ? "" : e.strip()).toList();
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < addresses.size(); i++) {
            String address = addresses.get(i);
            if (!EmailAddress.isValid(address)) {
                errors.add(new FieldError("emails[" + i + "]", ProblemTexts.detail("Dit is geen e-mailadres.",
                        "This is not an e-mail address.", locale)));
            } else if (!seen.add(TeamOutlookStore.normalisedEmail(address))) {
                errors.add(new FieldError("emails[" + i + "]", ProblemTexts.detail("Dit adres staat er al in.",
                        "This address is listed twice.", locale)));
            }
        }
        List<OutlookInvitation> existing = store.invitations(outlook.id());
        if (existing.size() + addresses.size() > MAX_INVITATIONS) {
            errors.add(new FieldError("emails", ProblemTexts.detail("Een team heeft hoogstens " + MAX_INVITATIONS
                    + " uitnodigingen.", "A team has at most " + MAX_INVITATIONS + " invitations.", locale)));
        }
        if (!errors.isEmpty()) {
            throw new InputRejectedException(errors);
        }
        Instant now = Instant.now();
        List<OutlookInvitation> made = new ArrayList<>();
        for (String address : addresses) {
            String token = LinkToken.generate();
            var invitation = new OutlookInvitation(UUID.randomUUID(), outlook.id(), address, now, now.plus(LINK_LIFE),
                    null, null);
            if (!store.insertInvitation(invitation, LinkToken.sha256(token))) {
                throw new OutlookRefusals.AlreadyInvited(address);
            }
            notifications.teamOutlookQuestions(invitation.id(), address, organisation, outlook.name(),
                    ANSWER_PATH + token, LocalDate.ofInstant(invitation.expiresAt(), AMSTERDAM));
            made.add(invitation);
        }
        return made;
    }

    @Transactional
    public void revoke(String organisation, UUID id, UUID invitationId) {
        if (!store.revoke(own(organisation, id).id(), invitationId, Instant.now())) {
            throw new NotFoundException("invitation");
        }
    }

    /** The aggregate of the consented answers, under the disclosure rule. */
    @Transactional(readOnly = true)
    public TeamAggregate.Picture picture(TeamOutlook outlook) {
        return TeamAggregate.of(outlook.skills(), store.consentedAnswers(outlook.id()));
    }

    /** What a worker's link opens: the outlook and the worker's own answers. Unknown or revoked: not found. */
    public record Opened(TeamOutlook outlook, OutlookInvitation invitation, List<WorkerAnswer> answers, boolean expired) {
    }

    @Transactional(readOnly = true)
    public Opened open(String token) {
        OutlookInvitation invitation = byToken(token);
        TeamOutlook outlook = store.outlookOf(invitation).orElseThrow(() -> new NotFoundException("team outlook"));
        boolean expired = invitation.status(Instant.now()) == OutlookInvitation.Status.EXPIRED;
        return new Opened(outlook, invitation, invitation.consentedAt() == null ? List.of() : store.answers(invitation.id()),
                expired);
    }

    /** Stores the worker's four answers for every skill of the outlook, with the explicit consent; replaces earlier ones. */
    @Transactional
    public Opened answer(String token, boolean consent, Map<String, WorkerAnswer> bySkill, Locale locale) {
        Opened opened = open(token);
        if (opened.expired()) {
            throw new OutlookRefusals.Expired();
        }
        List<FieldError> errors = new ArrayList<>();
        if (!consent) {
            errors.add(new FieldError("consent", ProblemTexts.detail(
                    "Geef toestemming om je antwoorden mee te tellen, anders bewaren we ze niet.",
                    "Consent to your answers being counted; otherwise they are not kept.", locale)));
        }
        Set<String> asked = opened.outlook().skills().stream().map(SkillUri::value).collect(Collectors.toSet());
        if (!bySkill.keySet().equals(asked)) {
            errors.add(new FieldError("answers", ProblemTexts.detail(
                    "Beantwoord de vier vragen voor precies de vaardigheden van dit team.",
                    "Answer the four questions for exactly this team's skills.", locale)));
        }
        if (!errors.isEmpty()) {
            throw new InputRejectedException(errors);
        }
        List<WorkerAnswer> answers = opened.outlook().skills().stream().map(s -> bySkill.get(s.value())).toList();
        store.saveAnswers(opened.invitation().id(), answers, Instant.now());
        return open(token);
    }

    /** Withdrawal through the link, also after it expired: the answers are deleted and no longer counted. */
    @Transactional
    public void withdraw(String token) {
        store.withdraw(byToken(token).id());
    }

    private OutlookInvitation byToken(String token) {
        if (!LinkToken.wellFormed(token)) {
            throw new NotFoundException("team outlook link");
        }
        return store.byToken(LinkToken.sha256(token)).orElseThrow(() -> new NotFoundException("team outlook link"));
    }
}
