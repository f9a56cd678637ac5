package nl.vaardig.web.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import nl.vaardig.web.account.Language;
import org.junit.jupiter.api.Test;

/** The mail texts: one voice ("je", never "u"/"uw"), the reader's language, a link, and nothing personal. */
class MailTextsTest {

    private static final Pattern FORMAL = Pattern.compile("(?i)(?<![\\p{L}-])(u|uw)(?![\\p{L}-])");
    private final MailTexts texts = new MailTexts("https://vaardig.example.nl");

    private List<Mail> all(Language l) {
        return List.of(
                texts.invitationReceived(l, "Zorggroep Amstelland", "Verzorgende IG"),
                texts.invitationAnswered(l, "Kandidaat 7F3A", "Verzorgende IG", true, "v-1"),
                texts.invitationAnswered(l, "Kandidaat 7F3A", "Verzorgende IG", false, "v-1"),
                texts.proposalForCandidate(l, "Jobcoach AM18", "Verzorgende IG", "Zorggroep Amstelland"),
                texts.proposalForEmployer(l, "Jobcoach AM18", "Verzorgende IG"),
                texts.proposalAnswered(l, "Kandidaat 7F3A", "Verzorgende IG", true, "p-1"),
                texts.proposalAnswered(l, "Kandidaat 7F3A", "Verzorgende IG", false, "p-1"));
    }

    @Test
    void dutchMailSaysJeNeverUOrUw() {
        for (Mail mail : all(Language.NL)) {
            assertThat(FORMAL.matcher(mail.subject() + "\n" + mail.body()).find()).as(mail.subject()).isFalse();
            assertThat(mail.body()).startsWith("Hallo,").contains("Bekijk het in Vaardig: https://vaardig.example.nl/")
                    .contains("https://vaardig.example.nl/instellingen/e-mail");
        }
        assertThat(texts.invitationAnswered(Language.NL, "Kandidaat 7F3A", "X", false, "v").subject())
                .isEqualTo("Kandidaat 7F3A wijst je uitnodiging voor \u201CX\u201D af");
    }

    @Test
    void englishForPeopleWhoChoseEnglish() {
        for (Mail mail : all(Language.EN)) {
            assertThat(mail.body()).startsWith("Hello,").contains("Open it in Vaardig: https://vaardig.example.nl/")
                    .doesNotContain("Bekijk");
        }
    }

    @Test
    void eachKindLinksWhereTheReaderCanActAndNoTitleBreaksTheSubjectLine() {
        assertThat(texts.invitationReceived(Language.NL, "Org", "T").body()).contains("/werkzoekende/uitnodigingen");
        assertThat(texts.invitationAnswered(Language.NL, "K", "T", true, "v-1").body())
                .contains("/werkgever/vacatures/v-1/kandidaten");
        assertThat(texts.proposalForCandidate(Language.NL, "C", "T", "Org").body()).contains("/werkzoekende/voorstellen");
        assertThat(texts.proposalForEmployer(Language.NL, "C", "T").body()).contains("/werkgever/voorstellen");
        assertThat(texts.proposalAnswered(Language.NL, "K", "T", true, "p-1").body()).contains("/jobcoach/kandidaten/p-1");
        Mail injected = texts.invitationReceived(Language.NL, "Org", "Titel\r\nBcc: iemand@voorbeeld.nl" + "x".repeat(400));
        assertThat(injected.subject()).doesNotContain("\n").doesNotContain("\r").hasSizeLessThanOrEqualTo(Mail.MAX_SUBJECT);
    }

    @Test
    void theTeamOutlookMailSaysJeCarriesTheWorkersOwnLinkAndWhatTheEmployerSees() {
        Mail mail = texts.teamOutlookQuestions("Zorggroep Amstelland", "Team Thuiszorg", "/teamvragen/abc",
                java.time.LocalDate.of(2027, 2, 3));
        assertThat(FORMAL.matcher(mail.subject() + "\n" + mail.body()).find()).isFalse();
        assertThat(mail.kind()).isEqualTo(MailKind.TEAM_OUTLOOK_QUESTIONS);
        assertThat(mail.body()).startsWith("Hallo,").contains("https://vaardig.example.nl/teamvragen/abc")
                .contains("tot 3-2-2027").contains("minstens 5");
        assertThat(new NotificationSettings("sub", "a@b.nl", Language.NL, true, true, true, null)
                .wants(MailKind.TEAM_OUTLOOK_QUESTIONS)).as("never by settings").isFalse();
    }

    @Test
    void settingsNeedAnAddressAndStartOff() {
        NotificationSettings s = new NotificationSettings("sub", " a@b.nl ", Language.NL, false, false, false, " ");
        assertThat(s.email()).isEqualTo("a@b.nl");
        assertThat(s.organisation()).isNull();
        for (MailKind kind : MailKind.values()) {
            assertThat(s.wants(kind)).isFalse();
        }
        assertThat(new NotificationSettings("sub", "a@b.nl", Language.NL, true, false, false, null)
                .wants(MailKind.INVITATION_RECEIVED)).isTrue();
        assertThatThrownBy(() -> new NotificationSettings("sub", "geen-adres", Language.NL, true, true, true, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retriesWaitLongerEachTimeUpToTheMaximumAndNeverGiveUp() {
        Duration first = Duration.ofSeconds(1);
        Duration max = Duration.ofMinutes(5);
        assertThat(MailRelay.retryAfter(1, first, max)).isEqualTo(Duration.ofSeconds(1));
        assertThat(MailRelay.retryAfter(2, first, max)).isEqualTo(Duration.ofSeconds(2));
        assertThat(MailRelay.retryAfter(5, first, max)).isEqualTo(Duration.ofSeconds(16));
        assertThat(MailRelay.retryAfter(9, first, max)).isEqualTo(Duration.ofSeconds(256));
        assertThat(MailRelay.retryAfter(10, first, max)).isEqualTo(max);
        assertThat(MailRelay.retryAfter(10_000, first, max)).isEqualTo(max);
    }
}
