package nl.vaardig.web.taxonomy;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/** The label language of a public taxonomy or matching request: {@code ?lang=nl|en}, else the request's locale. */
public final class RequestedLabelLanguage {

    private RequestedLabelLanguage() {
    }

    public static Locale of(String lang) {
        if (lang == null || lang.isBlank()) {
            return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.of("nl");
        }
        return switch (lang.strip().toLowerCase(Locale.ROOT)) {
            case "nl" -> Locale.of("nl");
            case "en" -> Locale.ENGLISH;
            default -> throw new IllegalArgumentException("lang must be nl or en");
        };
    }

    public static boolean dutch(Locale locale) {
        return "nl".equals(locale.getLanguage());
    }
}
