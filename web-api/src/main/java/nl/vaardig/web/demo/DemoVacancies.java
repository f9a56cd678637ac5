package nl.vaardig.web.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nl.vaardig.matching.demo.RegionGeography;
import nl.vaardig.matching.model.ContractType;
import nl.vaardig.matching.model.HoursPerWeek;
import nl.vaardig.matching.model.IscoCode;
import nl.vaardig.matching.model.Vacancy;
import nl.vaardig.matching.model.ValidityPeriod;
import nl.vaardig.taxonomy.model.Occupation;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.taxonomy.region.LabourMarketRegions;
import nl.vaardig.web.vacancy.RequiredSkill;
import nl.vaardig.web.vacancy.VacancyDraft;
import nl.vaardig.web.vacancy.VacancyService.VacancyDraftFromFeed;
import nl.vaardig.web.vacancy.VacancySource;
import nl.vaardig.web.vacancy.WorkLocation;

/** Generated vacancies → the vacancy store's feed records (feed {@code vaardig-demo}), clearly synthetic. */
final class DemoVacancies {

    static final String DESCRIPTION = "Synthetische demovacature, gegenereerd uit ESCO voor de demo van Vaardig: "
            + "geen echte werkgever en geen echte baan. / Synthetic demo vacancy generated from ESCO: not a real job.";
    /** How many of an occupation's essential and optional skills the demo employer's vacancies ask. */
    static final int EMPLOYER_ESSENTIALS = 14;
    static final int EMPLOYER_OPTIONALS = 4;

    private final Taxonomy taxonomy;
    private final RegionGeography geography;
    private final long seed;
    private final LabourMarketRegions regions;

    DemoVacancies(Taxonomy taxonomy, RegionGeography geography, long seed, LabourMarketRegions regions) {
        this.taxonomy = taxonomy;
        this.geography = geography;
        this.seed = seed;
        this.regions = regions;
    }

    /** Generator vacancies, each with a fictitious regional employer named as a demo. */
    List<VacancyDraftFromFeed> regional(List<Vacancy> generated) {
        List<VacancyDraftFromFeed> out = new ArrayList<>(generated.size());
        for (Vacancy v : generated) {
            String regionName = regions.region(v.region()).map(r -> r.name()).orElse(v.region().value());
            List<RequiredSkill> skills = v.skills().stream()
                    .map(s -> new RequiredSkill(s.skill(), s.essential(), null)).toList();
            VacancyDraft draft = new VacancyDraft("Demowerkgever " + regionName + " (demo)", v.title(), DESCRIPTION,
                    v.region(), v.location() == null ? null : new WorkLocation(null, v.location()), v.hours(), v.contract(),
                    v.occupation(), v.sector(), skills, v.validity());
            out.add(new VacancyDraftFromFeed(draft, new VacancySource.Feed(VacancySource.DEMO_FEED, "v-" + v.id().value())));
        }
        return out;
    }

    /** The demo employer's care vacancies in Groot Amsterdam, open from a week before until eight weeks after Monday. */
    List<VacancyDraftFromFeed> employerVacancies(int count, LocalDate monday) {
        List<VacancyDraftFromFeed> out = new ArrayList<>(count);
        RegionGeography.Region region = geography.regions().stream()
                .filter(r -> r.code().equals(DemoEmployer.REGION)).findFirst().orElseThrow();
        for (int k = 0; k < count; k++) {
            OccupationUri uri = DemoEmployer.OCCUPATIONS.get(k);
            Occupation occupation = taxonomy.occupation(uri).orElseThrow(
                    () -> new IllegalStateException("demo employer occupation missing from ESCO: " + uri.value()));
            Random random = new Random(seed * 31 + k);
            List<RequiredSkill> skills = new ArrayList<>();
            taxonomy.essentialSkills(uri).stream().limit(EMPLOYER_ESSENTIALS)
                    .forEach(s -> skills.add(new RequiredSkill(s, true, null)));
            taxonomy.optionalSkills(uri).stream().limit(EMPLOYER_OPTIONALS)
                    .forEach(s -> skills.add(new RequiredSkill(s, false, null)));
            VacancyDraft draft = new VacancyDraft(DemoEmployer.NAME, occupation.label(Locale.of("nl")).text() + " (demo)",
                    DESCRIPTION, DemoEmployer.REGION, new WorkLocation("Amstelveen", geography.near(region, random)),
                    new HoursPerWeek(24, 36), k % 3 == 2 ? ContractType.TEMPORARY : ContractType.PERMANENT, uri,
                    occupation.iscoCode().matches("[0-9]{1,4}") ? new IscoCode(occupation.iscoCode()) : null, skills,
                    new ValidityPeriod(monday.minusDays(7), monday.plusDays(56)));
            out.add(new VacancyDraftFromFeed(draft, new VacancySource.Feed(VacancySource.DEMO_FEED, "zorggroep-" + (k + 1))));
        }
        return out;
    }

    /** The essentials the demo employer asks for an occupation (routes and care profiles draw on the same list). */
    static List<SkillUri> employerEssentials(Taxonomy taxonomy, OccupationUri occupation) {
        return taxonomy.essentialSkills(occupation).stream().limit(EMPLOYER_ESSENTIALS).toList();
    }
}
