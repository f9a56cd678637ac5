package nl.vaardig.web.notification;

import static nl.vaardig.web.support.Http.bearer;
import static nl.vaardig.web.support.ReceivedMail.recipients;
import static nl.vaardig.web.support.ReceivedMail.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vaardig.local.mail.LocalMailServer;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.matching.model.EvidenceKind;
import nl.vaardig.matching.model.ProficiencyLevel;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.matching.model.ProfileSkill;
import nl.vaardig.matching.model.SelfAssessment;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.region.AmrCode;
import nl.vaardig.web.candidate.CandidateService;
import nl.vaardig.web.candidate.Consent;
import nl.vaardig.web.candidate.ConsentKind;
import nl.vaardig.web.demo.DemoSubjects;
import nl.vaardig.web.support.Http;
import nl.vaardig.web.support.TestTokens;
import nl.vaardig.web.support.VaardigIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notification mail end to end on a real SMTP server (GreenMail in the test JVM): invitations, proposals and answers
 * reach the people who switched them on, and nobody else; what a mail says is what its reader may see; a mail
 * server that is down delays mail but loses none; only an administrator reads the local mail list.
 */
@VaardigIntegrationTest
class NotificationMailIT {

    static final String ORGANISATION = "Zorggroep Amstelland";
    static final Duration DELIVERY = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    TestTokens tokens;
    @Autowired
    CandidateService candidates;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LocalMailServer smtp;

    Http http;
    final JsonMapper json = EnvelopeCodec.mapper();

    /** Seekers this test made: erased afterwards, so that later tests (and the browser journeys, which share the
     * application) do not find dozens of perfect-fit test candidates among the demo employer's candidates. */
    final List<Seeker> created = new java.util.ArrayList<>();

    @AfterEach
    void eraseTheSeekersThisTestMade() {
        for (Seeker seeker : created) {
            assertThat(http.delete("/api/me", bearer(seeker.token())).statusCode()).isEqualTo(204);
        }
        created.clear();
    }

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    record Seeker(String username, UUID profile, String token) {
    }

    /** A fresh seeker whose profile fits the vacancy, consenting to employer search and coach help in AM18. */
    Seeker seeker(String vacancy) {
        List<SkillUri> asked = jdbc.sql("select jsonb_array_elements(skills)->>'uri' from vacancy where id = ?")
                .param(UUID.fromString(vacancy)).query(String.class).list().stream().map(SkillUri::new).toList();
        Profile profile = new Profile(ProfileId.random(), asked.stream().map(s -> new ProfileSkill(s,
                ProficiencyLevel.EXPERT, EvidenceKind.WORK, SelfAssessment.DOES_IT)).toList(), Set.of(),
                new AmrCode("AM18"), null, null, null, false);
        String username = "it-mail-seeker-" + UUID.randomUUID();
        Set<AmrCode> am18 = Set.of(new AmrCode("AM18"));
        candidates.storeOwned(profile, DemoSubjects.subjectOf(username), List.of(
                Consent.given(profile.id(), ConsentKind.EMPLOYER_SEARCH, am18, "it-1", Instant.now()),
                Consent.given(profile.id(), ConsentKind.KEEP_PROFILE, am18, "it-1", Instant.now()),
                Consent.given(profile.id(), ConsentKind.COACH_HELP, am18, "it-1", Instant.now())));
        Seeker seeker = new Seeker(username, profile.id().value(), tokens.jobSeeker(username));
        created.add(seeker);
        return seeker;
    }

    String employer() {
        return tokens.employer("it-mail-werkgever-" + UUID.randomUUID(), ORGANISATION);
    }

    String demoVacancy(int index) {
        return ok(http.get("/api/vacancies", bearer(employer())), 200).get("items").valueStream()
                .filter(v -> v.get("synthetic").asBoolean()).toList().get(index).get("id").asString();
    }

    static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeld.nl";
    }

    void optIn(String token, String email, boolean invitations, boolean proposals, boolean answers) {
        ok(http.put("/api/me/notifications", """
                {"email":"%s","invitations":%s,"proposals":%s,"answers":%s}""".formatted(email, invitations,
                proposals, answers), bearer(token)), 200);
    }

    String invite(String employer, String vacancy, UUID profile) {
        return ok(http.post("/api/vacancies/" + vacancy + "/invitations", json.writeValueAsString(
                java.util.Map.of("candidateId", profile.toString(), "message", "Kom je kennismaken?")),
                bearer(employer)), 201).get("id").asString();
    }

    List<MimeMessage> mailTo(String email) {
        return smtp.received().stream().filter(m -> recipients(m).contains(email)).toList();
    }

    MimeMessage awaitMail(String email) {
        await().atMost(DELIVERY).until(() -> !mailTo(email).isEmpty());
        List<MimeMessage> mails = mailTo(email);
        assertThat(mails).as("exactly one mail to " + email).hasSize(1);
        return mails.getFirst();
    }

    long waiting(String email) {
        return jdbc.sql("select count(*) from mail_outbox where to_address = ?").param(email).query(Long.class).single();
    }


    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    @Test
    void anInvitationAndItsAnswerReachThePeopleWhoAskedForThemAndSayNoMoreThanTheyMaySee() throws Exception {
        String vacancy = demoVacancy(3);
        String title = jdbc.sql("select title from vacancy where id = ?").param(UUID.fromString(vacancy))
                .query(String.class).single();
        Seeker anna = seeker(vacancy);
        Seeker other = seeker(vacancy);
        String annaMail = address("anna");
        String employer = employer();
        String employerMail = address("werkgever");
        optIn(anna.token(), annaMail, true, false, false);
        optIn(employer, employerMail, false, false, true);

        String invitation = invite(employer, vacancy, anna.profile());
        invite(employer, vacancy, other.profile());

        MimeMessage toAnna = awaitMail(annaMail);
        assertThat(subject(toAnna)).contains(ORGANISATION).contains(title);
        assertThat(text(toAnna)).startsWith("Hallo,").contains("nodigt je uit").contains(title)
                .contains("/werkzoekende/uitnodigingen")
                .as("no other candidate, no pseudonym, no message beyond the invitation itself")
                .doesNotContain(other.profile().toString().substring(0, 4).toUpperCase(java.util.Locale.ROOT))
                .doesNotContain("Kandidaat");
        assertThat(toAnna.getHeader("Auto-Submitted")).containsExactly("auto-generated");

        ok(http.post("/api/me/invitations/" + invitation + "/answer", """
                {"answer":"ACCEPTED","share":{"name":"Anna de Vries","email":"anna@prive.nl"},"version":0}""",
                bearer(anna.token())), 200);
        MimeMessage toEmployer = awaitMail(employerMail);
        String label = "Kandidaat " + anna.profile().toString().substring(0, 4).toUpperCase(java.util.Locale.ROOT);
        assertThat(subject(toEmployer)).contains(label).contains("accepteert");
        assertThat(text(toEmployer)).contains("/werkgever/vacatures/" + vacancy + "/kandidaten")
                .as("the contact shared stays in the app").doesNotContain("Anna").doesNotContain("anna@prive.nl");
        // the relay deletes a row right after the SMTP server took the mail: wait for that, do not race it
        await().atMost(DELIVERY).untilAsserted(() ->
                assertThat(waiting(annaMail) + waiting(employerMail)).as("sent mail leaves the outbox").isZero());
    }

    /**
     * Figures for docs/benchmarks.md: the invitation call with and without a mail to queue (the mail is a row in
     * the same transaction, so the call should not slow down), and how long the relay takes to hand the mail to
     * the SMTP server after the call returned.
     */
    @Test
    void queueingAMailDoesNotSlowTheInvitationAndEveryMailArrives() {
        String vacancy = demoVacancy(9);
        String employer = employer();
        int n = 20;
        List<Long> withMail = new java.util.ArrayList<>();
        List<Long> withoutMail = new java.util.ArrayList<>();
        List<Long> delivery = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            Seeker quiet = seeker(vacancy);
            long started = System.nanoTime();
            invite(employer, vacancy, quiet.profile());
            withoutMail.add(System.nanoTime() - started);

            Seeker mailed = seeker(vacancy);
            String email = address("meting");
            optIn(mailed.token(), email, true, false, false);
            started = System.nanoTime();
            invite(employer, vacancy, mailed.profile());
            long answered = System.nanoTime();
            withMail.add(answered - started);
            await().atMost(DELIVERY).pollInterval(Duration.ofMillis(10)).until(() -> !mailTo(email).isEmpty());
            delivery.add(System.nanoTime() - answered);
        }
        assertThat(delivery).as("every mail arrived").hasSize(n);
        System.out.printf(java.util.Locale.ROOT, "[mail figures] n=%d invite without mail p50 %.1f ms max %.1f ms; "
                        + "with mail p50 %.1f ms max %.1f ms; delivery after the call p50 %.1f ms max %.1f ms%n", n,
                p50(withoutMail), max(withoutMail), p50(withMail), max(withMail), p50(delivery), max(delivery));
        assertThat(p50(withMail)).as("the call does not wait for SMTP").isLessThan(500);
    }

    static double p50(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get(sorted.size() / 2) / 1e6;
    }

    static double max(List<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
    }

    @Test
    void withoutOptInNobodyIsMailedAndEachSwitchCountsOnItsOwn() {
        String vacancy = demoVacancy(4);
        Seeker silent = seeker(vacancy);
        Seeker proposalsOnly = seeker(vacancy);
        String proposalsOnlyMail = address("alleen-voorstellen");
        optIn(proposalsOnly.token(), proposalsOnlyMail, false, true, true);
        Seeker switchedOff = seeker(vacancy);
        String switchedOffMail = address("uitgezet");
        optIn(switchedOff.token(), switchedOffMail, true, true, true);
        assertThat(http.delete("/api/me/notifications", bearer(switchedOff.token())).statusCode()).isEqualTo(204);
        assertThat(ok(http.get("/api/me/notifications", bearer(switchedOff.token())), 200).get("email").isNull())
                .as("switching off forgets the address").isTrue();
        JsonNode defaults = ok(http.get("/api/me/notifications", bearer(silent.token())), 200);
        assertThat(defaults.get("invitations").asBoolean() || defaults.get("proposals").asBoolean()
                || defaults.get("answers").asBoolean()).as("everything off by default").isFalse();

        String employer = employer();
        long before = smtp.received().size();
        invite(employer, vacancy, silent.profile());
        invite(employer, vacancy, proposalsOnly.profile());
        invite(employer, vacancy, switchedOff.profile());

        // the relay is woken by each commit; give it the time a delivery takes above, then nothing may have arrived
        Seeker control = seeker(vacancy);
        String controlMail = address("controle");
        optIn(control.token(), controlMail, true, false, false);
        invite(employer, vacancy, control.profile());
        awaitMail(controlMail);
        assertThat(mailTo(proposalsOnlyMail)).as("invitations switched off").isEmpty();
        assertThat(mailTo(switchedOffMail)).as("everything switched off").isEmpty();
        assertThat(smtp.received().size() - before).as("only the control mail").isEqualTo(1);
        assertThat(waiting(proposalsOnlyMail) + waiting(switchedOffMail)).isZero();
    }

    @Test
    void aProposalReachesTheCandidateThenTheEmployerAndTheAnswerTheCoach() {
        String vacancy = demoVacancy(5);
        Seeker bram = seeker(vacancy);
        String bramMail = address("bram");
        optIn(bram.token(), bramMail, false, true, false);
        String employer = employer();
        String employerMail = address("werkgever-voorstel");
        optIn(employer, employerMail, false, true, false);
        String coach = tokens.jobcoach("it-mail-coach-" + UUID.randomUUID(), "AM18");
        String coachMail = address("jobcoach");
        optIn(coach, coachMail, false, false, true);

        String proposal = ok(http.post("/api/coach/proposals", """
                {"profileId":"%s","vacancyId":"%s","note":"Past goed."}""".formatted(bram.profile(), vacancy),
                bearer(coach)), 201).get("id").asString();
        MimeMessage toBram = awaitMail(bramMail);
        assertThat(subject(toBram)).startsWith("Je jobcoach wil je voorstellen");
        assertThat(text(toBram)).contains(ORGANISATION).contains("/werkzoekende/voorstellen");
        assertThat(mailTo(employerMail)).as("the employer hears nothing before the candidate agrees").isEmpty();

        ok(http.post("/api/me/proposals/" + proposal + "/answer", """
                {"answer":"AGREED","share":{"name":"Bram Jansen"}}""", bearer(bram.token())), 200);
        MimeMessage toEmployer = awaitMail(employerMail);
        assertThat(subject(toEmployer)).startsWith("Een jobcoach stelt een kandidaat voor");
        assertThat(text(toEmployer)).contains("/werkgever/voorstellen").doesNotContain("Bram");
        MimeMessage toCoach = awaitMail(coachMail);
        assertThat(subject(toCoach)).contains("gaat akkoord");
        assertThat(text(toCoach)).contains("/jobcoach/kandidaten/" + bram.profile()).doesNotContain("Bram");
    }

    @Test
    void theAddressAPersonGaveForMailIsInTheirDataExportAndGoneWhenTheyTurnMailOff() {
        Seeker lot = seeker(demoVacancy(8));
        String lotMail = address("lot");
        optIn(lot.token(), lotMail, true, false, true);
        JsonNode mail = ok(http.get("/api/me/export", bearer(lot.token())), 200).get("account").get("emailNotifications");
        assertThat(mail.get("email").asString()).isEqualTo(lotMail);
        assertThat(mail.get("invitations").asBoolean()).isTrue();
        assertThat(mail.get("proposals").asBoolean()).isFalse();
        assertThat(http.delete("/api/me/notifications", bearer(lot.token())).statusCode()).isIn(200, 204);
        assertThat(ok(http.get("/api/me/export", bearer(lot.token())), 200).get("account").has("emailNotifications"))
                .isFalse();
    }

    @Test
    void aPersonWhoChoseEnglishGetsEnglishMail() {
        String vacancy = demoVacancy(6);
        Seeker emma = seeker(vacancy);
        String emmaMail = address("emma");
        assertThat(http.put("/api/me/preferences", "{\"language\":\"en\"}", bearer(emma.token())).statusCode())
                .isEqualTo(204);
        optIn(emma.token(), emmaMail, true, false, false);
        invite(employer(), vacancy, emma.profile());
        MimeMessage toEmma = awaitMail(emmaMail);
        assertThat(subject(toEmma)).contains("invites you");
        assertThat(text(toEmma)).startsWith("Hello,").contains("You decide");
    }

    @Test
    void whileTheMailServerIsDownMailWaitsAndIsDeliveredOnceItIsBack() {
        String vacancy = demoVacancy(7);
        Seeker cas = seeker(vacancy);
        String casMail = address("cas");
        optIn(cas.token(), casMail, true, false, false);
        smtp.stop();
        try {
            invite(employer(), vacancy, cas.profile());
            await().atMost(DELIVERY).until(() -> jdbc.sql("select coalesce(max(attempts), 0) from mail_outbox "
                    + "where to_address = ?").param(casMail).query(Integer.class).single() >= 2);
            assertThat(waiting(casMail)).as("kept, not dropped").isEqualTo(1);
            assertThat(jdbc.sql("select last_error from mail_outbox where to_address = ?").param(casMail)
                    .query(String.class).single()).isNotBlank();
        } finally {
            smtp.start();
        }
        awaitMail(casMail);
        await().atMost(DELIVERY).until(() -> waiting(casMail) == 0);
    }

    @Test
    void onlyAnAdministratorReadsTheLocalMailAndSettingsAreValidated() {
        String vacancy = demoVacancy(8);
        Seeker dirk = seeker(vacancy);
        String dirkMail = address("dirk");
        optIn(dirk.token(), dirkMail, true, false, false);
        invite(employer(), vacancy, dirk.profile());
        awaitMail(dirkMail);

        JsonNode list = ok(http.get("/api/admin/mail", bearer(tokens.admin())), 200);
        assertThat(list.get("available").asBoolean()).isTrue();
        JsonNode mine = list.get("items").valueStream().filter(m -> m.get("to").asString().contains(dirkMail))
                .findFirst().orElseThrow();
        assertThat(mine.get("subject").asString()).contains(ORGANISATION);
        assertThat(mine.get("body").asString()).contains("nodigt je uit");
        assertThat(Instant.parse(mine.get("sentAt").asString())).isAfter(Instant.now().minus(Duration.ofMinutes(5)));

        for (String token : List.of(dirk.token(), employer(), tokens.jobcoach("jobcoach", "AM18"),
                tokens.regio("regio", "AM18"))) {
            assertThat(http.get("/api/admin/mail", bearer(token)).statusCode()).isEqualTo(403);
        }
        assertThat(http.get("/api/admin/mail").statusCode()).isEqualTo(401);
        assertThat(http.get("/api/me/notifications").statusCode()).isEqualTo(401);
        assertThat(http.put("/api/me/notifications", "{\"email\":\"a@b.nl\",\"invitations\":true}").statusCode())
                .isEqualTo(401);

        HttpResponse<String> bad = http.put("/api/me/notifications", "{\"email\":\"geen-adres\",\"invitations\":true}",
                bearer(dirk.token()));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(bad.body()).contains("email");
        assertThat(ok(http.get("/api/me/notifications", bearer(dirk.token())), 200).get("email").asString())
                .as("a refused change leaves the saved address").isEqualTo(dirkMail);
    }
}
