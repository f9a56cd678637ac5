package nl.vaardig.web.badge;

import static nl.vaardig.web.badge.BadgeFixtures.FORKLIFT;
import static nl.vaardig.web.badge.BadgeFixtures.TEAMWORK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.vaardig.web.badge.BadgeRejected.Reason;
import org.junit.jupiter.api.Test;

/** Badge files in every container and both versions, and the refusals of files that are not usable badges. */
class BadgeReadingTest {

    static OpenBadge read(byte[] file) {
        return OpenBadgeReader.read(BadgeFile.read(file).text());
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static Reason refusal(byte[] file) {
        try {
            read(file);
        } catch (BadgeRejected e) {
            return e.reason();
        }
        throw new AssertionError("the file was accepted");
    }

    @Test
    void ob2JsonHostedWithTwoEscoSkills() {
        OpenBadge badge = read(utf8(BadgeFixtures.ob2("https://example.org/a/1", "hosted", List.of(FORKLIFT, TEAMWORK))));
        assertThat(badge.spec()).isEqualTo(OpenBadge.Spec.OB2);
        assertThat(badge.name()).isEqualTo("Heftruckcertificaat (test)");
        assertThat(badge.issuer()).isEqualTo("Testacademie");
        assertThat(badge.issuedOn()).isEqualTo("2025-06-30T10:00:00Z");
        assertThat(badge.sourceId()).isEqualTo("https://example.org/a/1");
        assertThat(badge.escoSkillUris()).containsExactly(FORKLIFT, TEAMWORK);
        assertThat(badge.verificationReason()).isEqualTo(OpenBadge.VerificationReason.HOSTED);
    }

    @Test
    void escoUrisAreNormalisedFromHttpsPortalLinksAndUpperCase() {
        String portal = "https://esco.ec.europa.eu/en/classification/skill?uri=" + FORKLIFT.replace("http:", "https:").toUpperCase(java.util.Locale.ROOT)
                .replace("HTTPS://DATA.EUROPA.EU/ESCO/SKILL/", "https://data.europa.eu/esco/skill/");
        OpenBadge badge = read(utf8(BadgeFixtures.ob2("urn:uuid:1", "hosted", List.of(portal, "https://example.org/not-esco", FORKLIFT))));
        assertThat(badge.escoSkillUris()).containsExactly(FORKLIFT);
    }

    @Test
    void ob3CredentialWithProofIsReadAndMarkedAsProofNotChecked() {
        OpenBadge badge = read(utf8(BadgeFixtures.ob3("urn:uuid:cred-1", true, List.of(TEAMWORK))));
        assertThat(badge.spec()).isEqualTo(OpenBadge.Spec.OB3);
        assertThat(badge.name()).isEqualTo("Samenwerken in teams (test)");
        assertThat(badge.issuer()).isEqualTo("Testhogeschool");
        assertThat(badge.issuedOn()).isEqualTo("2025-09-01T00:00:00Z");
        assertThat(badge.escoSkillUris()).containsExactly(TEAMWORK);
        assertThat(badge.verificationReason()).isEqualTo(OpenBadge.VerificationReason.PROOF);
        assertThat(read(utf8(BadgeFixtures.ob3("urn:uuid:cred-2", false, List.of(TEAMWORK)))).verificationReason())
                .isEqualTo(OpenBadge.VerificationReason.NONE);
    }

    @Test
    void bakedPngOfBothVersionsAndASignedJws() {
        String ob2 = BadgeFixtures.ob2("urn:uuid:png", "hosted", List.of(FORKLIFT));
        assertThat(BadgeFile.read(BadgeFixtures.png("openbadges", ob2)).container()).isEqualTo(BadgeFile.Container.PNG);
        assertThat(read(BadgeFixtures.png("openbadges", ob2)).escoSkillUris()).containsExactly(FORKLIFT);
        assertThat(read(BadgeFixtures.png("openbadgecredential", BadgeFixtures.ob3("urn:uuid:c", false, List.of(TEAMWORK)))).spec())
                .isEqualTo(OpenBadge.Spec.OB3);
        OpenBadge signed = read(BadgeFixtures.png("openbadges", BadgeFixtures.jws(ob2)));
        assertThat(signed.verificationReason()).isEqualTo(OpenBadge.VerificationReason.SIGNED);
        assertThat(signed.escoSkillUris()).containsExactly(FORKLIFT);
    }

    @Test
    void bakedSvgOfBothVersions() {
        byte[] ob2 = BadgeFixtures.svg("assertion", "http://openbadges.org", BadgeFixtures.ob2("urn:uuid:svg", "hosted", List.of(FORKLIFT)));
        assertThat(BadgeFile.read(ob2).container()).isEqualTo(BadgeFile.Container.SVG);
        assertThat(read(ob2).escoSkillUris()).containsExactly(FORKLIFT);
        byte[] ob3 = BadgeFixtures.svg("credential", "https://purl.imsglobal.org/ob/v3p0",
                BadgeFixtures.ob3("urn:uuid:svg3", false, List.of(TEAMWORK)));
        assertThat(read(ob3).spec()).isEqualTo(OpenBadge.Spec.OB3);
    }

    @Test
    void svgWithAnExternalEntityIsNeverResolved() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE svg [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org">
                  <openbadges:assertion>&secret;</openbadges:assertion>
                </svg>""";
        assertThatThrownBy(() -> read(utf8(xxe))).isInstanceOf(BadgeRejected.class);
    }

    @Test
    void badFilesAreRefusedWithTheirReason() {
        assertThat(refusal(new byte[0])).isEqualTo(Reason.EMPTY);
        assertThat(refusal(new byte[BadgeFile.MAX_BYTES + 1])).isEqualTo(Reason.TOO_LARGE);
        assertThat(refusal(utf8("Dit is een brief, geen badge."))).isEqualTo(Reason.NOT_A_BADGE_FILE);
        assertThat(refusal(utf8("{\"type\": \"Assertion\", \"badge\": {"))).isEqualTo(Reason.BROKEN_JSON);
        assertThat(refusal(utf8("{\"name\": \"een profiel\"}"))).isEqualTo(Reason.NOT_AN_OPEN_BADGE);
        assertThat(refusal(BadgeFixtures.png(null, null))).isEqualTo(Reason.PNG_WITHOUT_BADGE);
        assertThat(refusal(BadgeFixtures.png("Comment", "hallo"))).isEqualTo(Reason.PNG_WITHOUT_BADGE);
        byte[] cut = java.util.Arrays.copyOf(BadgeFixtures.png(null, null), 20);
        assertThat(refusal(cut)).isEqualTo(Reason.BROKEN_IMAGE);
        assertThat(refusal(utf8("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>"))).isEqualTo(Reason.SVG_WITHOUT_BADGE);
        assertThat(refusal(utf8("<html><body>geen svg</body></html>"))).isEqualTo(Reason.NOT_A_BADGE_FILE);
        assertThat(refusal(utf8("""
                {"type": "Assertion", "id": "urn:x", "badge": "https://example.org/badge-class/1"}"""))).isEqualTo(Reason.ONLY_LINKED);
        String deep = "[".repeat(200) + "]".repeat(200);
        assertThat(refusal(utf8("{\"a\":" + deep + "}"))).isEqualTo(Reason.BROKEN_JSON);
    }

    @Test
    void aBadgeWithoutEscoAlignmentReadsWithNoSkills() {
        assertThat(read(utf8(BadgeFixtures.ob2("urn:uuid:n", "hosted", List.of("https://example.org/framework/skill/1"))))
                .escoSkillUris()).isEmpty();
    }
}
