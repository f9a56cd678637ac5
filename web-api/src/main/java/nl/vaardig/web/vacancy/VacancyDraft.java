package nl.vaardig.web.vacancy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.vaardig.matching.model.ContractType;
import nl.vaardig.matching.model.HoursPerWeek;
import nl.vaardig.matching.model.IscoCode;
import nl.vaardig.matching.model.ValidityPeriod;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.region.AmrCode;

/**
 * What an employer (or a feed) says about a vacancy; the store adds id, status, source and version.
 *
 * @param employer    the employer organisation's name
 * @param location    optional
 * @param occupation  optional ESCO occupation
 * @param isco        optional ISCO-08 group
 */
public record VacancyDraft(String employer, String title, String description, AmrCode region, WorkLocation location,
                           HoursPerWeek hours, ContractType contract, OccupationUri occupation, IscoCode isco,
                           List<RequiredSkill> skills, ValidityPeriod validity) {

    public static final int MAX_DESCRIPTION_CHARS = 50_000;

    public VacancyDraft {
        employer = text(employer, "employer", 300);
        title = text(title, "title", 300);
        description = description == null ? "" : description.strip();
        if (description.length() > MAX_DESCRIPTION_CHARS) {
            throw new IllegalArgumentException("description is longer than " + MAX_DESCRIPTION_CHARS + " characters");
        }
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(validity, "validity");
        // a skill listed twice keeps its essential mark and its first evidence
        Map<SkillUri, RequiredSkill> distinct = new LinkedHashMap<>();
        for (RequiredSkill skill : skills == null ? List.<RequiredSkill>of() : skills) {
            Objects.requireNonNull(skill, "skills contains null");
            distinct.merge(skill.skill(), skill, (a, b) -> new RequiredSkill(a.skill(), a.essential() || b.essential(),
                    a.evidence() != null ? a.evidence() : b.evidence()));
        }
        skills = List.copyOf(distinct.values());
        if (skills.size() > 200) {
            throw new IllegalArgumentException("a vacancy lists at most 200 skills");
        }
    }

    private static String text(String value, String name, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException(name + " is longer than " + max + " characters");
        }
        return stripped;
    }
}
