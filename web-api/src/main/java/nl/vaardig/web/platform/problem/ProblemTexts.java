package nl.vaardig.web.platform.problem;

import java.util.Locale;
import java.util.Map;

/**
 * Titles and details of problems in Dutch (default) and English. Texts tell a person what to do
 * next; they never echo internals such as class names or SQL.
 */
public final class ProblemTexts {

    private record Text(String titleNl, String titleEn) {
    }

    private static final Map<Integer, Text> TITLES = Map.ofEntries(
            Map.entry(400, new Text("Ongeldig verzoek", "Bad request")),
            Map.entry(401, new Text("Niet ingelogd", "Not signed in")),
            Map.entry(403, new Text("Geen toegang", "Access denied")),
            Map.entry(404, new Text("Niet gevonden", "Not found")),
            Map.entry(405, new Text("Methode niet toegestaan", "Method not allowed")),
            Map.entry(406, new Text("Formaat niet beschikbaar", "Not acceptable")),
            Map.entry(409, new Text("Conflict", "Conflict")),
            Map.entry(412, new Text("Gegevens zijn intussen gewijzigd", "Data changed in the meantime")),
            Map.entry(413, new Text("Verzoek te groot", "Payload too large")),
            Map.entry(415, new Text("Formaat niet ondersteund", "Unsupported media type")),
            Map.entry(422, new Text("Controleer de invoer", "Please check your input")),
            Map.entry(429, new Text("Te veel verzoeken", "Too many requests")),
            Map.entry(500, new Text("Er ging iets mis", "Something went wrong")),
            Map.entry(503, new Text("Tijdelijk niet beschikbaar", "Temporarily unavailable")));

    /** The database is busy (no pool connection in time) or unreachable: nothing is wrong with the request. */
    public static final String DATABASE_BUSY_NL =
            "Vaardig is even te druk of de database is niet bereikbaar. Probeer het over een paar seconden opnieuw.";
    public static final String DATABASE_BUSY_EN =
            "Vaardig is busy or the database cannot be reached. Please try again in a few seconds.";
    /** Seconds a client waits before repeating a request refused with {@link #DATABASE_BUSY_EN}. */
    public static final String DATABASE_BUSY_RETRY_AFTER = "2";

    private ProblemTexts() {
    }

    public static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    public static String title(int status, Locale locale) {
        Text text = TITLES.getOrDefault(status, status >= 500 ? TITLES.get(500) : TITLES.get(400));
        return english(locale) ? text.titleEn() : text.titleNl();
    }

    public static String detail(String keyNl, String keyEn, Locale locale) {
        return english(locale) ? keyEn : keyNl;
    }
}
