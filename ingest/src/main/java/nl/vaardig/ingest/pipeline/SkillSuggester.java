package nl.vaardig.ingest.pipeline;

import java.util.List;

/** Vacancy text → the skills it asks for, with the phrase that says so. Thread-safe. */
public interface SkillSuggester {

    List<FeedSkill> suggest(String title, String description);
}
