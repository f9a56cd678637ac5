package nl.vaardig.web.feed;

import java.util.List;
import nl.vaardig.web.vacancy.RequiredSkill;

/** Vacancy text → the skills it asks for, with the phrase that says so. Thread-safe. */
public interface SkillSuggester {

    List<RequiredSkill> suggest(String title, String description);
}
