package nl.vaardig.taxonomy.esco;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.vaardig.taxonomy.csv.LoadStats;
import nl.vaardig.taxonomy.csv.RowIssue;
import nl.vaardig.taxonomy.model.IscoGroupUri;
import nl.vaardig.taxonomy.model.LabelProvenance;
import nl.vaardig.taxonomy.model.LabelSource;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.SourcedLabel;
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.taxonomy.model.TaxonomyVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Golden test of the crosswalk import: the ESCO fixture plus {@code crosswalk-fixture/}, whose competence file has
 * the published metadata block and whose national-title file has none (and an extra column). Every kind of bad
 * row is counted with its line, never fatal.
 */
class CrosswalkImportTest {

    private static final String S = "http://data.europa.eu/esco/skill/";
    private static final Locale NL = Locale.of("nl");

    private static EscoImportReport report;
    private static Taxonomy taxonomy;

    @BeforeAll
    static void importFixtures() throws URISyntaxException {
        Path esco = Path.of(CrosswalkImportTest.class.getResource("/esco-fixture").toURI());
        Path crosswalks = Path.of(CrosswalkImportTest.class.getResource("/crosswalk-fixture").toURI());
        var sink = new ModelBuildingSink(TaxonomyVersion.ESCO_1_1_1);
        report = new EscoImporter(EscoSource.firstOf(EscoSource.directory(esco), EscoSource.directory(crosswalks)),
                TaxonomyVersion.ESCO_1_1_1, List.of(Locale.ENGLISH, NL)).importInto(sink);
        taxonomy = sink.build();
    }

    @Test
    void theMetadataBlockIsSkippedAndCountedAndEveryBadRowIsListedWithItsLine() {
        LoadStats stats = report.stats(CrosswalkRowMappers.COMPETENCES_FILE).orElseThrow();
        assertThat(stats.preambleRecords()).isEqualTo(16);
        assertThat(stats.rowsRead()).isEqualTo(9);
        assertThat(stats.accepted()).isEqualTo(4);
        assertThat(stats.badRows()).extracting(RowIssue::line).containsExactly(20L, 23L, 24L, 25L, 26L);
        assertThat(stats.badRows()).extracting(RowIssue::reason).contains(
                "duplicate of line 18",
                "expected 11 fields, found 12",
                "unknown mapping relation 'skos:relatedMatch'",
                "empty Classification 1 PrefLabel");
        assertThat(stats.warnings()).containsExactly(
                new RowIssue(21, "no Dutch label for competence KN-3; only the ESCO label is used"));
    }

    @Test
    void aFileWithoutTheMetadataBlockAndWithAnExtraColumnStillLoads() {
        LoadStats stats = report.stats(CrosswalkRowMappers.NATIONAL_TITLES_FILE).orElseThrow();
        assertThat(stats.preambleRecords()).isZero();
        assertThat(stats.rowsRead()).isEqualTo(5);
        assertThat(stats.accepted()).isEqualTo(3);
        assertThat(stats.badRows()).containsExactly(
                new RowIssue(5, "duplicate of line 2"),
                new RowIssue(6, "not an ESCO occupation or ISCO group URI: 'http://example.org/not-esco/o7'"));
    }

    @Test
    void theOfficialDutchLabelReplacesTheDerivedOneWhichStaysAnAlternative() {
        var labels = taxonomy.skill(new SkillUri(S + "s1")).orElseThrow().labels().in(NL).orElseThrow();
        assertThat(labels.preferred()).isEqualTo("met een heftruck rijden");
        assertThat(labels.provenance()).isEqualTo(LabelProvenance.ESCO_OFFICIAL);
        assertThat(labels.alternatives()).contains("heftruck besturen", "heftruck rijden");
        assertThat(labels.description()).isEqualTo("Een heftruck besturen.");
        assertThat(taxonomy.label(new SkillUri(S + "s1"), NL).orElseThrow().derived()).isFalse();
        assertThat(taxonomy.label(new SkillUri(S + "s2"), NL).orElseThrow().text()).isEqualTo("voedselveiligheid");
    }

    @Test
    void vdabLabelsAreWeightedAlternativesThatKeepTheirSourceAndId() {
        List<SourcedLabel> vocabulary = taxonomy.vocabulary(new SkillUri(S + "s1"));
        assertThat(vocabulary).contains(new SourcedLabel("Vorkheftruck, reachtruck", NL, LabelSource.VDAB_CLOSE, 0.7, "KN-2"));
        assertThat(vocabulary.getFirst().source()).isEqualTo(LabelSource.ESCO_PREFERRED);
        assertThat(vocabulary).extracting(SourcedLabel::weight).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void nationalTitlesAttachToTheirOccupationOrIscoGroupWithTheRelationAsWeight() {
        List<SourcedLabel> forklift = taxonomy.vocabulary(new OccupationUri("http://data.europa.eu/esco/occupation/o1"));
        assertThat(forklift).contains(new SourcedLabel("Reachtruckchauffeur", NL, LabelSource.DUTCH_NOC_NARROW, 0.7, "1002"));
        // a title ESCO already has (case aside) stays ESCO's own label, once
        assertThat(forklift).filteredOn(l -> l.text().equalsIgnoreCase("heftruckchauffeur"))
                .extracting(SourcedLabel::source).containsExactly(LabelSource.ESCO_PREFERRED);
        assertThat(taxonomy.vocabulary(new IscoGroupUri("http://data.europa.eu/esco/isco/C8344")))
                .contains(new SourcedLabel("Bestuurders van vorkheftrucks", NL, LabelSource.DUTCH_NOC_BROAD, 0.5, "1003"));
    }

    @Test
    void anOperatorsOfficialSkillsFileStillDecidesThePreferredLabel() throws URISyntaxException {
        Path override = Path.of(CrosswalkImportTest.class.getResource("/override-fixture").toURI());
        Path esco = Path.of(CrosswalkImportTest.class.getResource("/esco-fixture").toURI());
        Path crosswalks = Path.of(CrosswalkImportTest.class.getResource("/crosswalk-fixture").toURI());
        var sink = new ModelBuildingSink(TaxonomyVersion.ESCO_1_1_1);
        new EscoImporter(EscoSource.firstOf(EscoSource.directory(override), EscoSource.directory(esco),
                EscoSource.directory(crosswalks)), TaxonomyVersion.ESCO_1_1_1, List.of(Locale.ENGLISH, NL)).importInto(sink);
        var labels = sink.build().skill(new SkillUri(S + "s1")).orElseThrow().labels().in(NL).orElseThrow();
        assertThat(labels.preferred()).isEqualTo("een heftruck besturen");
        assertThat(labels.provenance()).isEqualTo(LabelProvenance.ESCO_OFFICIAL);
        // the crosswalk's (ESCO v1.0.3) official label stays findable as an alternative
        assertThat(labels.alternatives()).contains("met een heftruck rijden");
    }

    @Test
    void aMappingToAConceptEscoDoesNotHaveIsReportedNotKept() {
        assertThat(taxonomy.integrityIssues()).contains("labels for an unknown SKILL left out: " + S + "s99");
        assertThat(taxonomy.vocabulary(new SkillUri(S + "s99"))).isEmpty();
    }
}
