package nl.vaardig.matching.engine;

import java.util.List;
import nl.vaardig.matching.explain.SkillLabel;

/**
 * What a person is shown for their profile: the vacancies that fit, or — when none shares more than a generic
 * (transversal) skill or a faint stand-in with the profile — no list at all but an honest "nothing close yet" and
 * the skills that would open most doors among the vacancies searched.
 *
 * @param matches     vacancies with a real overlap, best first (empty when nothing is close)
 * @param nothingClose true when vacancies were found but none with a real overlap
 * @param doorOpeners essential skills the person lacks that the searched vacancies ask most often (most first);
 *                    filled when nothing is close
 */
public record VacancyFindings(List<VacancyMatch> matches, boolean nothingClose, List<SkillLabel> doorOpeners) {
    public VacancyFindings {
        matches = List.copyOf(matches);
        doorOpeners = List.copyOf(doorOpeners);
    }
}
