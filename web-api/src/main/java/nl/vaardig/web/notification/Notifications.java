package nl.vaardig.web.notification;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.web.account.Language;
import nl.vaardig.web.account.UserPreferences;
import nl.vaardig.web.candidate.CandidateLabel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the invitation and proposal flows call, inside their own transaction, to tell someone outside the app. Each
 * call looks up whether the recipient switched that kind of mail on; only then is a mail queued (in the same
 * transaction, so it goes out if and only if the change commits). Recipients are found by pseudonymous subject.
 */
@Service
public class Notifications {

    private final NotificationSettingsStore settings;
    private final MailOutbox outbox;
    private final MailTexts texts;
    private final UserPreferences preferences;
    private final JdbcClient jdbc;

    Notifications(NotificationSettingsStore settings, MailOutbox outbox, MailTexts texts, UserPreferences preferences,
                  JdbcClient jdbc) {
        this.settings = settings;
        this.preferences = preferences;
        this.outbox = outbox;
        this.texts = texts;
        this.jdbc = jdbc;
    }

    /** To the person behind the profile: an employer invited them. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void invitationReceived(UUID profileId, String organisation, String vacancyTitle) {
        ownerOf(profileId).ifPresent(subject -> toPerson(subject, MailKind.INVITATION_RECEIVED,
                l -> texts.invitationReceived(l, organisation, vacancyTitle)));
    }

    /** To the employer account that sent the invitation (none for invitations from before it was recorded). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void invitationAnswered(String invitedBy, UUID profileId, UUID vacancyId, String vacancyTitle,
                                   boolean accepted) {
        if (invitedBy != null) {
            toPerson(invitedBy, MailKind.INVITATION_ANSWERED, l -> texts.invitationAnswered(l,
                    candidateLabel(profileId, l), vacancyTitle, accepted, vacancyId.toString()));
        }
    }

    /** To the person behind the profile: a coach wants to propose them. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void proposalForCandidate(UUID profileId, String coachLabel, String vacancyTitle, String employer) {
        ownerOf(profileId).ifPresent(subject -> toPerson(subject, MailKind.PROPOSAL_FOR_CANDIDATE,
                l -> texts.proposalForCandidate(l, coachLabel, vacancyTitle, employer)));
    }

    /** To every account of the employer organisation that wants proposals: a candidate agreed to be proposed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void proposalForEmployer(String organisation, String coachLabel, String vacancyTitle) {
        for (NotificationSettings s : settings.ofOrganisation(organisation)) {
            if (s.wants(MailKind.PROPOSAL_FOR_EMPLOYER)) {
                outbox.queue(s.subject(), s.email(), texts.proposalForEmployer(languageOf(s), coachLabel, vacancyTitle));
            }
        }
    }

    /** To the coach who proposed: the candidate agreed or declined. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void proposalAnswered(String coachSubject, UUID profileId, String vacancyTitle, boolean agreed) {
        toPerson(coachSubject, MailKind.PROPOSAL_ANSWERED, l -> texts.proposalAnswered(l,
                candidateLabel(profileId, l), vacancyTitle, agreed, profileId.toString()));
    }

    /**
     * To a worker an employer invited for the team outlook: sent once to the address given, without settings (the
     * worker has no account); {@code invitationId} stands in for a subject in the outbox.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void teamOutlookQuestions(UUID invitationId, String address, String organisation, String teamName,
                                     String path, java.time.LocalDate until) {
        outbox.queue("team-outlook:" + invitationId, address, texts.teamOutlookQuestions(organisation, teamName, path, until));
    }

    private void toPerson(String subject, MailKind kind, Function<Language, Mail> render) {
        settings.of(subject).filter(s -> s.wants(kind))
                .ifPresent(s -> outbox.queue(s.subject(), s.email(), render.apply(languageOf(s))));
    }

    /** The interface language the person uses now (it may have changed since the settings were saved). */
    private Language languageOf(NotificationSettings s) {
        return preferences.languageOf(s.subject()).orElse(s.language());
    }

    private Optional<String> ownerOf(UUID profileId) {
        return jdbc.sql("select owner_subject from candidate_profile where id = ? and owner_subject is not null")
                .param(profileId).query(String.class).optional();
    }

    private static String candidateLabel(UUID profileId, Language language) {
        return CandidateLabel.of(new ProfileId(profileId),
                language == Language.EN ? Locale.ENGLISH : Locale.forLanguageTag("nl"));
    }
}
