package nl.vaardig.web.passport;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The Dutch words the PDF prints for the profile's codes, as the app shows them (nl.ts, seeker.profile.*). */
final class PassportWords {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"))
            .withZone(AMSTERDAM);

    private static final Map<String, String> LEVELS = Map.of("BASIC", "Basis", "INTERMEDIATE", "Gemiddeld",
            "ADVANCED", "Gevorderd", "EXPERT", "Expert");
    private static final Map<String, String> ORIGINS = Map.of("WORK", "Werkervaring", "FORMAL_COURSE", "Cursus of opleiding",
            "CERTIFICATE", "Certificaat", "INFORMAL", "Vrijwilligerswerk of informeel", "SELF_DECLARED", "Eigen inschatting");

    private PassportWords() {
    }

    static String level(String code) {
        return LEVELS.getOrDefault(code, code);
    }

    static String origin(String code) {
        return ORIGINS.getOrDefault(code, code);
    }

    /** "6 december 2026", in Amsterdam. */
    static String day(Instant at) {
        return DAY.format(at);
    }
}
