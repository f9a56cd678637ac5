package nl.vaardig.taxonomy.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import nl.vaardig.taxonomy.testing.ShippedTaxonomy;
import org.junit.jupiter.api.Test;

class ShippedTaxonomyModelTest {

    private static final Locale NL = Locale.of("nl");
    private final Taxonomy taxonomy = ShippedTaxonomy.get().taxonomy();

    private static final OccupationUri TECHNICAL_DIRECTOR =
            new OccupationUri("http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34");
    private static final OccupationUri ART_DIRECTOR =
            new OccupationUri("http://data.europa.eu/esco/occupation/cb93fd23-1f51-4495-867a-936c1967066b");
    private static final SkillUri HASKELL = new SkillUri("http://data.europa.eu/esco/skill/000f1d3d-220f-4789-9c0a-cc742521fb02");
    private static final SkillUri MANAGE_MUSICAL_STAFF =
            new SkillUri("http://data.europa.eu/esco/skill/0005c151-5b5a-4a66-8aac-60e734beb1ab");
    private static final SkillUri LEAD_OTHERS = new SkillUri("http://data.europa.eu/esco/skill/75d8e5d9-bef3-418b-9011-01bff9f27207");
    private static final SkillUri IDENTIFY_STATISTICAL_PATTERNS =
            new SkillUri("http://data.europa.eu/esco/skill/06670261-ea6b-4b52-a915-c7d4ff837f74");
    private static final SkillUri MANAGE_QUANTITATIVE_DATA =
            new SkillUri("http://data.europa.eu/esco/skill/57231a22-4da7-49c8-97b8-75672feadf1e");

    @Test
    void theShippedSnapshotHoldsTheWholeClassificationWithoutDanglingReferences() {
        assertThat(taxonomy.version()).isEqualTo(TaxonomyVersion.ESCO_1_1_1);
        assertThat(taxonomy.skillCount()).isEqualTo(13_896);
        assertThat(taxonomy.occupationCount()).isEqualTo(3_007);
        assertThat(taxonomy.iscoGroups()).hasSize(619);
        // 640 groups from skillGroups_en.csv plus the few that v1.1.1 names only in its hierarchy file
        assertThat(taxonomy.skillGroups()).hasSize(647);
        // v1.1.1 relates 67 skills and one broader occupation to an occupation its occupations file lacks
        assertThat(taxonomy.integrityIssues()).filteredOn(issue -> !issue.startsWith("labels for an unknown"))
                .hasSize(68)
                .allSatisfy(issue -> assertThat(issue).contains("occupation/a9e54177-a185-404d-b6e6-15663d31137e"));
        // the crosswalks (made for ESCO v1.0.3) map 38 concepts that v1.1.1 no longer has: reported, not kept
        assertThat(taxonomy.integrityIssues()).filteredOn(issue -> issue.startsWith("labels for an unknown"))
                .hasSize(38);
    }

    @Test
    void occupationKnowsItsIscoGroupSkillsAndBroaderOccupation() {
        Occupation director = taxonomy.occupation(TECHNICAL_DIRECTOR).orElseThrow();
        assertThat(director.iscoCode()).isEqualTo("2654");
        assertThat(taxonomy.iscoGroupOf(TECHNICAL_DIRECTOR)).map(IscoGroup::code).contains("2654");
        assertThat(taxonomy.essentialSkills(TECHNICAL_DIRECTOR))
                .contains(new SkillUri("http://data.europa.eu/esco/skill/fed5b267-73fa-461d-9f69-827c78beb39d"));
        assertThat(taxonomy.broaderOccupations(TECHNICAL_DIRECTOR)).containsExactly(ART_DIRECTOR);
        assertThat(taxonomy.narrowerOccupations(ART_DIRECTOR)).contains(TECHNICAL_DIRECTOR);
        assertThat(taxonomy.skillsOf(TECHNICAL_DIRECTOR).getFirst().relation()).isEqualTo(RelationType.ESSENTIAL);
    }

    @Test
    void dutchOccupationLabelIsOfficialAndNotAFallback() {
        ResolvedLabel label = taxonomy.occupation(TECHNICAL_DIRECTOR).orElseThrow().label(NL);
        assertThat(label.text()).isEqualTo("inspiciënt");
        assertThat(label.fallback()).isFalse();
        assertThat(label.provenance()).isEqualTo(LabelProvenance.ESCO_OFFICIAL);
    }

    @Test
    void aSkillWhoseGeneratedLabelIsBelowTheThresholdFallsBackToEnglishAndSaysSo() {
        var unsure = nl.vaardig.taxonomy.dutch.GeneratedDutchLabels.shipped().all().entrySet().stream()
                .filter(e -> !nl.vaardig.taxonomy.dutch.GeneratedDutchLabels.shown(e.getValue()))
                .map(java.util.Map.Entry::getKey).sorted(java.util.Comparator.comparing(SkillUri::value)).findFirst()
                .orElseThrow();
        ResolvedLabel label = taxonomy.skill(unsure).orElseThrow().label(NL);
        assertThat(label.language()).isEqualTo(Locale.ENGLISH);
        assertThat(label.fallback()).isTrue();
    }

    @Test
    void aGeneratedDutchLabelAboveTheThresholdIsShownAndMarkedDerived() {
        var generated = nl.vaardig.taxonomy.dutch.GeneratedDutchLabels.shipped();
        var sure = generated.all().entrySet().stream()
                .filter(e -> nl.vaardig.taxonomy.dutch.GeneratedDutchLabels.shown(e.getValue()))
                .sorted(java.util.Map.Entry.comparingByKey(java.util.Comparator.comparing(SkillUri::value)))
                .findFirst().orElseThrow();
        ResolvedLabel label = taxonomy.skill(sure.getKey()).orElseThrow().label(NL);
        assertThat(label.text()).isEqualTo(sure.getValue().text());
        assertThat(label.provenance()).isEqualTo(LabelProvenance.GENERATED);
        assertThat(label.derived()).isTrue();
        assertThat(label.fallback()).isFalse();
    }

    @Test
    void dutchSkillLabelFromTheCollectionsIsMarkedDerived() {
        Skill haskell = taxonomy.skill(HASKELL).orElseThrow();
        ResolvedLabel label = haskell.label(NL);
        assertThat(label.fallback()).isFalse();
        assertThat(label.derived()).isTrue();
        assertThat(haskell.labels().description(NL)).contains("softwareontwikkeling");
        assertThat(haskell.in(EscoCollection.DIGITAL)).isTrue();
        assertThat(haskell.type()).isEqualTo(SkillType.KNOWLEDGE);
    }

    @Test
    void dutchCoverageMatchesTheShippedFiles() {
        Taxonomy.LabelCoverage nl = taxonomy.labelCoverage(NL);
        assertThat(nl.occupationsLabelled()).isEqualTo(3_007);
        // 5,418 official labels from the ESCO ↔ VDAB crosswalk; 1,589 more from the Dutch collections (derived)
        assertThat(nl.skillsOfficial()).isEqualTo(5_418);
        assertThat(nl.skillsDerived()).isEqualTo(1_589);
        // generated labels at or above GeneratedDutchLabels.SHOW_THRESHOLD (the other 1,299 stay English, marked)
        assertThat(nl.skillsGenerated()).isEqualTo(5_590);
        assertThat(nl.skillsLabelled()).isEqualTo(12_597);
    }

    @Test
    void skillHierarchyAndRelatedSkillsAreNavigable() {
        assertThat(taxonomy.broaderSkills(MANAGE_MUSICAL_STAFF)).contains(LEAD_OTHERS);
        assertThat(taxonomy.narrowerSkills(LEAD_OTHERS)).contains(MANAGE_MUSICAL_STAFF);
        assertThat(taxonomy.relatedSkills(IDENTIFY_STATISTICAL_PATTERNS))
                .contains(new LinkedSkill(MANAGE_QUANTITATIVE_DATA, RelationType.ESSENTIAL));
        assertThat(taxonomy.ancestorGroups(HASKELL)).isNotEmpty();
        assertThat(taxonomy.ancestorGroups(MANAGE_MUSICAL_STAFF)).isNotEmpty();
        assertThat(taxonomy.broaderGroups(HASKELL)).allSatisfy(g -> assertThat(taxonomy.skillGroup(g)).isPresent());
    }

    @Test
    void widelyNeededSkillsAreLessSpecificThanRareOnes() {
        SkillUri common = taxonomy.skills().stream().map(Skill::uri)
                .max(java.util.Comparator.comparingInt(taxonomy::occupationCount)).orElseThrow();
        assertThat(taxonomy.occupationCount(common)).isGreaterThan(300);
        assertThat(taxonomy.specificity(common)).isLessThan(taxonomy.specificity(MANAGE_MUSICAL_STAFF));
        assertThat(taxonomy.occupationsRequiring(MANAGE_MUSICAL_STAFF, RelationType.ESSENTIAL)
                .size() + taxonomy.occupationsRequiring(MANAGE_MUSICAL_STAFF, RelationType.OPTIONAL).size())
                .isEqualTo(taxonomy.occupationCount(MANAGE_MUSICAL_STAFF));
    }

    @Test
    void collectionsListTheirMembers() {
        assertThat(taxonomy.skillsIn(EscoCollection.TRANSVERSAL)).hasSize(96);
        assertThat(taxonomy.skillsIn(EscoCollection.DIGITAL)).hasSize(1_201);
        assertThat(taxonomy.occupations().stream().filter(o -> o.collections().contains(EscoCollection.RESEARCH_OCCUPATIONS)))
                .hasSize(122);
    }
}
