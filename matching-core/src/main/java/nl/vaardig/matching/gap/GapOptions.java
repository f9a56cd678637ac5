package nl.vaardig.matching.gap;

import java.util.Locale;

/**
 * @param maxRoutes          at most this many routes in a plan
 * @param goodMatch          a vacancy is a good match when the person meets at least this share of its
 *                           requirement weight (coverage; used for "jobs unlocked")
 * @param gapBelow           a requirement is a gap while the person's credit for it is below this
 * @param includeOptional    count optional requirements as gaps too (with their lower weight)
 * @param regionVacancies    for "jobs in my region" and jobs unlocked: how many of the best-matching open
 *                           vacancies are examined (the ones within reach)
 * @param locale             label language
 */
public record GapOptions(int maxRoutes, double goodMatch, double gapBelow, boolean includeOptional, int regionVacancies,
                         Locale locale) {

    public GapOptions {
        if (maxRoutes < 1 || maxRoutes > 6) {
            throw new IllegalArgumentException("maxRoutes must be 1-6");
        }
        if (!(goodMatch > 0 && goodMatch < 1) || !(gapBelow > 0 && gapBelow <= 1)) {
            throw new IllegalArgumentException("thresholds must lie in (0, 1)");
        }
        if (regionVacancies < 10 || regionVacancies > 1000) {
            throw new IllegalArgumentException("regionVacancies must be 10-1000");
        }
        locale = locale == null ? Locale.of("nl") : locale;
    }

    public static GapOptions defaults() {
        return new GapOptions(3, 0.6, 0.6, false, 200, Locale.of("nl"));
    }

    public GapOptions withMaxRoutes(int n) {
        return new GapOptions(n, goodMatch, gapBelow, includeOptional, regionVacancies, locale);
    }
}
