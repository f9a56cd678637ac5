package nl.vaardig.web.passport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassportPdfTest {

    private static Passport.Label label(String text, String language, boolean derived) {
        return new Passport.Label("http://data.europa.eu/esco/skill/x", text, language, derived);
    }

    @Test
    void theHtmlEscapesWhatThePersonTypedAndMarksEnglishAndDerivedLabels() {
        Passport passport = new Passport("Sanne <de> Vries", null, "AM18",
                List.of(new Passport.Group("zorg", List.of(new Passport.Skill(label("wondzorg", "nl", false), "EXPERT",
                        "CERTIFICATE", "Diploma & \"stage\"", null, true, false)))),
                List.of(label("data mining", "en", false)), List.of(label("tillen", "nl", true)),
                Instant.parse("2026-12-06T07:00:00Z"));
        String html = PassportPdf.html(passport);
        assertThat(html).contains("<html lang=\"nl-NL\">")
                .contains("<title>Skills paspoort van Sanne &lt;de&gt; Vries</title>")
                .contains("Diploma &amp; &quot;stage&quot;")
                .contains("<span lang=\"en\">data mining</span>")
                .contains("tillen (afgeleid)")
                .contains("niveau expert; herkomst: certificaat")
                .contains("Gemaakt op 6 december 2026")
                .doesNotContain("<de>");
    }
}
