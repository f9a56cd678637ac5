package nl.vaardig.web.matching;

import java.util.List;
import java.util.Objects;

/**
 * Two or three target occupations side by side for one skills profile: per occupation what the person has, has in
 * part (a related skill stands in, with the reason) and misses (essentials first), the learning routes that close
 * most of the essential gap with their length, and how many vacancies for it are open in the person's region.
 *
 * @param region     the arbeidsmarktregio the vacancies were counted in; null: the whole country
 * @param regionName its name, or null
 */
public record OccupationComparisonView(String region, String regionName, List<ComparedOccupation> occupations) {

    public OccupationComparisonView {
        occupations = List.copyOf(occupations);
    }

    /**
     * One occupation.
     *
     * @param have            requirements met by the very skill, essentials first
     * @param partial         requirements met by a related skill of the person, essentials first
     * @param missing         essential requirements the person has not (yet)
     * @param optionalMissing how many optional requirements the person has not (they are not listed)
     * @param routeWeeks      the chosen routes' length together (0 when none is needed or found)
     * @param openVacancies   vacancies for this occupation open today in {@code region}
     */
    public record ComparedOccupation(String uri, String label, String labelLanguage, boolean derived, PublicMatchController.Fit fit,
                         List<ExplanationView.Matched> have, List<ExplanationView.Partial> partial,
                         List<ExplanationView.Missing> missing, int optionalMissing, RoutePlanView routes, int routeWeeks,
                         int openVacancies) {

        public ComparedOccupation {
            Objects.requireNonNull(uri, "uri");
            have = List.copyOf(have);
            partial = List.copyOf(partial);
            missing = List.copyOf(missing);
            if (optionalMissing < 0 || routeWeeks < 0 || openVacancies < 0) {
                throw new IllegalArgumentException("counts are never negative");
            }
        }
    }
}
