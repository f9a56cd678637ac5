package nl.vaardig.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
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
import nl.vaardig.web.lmi.aggregate.DemandFacts;
import nl.vaardig.web.lmi.Period;
import nl.vaardig.web.demo.lmi.SyntheticLabourMarket;
import nl.vaardig.web.lmi.trend.DemandTrend;
import nl.vaardig.web.lmi.trend.QuarterlySeries;
import nl.vaardig.web.lmi.trend.TrendClassifier;
import nl.vaardig.web.vacancy.VacancyService.VacancyDraftFromFeed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
    }

    /**
     * In the synthetic history of her region the office skill shrinks and the ICT skill grows by more than the trend
     * classifier's counting noise — on start days in every phase of the quarter, in the local profile's history (4 years,
     * 200,000 vacancies over all regions and sectors) and in the integration tests' (2 years, 12,000 vacancies in her
     * region and the two sectors, application-it.yml).
     */
    @ParameterizedTest
    @CsvSource({"2026-01-15", "2026-05-20", "2026-09-29", "2026-12-06"})
    void inHerRegionTheOfficeSkillShrinksAndTheIctSkillGrowsBeyondTheCountingNoise(LocalDate today) {
        SkillUri office = DemoSeeker.officeSkill(taxonomy);
        SkillUri ict = DemoSeeker.ictWish(taxonomy);
        Map<String, Integer> sizes = new LinkedHashMap<>();
        LabourMarketRegions.shipped().all().forEach(r -> sizes.put(r.code().value().toUpperCase(Locale.ROOT), r.gemeenten().size()));
        LocalDate from = today.minusYears(4).plusDays(1);
        var local = new SyntheticLabourMarket(taxonomy, sizes, from, today, 2025);
        assertShrinksAndGrows(local, 200_000, from, today, office, ict);

        LocalDate itFrom = today.minusYears(2).plusDays(1);
        var it = new SyntheticLabourMarket(taxonomy, Map.of("AM18", sizes.get("AM18")), itFrom, today, 2025,
                EnumSet.of(SyntheticLabourMarket.Sector.ICT, SyntheticLabourMarket.Sector.ADMINISTRATIE));
        assertShrinksAndGrows(it, 12_000, itFrom, today, office, ict);
    }

    /** Counts her two skills per quarter in Groot Amsterdam as the aggregates do and classifies them as the outlook does. */
    private static void assertShrinksAndGrows(SyntheticLabourMarket market, long vacancies, LocalDate from, LocalDate today,
                                              SkillUri office, SkillUri ict) {
        Map<String, Map<Period, Long>> open = Map.of(office.value(), new HashMap<>(), ict.value(), new HashMap<>());
        for (long i = 0; i < vacancies; i++) {
            SyntheticLabourMarket.SyntheticVacancy v = market.vacancy(i);
            if (!v.region().equals(DemoEmployer.REGION.value())) {
                continue;
            }
            for (DemandFacts.Required s : v.skills()) {
                Map<Period, Long> quarters = open.get(s.uri());
                if (quarters != null) {
                    Period.overlapping(Period.Kind.QUARTER, v.from(), v.until()).forEach(q -> quarters.merge(q, 1L, Long::sum));
                }
            }
        }
        // the outlook's series: finished quarters, without the history's first (it lacks the vacancies opened before it)
        Period first = Period.containing(Period.Kind.QUARTER, from).next();
        Period last = Period.containing(Period.Kind.QUARTER, today).previous();
        assertThat(TrendClassifier.classify(series(open.get(office.value()), first, last)))
                .isInstanceOfSatisfying(DemandTrend.Shrinking.class, s -> assertClearOfNoise(s.comparison()));
        assertThat(TrendClassifier.classify(series(open.get(ict.value()), first, last)))
                .isInstanceOfSatisfying(DemandTrend.Growing.class, g -> assertClearOfNoise(g.comparison()));
    }

    private static QuarterlySeries series(Map<Period, Long> counts, Period first, Period last) {
        var list = new ArrayList<Long>();
        for (Period p = first; p.compareTo(last) <= 0; p = p.next()) {
            list.add(counts.getOrDefault(p, 0L));
        }
        return new QuarterlySeries(first, list);
    }

    /** The change exceeds the classifier's noise band (2·√(a + b)) by a tenth at least, not just by a hair. */
    private static void assertClearOfNoise(DemandTrend.Comparison c) {
        double noise = TrendClassifier.NOISE_Z * Math.sqrt(c.current() + c.yearBefore());
        assertThat((double) Math.abs(c.current() - c.yearBefore())).as("%d → %d against a noise band of %.0f", c.yearBefore(),
                c.current(), noise).isGreaterThan(1.1 * noise);
    }
}
