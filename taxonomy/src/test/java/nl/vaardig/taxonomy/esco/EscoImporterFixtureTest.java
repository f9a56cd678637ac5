package nl.vaardig.taxonomy.esco;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.vaardig.taxonomy.csv.RowIssue;
import nl.vaardig.taxonomy.esco.EscoRecord.BroaderRecord;
import nl.vaardig.taxonomy.esco.EscoRecord.CollectionRecord;
import nl.vaardig.taxonomy.esco.EscoRecord.LabelRecord;
import nl.vaardig.taxonomy.esco.EscoRecord.OccupationRecord;
import nl.vaardig.taxonomy.esco.EscoRecord.OccupationSkillRecord;
import nl.vaardig.taxonomy.esco.EscoRecord.SkillRecord;
import nl.vaardig.taxonomy.esco.EscoRecord.SkillSkillRecord;
import nl.vaardig.taxonomy.model.EscoCollection;
import nl.vaardig.taxonomy.model.IscoGroupUri;
import nl.vaardig.taxonomy.model.LabelProvenance;
import nl.vaardig.taxonomy.model.LanguageLabels;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.RelationType;
import nl.vaardig.taxonomy.model.ReuseLevel;
import nl.vaardig.taxonomy.model.SkillGroupUri;
import nl.vaardig.taxonomy.model.SkillType;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.taxonomy.model.TaxonomyVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Golden test: the tiny fixture under src/test/resources/esco-fixture gives exactly these records and bad rows. */
class EscoImporterFixtureTest {

    private static final String S = "http://data.europa.eu/esco/skill/";
    private static final String O = "http://data.europa.eu/esco/occupation/";
    private static final TaxonomyVersion V = TaxonomyVersion.esco("1.1.1");
    private static final Locale NL = Locale.of("nl");

    private static final Recording sink = new Recording();
    private static EscoImportReport report;

    @BeforeAll
    static void importFixture() throws URISyntaxException {
        Path dir = Path.of(EscoImporterFixtureTest.class.getResource("/esco-fixture").toURI());
        report = new EscoImporter(EscoSource.directory(dir), V, List.of(Locale.ENGLISH, NL), 2).importInto(sink);
    }

    @Test
    void skillRowsBecomeRecordsWithMultiLineAltLabelsAndEscapedQuotes() {
        assertThat(sink.skills).containsExactly(
                new SkillRecord(V, new SkillUri(S + "s1"), SkillType.SKILL_COMPETENCE, ReuseLevel.CROSS_SECTOR,
                        new LanguageLabels(Locale.ENGLISH, "drive a forklift", List.of("operate forklift", "forklift driving"),
                                List.of(), "Operate a forklift truck.", LabelProvenance.ESCO_OFFICIAL)),
                new SkillRecord(V, new SkillUri(S + "s2"), SkillType.KNOWLEDGE, ReuseLevel.SECTOR_SPECIFIC,
                        new LanguageLabels(Locale.ENGLISH, "food safety, HACCP", List.of("HACCP", "food hygiene \"HACCP\""),
                                List.of(), "Principles of food safety.", LabelProvenance.ESCO_OFFICIAL)),
                new SkillRecord(V, new SkillUri(S + "s3"), SkillType.UNKNOWN, ReuseLevel.UNKNOWN,
                        LanguageLabels.of(Locale.ENGLISH, "communicate with customers")));
    }

    @Test
    void badSkillRowsAreListedWithLineNumberAndReasonAndEmptyTypesAreWarnings() {
        var stats = report.stats("skills_en.csv").orElseThrow();
        assertThat(stats.rowsRead()).isEqualTo(5);
        assertThat(stats.accepted()).isEqualTo(3);
        assertThat(stats.badRows()).containsExactly(
                new RowIssue(7, "unknown skillType 'skill'"),
                new RowIssue(8, "empty conceptUri"));
        assertThat(stats.warnings()).containsExactly(
                new RowIssue(6, "empty skillType, kept as UNKNOWN"),
                new RowIssue(6, "empty reuseLevel, kept as UNKNOWN"));
    }

    @Test
    void occupationsComeInBothLanguagesAndABrokenIscoCodeIsRejected() {
        assertThat(sink.occupations).extracting(OccupationRecord::uri, r -> r.labels().language(), r -> r.labels().preferred())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(new OccupationUri(O + "o1"), Locale.ENGLISH, "forklift operator"),
                        org.assertj.core.groups.Tuple.tuple(new OccupationUri(O + "o2"), Locale.ENGLISH, "cook"),
                        org.assertj.core.groups.Tuple.tuple(new OccupationUri(O + "o1"), NL, "heftruckchauffeur"));
        assertThat(sink.occupations.getFirst().code()).isEqualTo("8344.1");
        assertThat(report.stats("occupations_en.csv").orElseThrow().badRows())
                .containsExactly(new RowIssue(5, "iscoGroup must be 1-4 digits, was '51x0'"));
    }

    @Test
    void derivedDutchSkillLabelsAreLabelRecordsMarkedDerived() {
        assertThat(sink.labels).containsExactly(new LabelRecord(V, new SkillUri(S + "s1"),
                new LanguageLabels(NL, "heftruck besturen", List.of("heftruck rijden", "vorkheftruck besturen"), List.of(),
                        "Een heftruck besturen.", LabelProvenance.ESCO_DERIVED), "greenSkillsCollection_nl.csv"));
    }

    @Test
    void relationRowsBecomeRecordsAndUnknownRelationTypesAndConceptTypesAreBadRows() {
        assertThat(sink.occupationSkills).containsExactly(
                new OccupationSkillRecord(V, new OccupationUri(O + "o1"), new SkillUri(S + "s1"), RelationType.ESSENTIAL,
                        SkillType.SKILL_COMPETENCE),
                new OccupationSkillRecord(V, new OccupationUri(O + "o2"), new SkillUri(S + "s3"), RelationType.OPTIONAL,
                        SkillType.UNKNOWN));
        assertThat(report.stats("occupationSkillRelations.csv").orElseThrow().badRows())
                .containsExactly(new RowIssue(4, "unknown relationType 'mandatory'"));
        assertThat(sink.skillSkills).containsExactly(
                new SkillSkillRecord(V, new SkillUri(S + "s1"), new SkillUri(S + "s3"), RelationType.OPTIONAL));
        assertThat(sink.broader).containsExactly(
                new BroaderRecord(V, new SkillUri(S + "s1"), new SkillGroupUri(S + "g1")),
                new BroaderRecord(V, new SkillUri(S + "s3"), new SkillUri(S + "s1")),
                new BroaderRecord(V, new IscoGroupUri("http://data.europa.eu/esco/isco/C8344"),
                        new IscoGroupUri("http://data.europa.eu/esco/isco/C834")),
                new BroaderRecord(V, new OccupationUri(O + "o1"), new IscoGroupUri("http://data.europa.eu/esco/isco/C8344")));
        assertThat(report.stats("broaderRelationsOccPillar.csv").orElseThrow().badRows())
                .containsExactly(new RowIssue(4, "unknown broaderType 'Team'"));
        assertThat(sink.collections).containsExactly(
                new CollectionRecord(V, EscoCollection.TRANSVERSAL, new SkillUri(S + "s3")));
    }

    @Test
    void absentOptionalFilesAreListedAndTheImportIsStillComplete() {
        assertThat(report.complete()).isTrue();
        assertThat(report.missingOptional()).contains("skills_nl.csv", "ISCOGroups_nl.csv",
                "digitalSkillsCollection_en.csv or digitalSkillsCollection_nl.csv");
    }

    @Test
    void theModelBuiltFromTheFixtureLinksEverything() throws URISyntaxException {
        Path dir = Path.of(EscoImporterFixtureTest.class.getResource("/esco-fixture").toURI());
        Taxonomy t = EscoTaxonomyLoader.load(EscoSource.directory(dir), V, List.of(Locale.ENGLISH, NL)).taxonomy();
        assertThat(t.skillCount()).isEqualTo(3);
        assertThat(t.occupation(new OccupationUri(O + "o1")).orElseThrow().label(NL).text()).isEqualTo("heftruckchauffeur");
        assertThat(t.skill(new SkillUri(S + "s1")).orElseThrow().label(NL).derived()).isTrue();
        assertThat(t.essentialSkills(new OccupationUri(O + "o1"))).containsExactly(new SkillUri(S + "s1"));
        assertThat(t.occupationsRequiring(new SkillUri(S + "s3"), RelationType.OPTIONAL)).containsExactly(new OccupationUri(O + "o2"));
        assertThat(t.ancestorGroups(new SkillUri(S + "s3"))).containsExactly(new SkillGroupUri(S + "g1"));
        assertThat(t.broaderIscoGroups(new OccupationUri(O + "o1")))
                .containsExactly(new IscoGroupUri("http://data.europa.eu/esco/isco/C8344"));
        assertThat(t.skill(new SkillUri(S + "s3")).orElseThrow().in(EscoCollection.TRANSVERSAL)).isTrue();
        assertThat(t.integrityIssues()).isEmpty();
    }

    @Test
    void userSuppliedOfficialDutchSkillsFileReplacesTheDerivedLabels(@org.junit.jupiter.api.io.TempDir Path supplied)
            throws Exception {
        java.nio.file.Files.writeString(supplied.resolve("skills_nl.csv"),
                "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,description\n"
                        + "KnowledgeSkillCompetence," + S + "s1,skill/competence,cross-sector,vorkheftruck besturen,"
                        + "\"heftruck rijden\nheftruck besturen\",,released,Een vorkheftruck besturen.\n"
                        + "KnowledgeSkillCompetence," + S + "s3,skill/competence,transversal,met klanten communiceren,,,released,\n");
        Path fixture = Path.of(EscoImporterFixtureTest.class.getResource("/esco-fixture").toURI());
        var loaded = EscoTaxonomyLoader.load(EscoSource.firstOf(EscoSource.directory(supplied), EscoSource.directory(fixture)),
                V, List.of(Locale.ENGLISH, NL));
        assertThat(loaded.report().stats("skills_nl.csv")).isPresent();
        assertThat(loaded.report().stats("derived_skill_labels_nl.csv")).isEmpty();
        var s1 = loaded.taxonomy().skill(new SkillUri(S + "s1")).orElseThrow();
        assertThat(s1.label(NL).text()).isEqualTo("vorkheftruck besturen");
        assertThat(s1.label(NL).derived()).isFalse();
        assertThat(s1.labels().in(NL).orElseThrow().alternatives()).containsExactly("heftruck rijden", "heftruck besturen");
        // concept facts still come from the primary (English) file
        assertThat(s1.type()).isEqualTo(SkillType.SKILL_COMPETENCE);
        assertThat(loaded.taxonomy().skill(new SkillUri(S + "s3")).orElseThrow().type()).isEqualTo(SkillType.UNKNOWN);
    }

    static final class Recording implements EscoRecordSink {
        final List<SkillRecord> skills = new ArrayList<>();
        final List<OccupationRecord> occupations = new ArrayList<>();
        final List<LabelRecord> labels = new ArrayList<>();
        final List<OccupationSkillRecord> occupationSkills = new ArrayList<>();
        final List<SkillSkillRecord> skillSkills = new ArrayList<>();
        final List<BroaderRecord> broader = new ArrayList<>();
        final List<CollectionRecord> collections = new ArrayList<>();

        @Override public void skills(List<SkillRecord> b) { skills.addAll(b); }
        @Override public void occupations(List<OccupationRecord> b) { occupations.addAll(b); }
        @Override public void labels(List<LabelRecord> b) { labels.addAll(b); }
        @Override public void occupationSkillRelations(List<OccupationSkillRecord> b) { occupationSkills.addAll(b); }
        @Override public void skillSkillRelations(List<SkillSkillRecord> b) { skillSkills.addAll(b); }
        @Override public void broaderRelations(List<BroaderRecord> b) { broader.addAll(b); }
        @Override public void collectionMembers(List<CollectionRecord> b) { collections.addAll(b); }
    }
}
