package nl.vaardig.web.skills;

import java.util.List;

/** Answer of {@code POST /api/public/occupations/match} (contract 3): best occupation first. */
record OccupationMatchView(List<OccupationView> occupations) {

    /** {@code score} in [0, 1]: 1 means the title is one of the occupation's names. */
    record OccupationView(String uri, String label, String labelLanguage, boolean derived, double score,
                          List<SkillView> skills) {
    }

    /** A skill ESCO lists for the occupation, essential ones first. */
    record SkillView(String uri, String label, String labelLanguage, boolean derived, boolean essential) {
    }
}
