package nl.vaardig.web.skills;

import java.util.List;

/**
 * Answer of {@code POST /api/public/occupations/match} (contract 3): best occupation first. {@code outcome}:
 * {@code MATCHED}, {@code HEAD_FALLBACK} (no occupation with this name; occupations named by its head word) or
 * {@code NOT_RECOGNISED} (empty list); {@code reason} explains the last two in the visitor's language, else null.
 */
record OccupationMatchView(List<OccupationView> occupations, String outcome, String reason) {

    /** {@code score} in [0, 1]: 1 means the title is one of the occupation's names. */
    record OccupationView(String uri, String label, String labelLanguage, boolean derived, double score,
                          List<SkillView> skills) {
    }

    /**
     * A skill ESCO lists for the occupation: essential ones first, within each the most characteristic first (fewest
     * other occupations list it), so a page can offer the first dozen as "the core of this occupation".
     */
    record SkillView(String uri, String label, String labelLanguage, boolean derived, boolean essential) {
    }
}
