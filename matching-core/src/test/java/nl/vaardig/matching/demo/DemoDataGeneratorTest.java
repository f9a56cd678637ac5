package nl.vaardig.matching.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import nl.vaardig.matching.model.LearningRoute;
import nl.vaardig.matching.model.Vacancy;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.Taxonomy;
import org.junit.jupiter.api.Test;

class DemoDataGeneratorTest {

    static final Taxonomy TAXONOMY = EscoTaxonomyLoader.shipped().taxonomy();
    static final RegionGeography GEO = RegionGeography.shipped();
    static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);

    @Test
    void sameSeedGivesTheSameRecordsAndAnotherSeedOthers() {
        var a = new DemoDataGenerator(TAXONOMY, GEO, 42);
        var b = new DemoDataGenerator(TAXONOMY, GEO, 42);
        var c = new DemoDataGenerator(TAXONOMY, GEO, 43);
        assertThat(a.vacancy(1234, FROM, TO, SeasonalPattern.dutchDefault())).isEqualTo(b.vacancy(1234, FROM, TO, SeasonalPattern.dutchDefault()));
        assertThat(a.profile(99)).isEqualTo(b.profile(99));
        assertThat(a.vacancy(1234, FROM, TO, SeasonalPattern.dutchDefault()).id()).isNotEqualTo(c.vacancy(1234, FROM, TO, SeasonalPattern.dutchDefault()).id());
    }

    @Test
    void everyRecordIsLabelledSyntheticAndDrawnFromItsOccupationsSkills() {
        var gen = new DemoDataGenerator(TAXONOMY, GEO, 7);
        var it = gen.vacancies(500, FROM, TO, SeasonalPattern.dutchDefault());
        while (it.hasNext()) {
            Vacancy v = it.next();
            assertThat(v.synthetic()).isTrue();
            assertThat(v.title()).endsWith("(demo)");
            var occSkills = new HashSet<>(TAXONOMY.essentialSkills(v.occupation()));
            occSkills.addAll(TAXONOMY.optionalSkills(v.occupation()));
            assertThat(v.skills()).allMatch(s -> occSkills.contains(s.skill()));
            assertThat(v.published()).isBetween(FROM, TO);
            assertThat(v.validity().until()).isAfter(v.published());
        }
        assertThat(gen.profile(3).synthetic()).isTrue();
    }

    @Test
    void vacanciesSpreadOverAllRegionsAndFollowTheSeasons() {
        var gen = new DemoDataGenerator(TAXONOMY, GEO, 7);
        var regions = new HashSet<String>();
        int[] months = new int[13];
        var it = gen.vacancies(20_000, FROM, TO, SeasonalPattern.dutchDefault());
        while (it.hasNext()) {
            Vacancy v = it.next();
            regions.add(v.region().value());
            months[v.published().getMonthValue()]++;
        }
        assertThat(regions).hasSize(35);
        assertThat(months[3]).isGreaterThan(months[12]); // March peak, December dip
        assertThat(months[7]).isLessThan(months[9]);     // summer dip, September peak
    }

    @Test
    void demoRouteCatalogueIsDeterministicAndMarkedAsDemo() {
        List<LearningRoute> a = DemoRouteCatalogue.generate(TAXONOMY, GEO, 1, 300);
        assertThat(a).isEqualTo(DemoRouteCatalogue.generate(TAXONOMY, GEO, 1, 300));
        assertThat(a).allMatch(r -> r.synthetic() && r.titleNl().endsWith("(demo)") && r.provider().contains("(demo)"));
        assertThat(a.stream().map(LearningRoute::kind).distinct()).hasSize(4);
        assertThat(IntStream.range(0, a.size()).mapToObj(i -> a.get(i).id()).distinct()).hasSize(300);
    }

    @Test
    void regionCentroidsLieInTheNetherlands() {
        assertThat(GEO.regions()).hasSize(35).allSatisfy(r -> {
            assertThat(r.centroid().latitude()).isBetween(50.7, 53.6);
            assertThat(r.centroid().longitude()).isBetween(3.3, 7.3);
        });
    }
}
