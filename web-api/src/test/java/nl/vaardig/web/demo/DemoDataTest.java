package nl.vaardig.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.vaardig.matching.demo.RegionGeography;
import nl.vaardig.matching.model.LearningRoute;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.taxonomy.region.LabourMarketRegions;
import nl.vaardig.web.lmi.SyntheticLabourMarket;
import nl.vaardig.web.vacancy.VacancyService.VacancyDraftFromFeed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    static Taxonomy taxonomy;

    @BeforeAll
    static void load() {
        taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
    }

    DemoVacancies vacancies() {
        return new DemoVacancies(taxonomy, RegionGeography.shipped(), 7, LabourMarketRegions.shipped());
    }

    @Test
    void theDemoEmployerRecruitsForCareJobsInGrootAmsterdamLabelledAsDemo() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        List<VacancyDraftFromFeed> own = vacancies().employerVacancies(10, monday);
        assertThat(own).hasSize(10);
        for (VacancyDraftFromFeed v : own) {
            assertThat(v.draft().employer()).isEqualTo("Zorggroep Amstelland");
            assertThat(v.draft().region().value()).isEqualTo("AM18");
            assertThat(v.draft().title()).endsWith("(demo)");
            assertThat(v.draft().description()).contains("Synthetische demovacature");
            assertThat(v.source().synthetic()).isTrue();
            assertThat(v.draft().isco().value()).matches("2221|2264|3221|3412|5321|5322");
            assertThat(v.draft().validity().openOn(monday.plusDays(6))).isTrue();
            assertThat(v.draft().skills()).hasSizeBetween(3, DemoVacancies.EMPLOYER_ESSENTIALS + DemoVacancies.EMPLOYER_OPTIONALS);
        }
    }

    @Test
    void theSameSeedAndWeekGiveTheSameVacanciesSoARestartChangesNothing() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        assertThat(vacancies().employerVacancies(10, monday)).isEqualTo(vacancies().employerVacancies(10, monday));
    }

    @Test
    void everyCareOccupationHasRoutesThatTeachWhatItsVacanciesAsk() {
        List<LearningRoute> routes = DemoRoutes.forEmployerOccupations(taxonomy, 7);
        assertThat(routes).hasSizeGreaterThanOrEqualTo(DemoEmployer.OCCUPATIONS.size());
        assertThat(routes).allSatisfy(r -> {
            assertThat(r.synthetic()).isTrue();
            assertThat(r.titleNl()).endsWith("(demo)");
            assertThat(r.availableIn(DemoEmployer.REGION)).isTrue();
        });
    }

    @Test
    void mostDemoCandidatesConsentOneInTenNeverDidAndOneInTenWithdrew() {
        DemoCandidates candidates = new DemoCandidates(taxonomy, 7);
        java.time.Instant now = java.time.Instant.parse("2026-12-04T12:00:00Z");
        int active = 0;
        int withdrawn = 0;
        int none = 0;
        for (int i = 0; i < 100; i++) {
            Profile p = candidates.careProfile(i);
            assertThat(p.synthetic()).isTrue();
            assertThat(p.heldSkills()).isNotEmpty();
            var consents = candidates.consents(p, i, "demo", now);
            if (consents.isEmpty()) {
                none++;
            } else if (consents.getFirst().active()) {
                active++;
                assertThat(consents.getFirst().regions()).contains(p.region());
            } else {
                withdrawn++;
            }
        }
        assertThat(active).isEqualTo(80);
        assertThat(withdrawn).isEqualTo(10);
        assertThat(none).isEqualTo(10);
    }

    @Test
    void theDemoSeekerEnjoysAShrinkingOfficeSkillAndWantsToLearnAGrowingIctSkillWithARouteForIt() {
        Profile own = DemoSeeker.profile(new DemoCandidates(taxonomy, 7), taxonomy);
        SkillUri office = DemoSeeker.officeSkill(taxonomy);
        SkillUri ict = DemoSeeker.ictWish(taxonomy);
        assertThat(own.skills()).filteredOn(s -> s.skill().equals(office)).singleElement()
                .satisfies(s -> assertThat(s.assessment().givesEnergy()).isTrue());
        assertThat(own.wantsToLearn()).containsExactly(ict);
        assertThat(own.skills()).noneMatch(s -> s.skill().equals(ict));
        LearningRoute route = DemoRoutes.forDemoSeekerWish(taxonomy, 7);
        assertThat(route.synthetic()).isTrue();
        assertThat(route.titleNl()).endsWith("(demo)");
        assertThat(route.skills()).extracting(s -> s.skill()).containsExactly(ict);

        // in the synthetic history of her region, vacancies ask for the office skill less and the ICT skill more
        Map<String, Integer> sizes = new LinkedHashMap<>();
        LabourMarketRegions.shipped().all().forEach(r -> sizes.put(r.code().value().toUpperCase(Locale.ROOT), r.gemeenten().size()));
        LocalDate from = LocalDate.of(2023, 1, 1);
        var market = new SyntheticLabourMarket(taxonomy, sizes, from, LocalDate.of(2026, 12, 31), 2025);
        int[] officeByYear = new int[4];
        int[] ictByYear = new int[4];
        for (long i = 0; i < 100_000; i++) {
            SyntheticLabourMarket.SyntheticVacancy v = market.vacancy(i);
            if (!v.region().equals(DemoEmployer.REGION.value())) {
                continue;
            }
            int year = v.from().getYear() - from.getYear();
            v.skills().forEach(s -> {
                if (s.uri().equals(office.value())) {
                    officeByYear[year]++;
                } else if (s.uri().equals(ict.value())) {
                    ictByYear[year]++;
                }
            });
        }
        assertThat(officeByYear[3]).isLessThan(officeByYear[0] * 85 / 100);
        assertThat(ictByYear[3]).isGreaterThan(ictByYear[0] * 140 / 100);
    }
}
