package nl.vaardig.web.outlook;

import java.util.List;

/**
 * "My outlook": the seeker's own answered skills placed by demand trend in their region, advice per group, and
 * learning routes for growing skills they want to learn. {@code message} is NO_ANSWERS (no skill with an answer) or
 * NOT_ENOUGH_DATA (the region has too few vacancies for any of them); then there is nothing to place. Each item carries
 * the prognosis for the coming year ({@link YearPrognosis}) or null ("geen prognose").
 */
public record SeekerOutlookView(String region, String regionName, List<OutlookPlanner.Item> items,
                                List<OutlookPlanner.Advice> advice, List<Route> routes, String message, boolean synthetic) {

    public record Route(String id, String skill, String titleNl, String titleEn, String provider, int durationWeeks,
                        int costEuros, boolean online) {
    }
}
