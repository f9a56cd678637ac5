package nl.vaardig.matching.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.region.AmrCode;

/**
 * A vacancy as the matcher sees it: skills with their requirement and the facts that filters use. Text, employer
 * and contact details stay in the system of record; the index holds only what matching needs.
 *
 * @param occupation the ESCO occupation the vacancy is for, when known
 * @param location   the work location; null when only the region is known
 * @param sector     ISCO group of the vacancy (the occupation's group when known)
 * @param published  day of first publication (the historical series counts vacancies by this day)
 * @param synthetic  true for generated demo records, which must say so wherever they are shown
 */
public record Vacancy(VacancyId id, String title, OccupationUri occupation, AmrCode region, GeoPoint location,
                      HoursPerWeek hours, ContractType contract, IscoCode sector, LocalDate published,
                      ValidityPeriod validity, List<VacancySkill> skills, boolean synthetic) {

    public Vacancy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(validity, "validity");
        title = title == null ? "" : title.strip();
        // essential wins when a skill is listed twice
        skills = SkillLists.distinct(skills, VacancySkill::skill, (a, b) -> a.essential() ? a : b, "vacancy skills");
        if (skills.isEmpty()) {
            throw new IllegalArgumentException("a vacancy needs at least one skill to be matched");
        }
        if (validity.until().isBefore(published)) {
            throw new IllegalArgumentException("a vacancy cannot close before it is published");
        }
    }

    public Optional<OccupationUri> occupationUri() {
        return Optional.ofNullable(occupation);
    }

    public Optional<GeoPoint> workLocation() {
        return Optional.ofNullable(location);
    }

    public Optional<IscoCode> iscoGroup() {
        return Optional.ofNullable(sector);
    }

    public boolean openOn(LocalDate day) {
        return validity.openOn(day);
    }
}
