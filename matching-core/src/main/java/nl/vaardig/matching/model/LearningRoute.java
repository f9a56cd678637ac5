package nl.vaardig.matching.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.vaardig.taxonomy.region.AmrCode;

/**
 * A learning route (leerroute): a course, training, diploma route or side-entry programme, with the skills it
 * teaches. Offered in some arbeidsmarktregio's, online, or both.
 *
 * @param titleNl      Dutch title; {@code titleEn} may be empty
 * @param durationWeeks study duration in weeks (at the stated pace)
 * @param costEuros    cost to the participant in whole euros (0 when funded)
 * @param synthetic    true for generated demo routes, whose title and provider also say "(demo)"
 */
public record LearningRoute(LearningRouteId id, String provider, String titleNl, String titleEn, RouteKind kind,
                            List<RouteSkill> skills, int durationWeeks, int costEuros, Set<AmrCode> regions,
                            boolean online, List<LocalDate> startDates, boolean synthetic) {

    public LearningRoute {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        if (provider == null || provider.isBlank()) {
            throw new IllegalArgumentException("a learning route needs a provider");
        }
        if (titleNl == null || titleNl.isBlank()) {
            throw new IllegalArgumentException("a learning route needs a Dutch title");
        }
        provider = provider.strip();
        titleNl = titleNl.strip();
        titleEn = titleEn == null ? "" : titleEn.strip();
        skills = SkillLists.distinct(skills, RouteSkill::skill, (a, b) -> a.level().atLeast(b.level()) ? a : b, "route skills");
        if (skills.isEmpty()) {
            throw new IllegalArgumentException("a learning route must teach at least one skill");
        }
        if (durationWeeks <= 0 || durationWeeks > 520) {
            throw new IllegalArgumentException("duration must be 1-520 weeks, was " + durationWeeks);
        }
        if (costEuros < 0) {
            throw new IllegalArgumentException("cost must not be negative");
        }
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        if (regions.isEmpty() && !online) {
            throw new IllegalArgumentException("a learning route is offered online or in at least one region");
        }
        startDates = startDates == null ? List.of() : startDates.stream().sorted().toList();
    }

    public boolean availableIn(AmrCode region) {
        return online || regions.contains(region);
    }
}
