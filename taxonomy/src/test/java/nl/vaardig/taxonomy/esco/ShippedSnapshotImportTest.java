package nl.vaardig.taxonomy.esco;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.vaardig.taxonomy.csv.LoadStats;
import nl.vaardig.taxonomy.csv.RowIssue;
import nl.vaardig.taxonomy.testing.ShippedTaxonomy;
import org.junit.jupiter.api.Test;

class ShippedSnapshotImportTest {

    private final EscoImportReport report = ShippedTaxonomy.get().report();

    @Test
    void everyShippedFileIsImportedWithExactlyItsRowCount() {
        Map<String, Long> expected = Map.ofEntries(
                Map.entry("skills_en.csv", 13_896L),
                Map.entry("occupations_en.csv", 3_007L),
                Map.entry("ISCOGroups_en.csv", 619L),
                Map.entry("skillGroups_en.csv", 640L),
                Map.entry("skillsHierarchy_en.csv", 647L),
                Map.entry("occupations_nl.csv", 3_007L),
                Map.entry("ISCOGroups_nl.csv", 619L),
                Map.entry("skillGroups_nl.csv", 640L),
                Map.entry("skillsHierarchy_nl.csv", 647L),
                Map.entry("derived_skill_labels_nl.csv", 2_394L),
                Map.entry("occupationSkillRelations.csv", 123_855L),
                Map.entry("skillSkillRelations.csv", 5_899L),
                Map.entry("broaderRelationsSkillPillar.csv", 20_656L),
                Map.entry("broaderRelationsOccPillar.csv", 3_617L),
                Map.entry("digitalSkillsCollection_en.csv", 1_201L),
                Map.entry("greenSkillsCollection_en.csv", 570L),
                Map.entry("languageSkillsCollection_en.csv", 346L),
                Map.entry("transversalSkillsCollection_en.csv", 96L),
                Map.entry("researchSkillsCollection_en.csv", 40L),
                Map.entry("digCompSkillsCollection_en.csv", 26L),
                Map.entry("researchOccupationsCollection_en.csv", 122L),
                Map.entry("esco_vdab_competences_nl.csv", 11_183L),
                Map.entry("esco_dutch_noc_occupations_nl.csv", 5_651L));
        expected.forEach((file, rows) -> {
            LoadStats stats = report.stats(file).orElseThrow(() -> new AssertionError(file + " not imported"));
            assertThat(stats.rowsRead()).as(file + " rows read").isEqualTo(rows);
            assertThat(stats.accepted()).as(file + " accepted").isEqualTo(rows);
            assertThat(stats.badRows()).as(file + " bad rows").isEmpty();
        });
        assertThat(report.files()).hasSize(expected.size());
        assertThat(report.complete()).isTrue();
    }

    @Test
    void rowsWithEmptySkillTypeOrReuseLevelAreKeptAndReportedAsWarnings() {
        LoadStats skills = report.stats("skills_en.csv").orElseThrow();
        assertThat(skills.warnings()).extracting(RowIssue::reason)
                .filteredOn(r -> r.contains("skillType")).hasSize(6);
        assertThat(skills.warnings()).extracting(RowIssue::reason)
                .filteredOn(r -> r.contains("reuseLevel")).hasSize(5);
        assertThat(report.stats("occupationSkillRelations.csv").orElseThrow().warnings()).hasSize(5);
    }

    @Test
    void missingOfficialDutchSkillsFileIsReportedAndDerivedLabelsAreNamedAsSuch() {
        assertThat(report.missingOptional()).contains("skills_nl.csv");
        assertThat(report.notes()).anySatisfy(n -> assertThat(n).contains("derived_skill_labels_nl.csv").contains("DERIVED"));
    }
}
