package nl.vaardig.web.lmi.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.vaardig.web.lmi.Dimension;
import nl.vaardig.web.lmi.LmiVocabulary.ExportNames;
import nl.vaardig.web.lmi.read.Count;
import nl.vaardig.web.lmi.read.LmiViews.SkillRow;
import nl.vaardig.web.lmi.read.LmiViews.SkillTable;
import nl.vaardig.web.lmi.read.TensionClass;
import nl.vaardig.web.taxonomy.DutchLabelSource;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LmiExportsTest {

    final LmiExports exports = new LmiExports();
    final SkillTable table = new SkillTable("AM35", "2031-Q1", "2030-Q4", Dimension.SKILL, List.of(
            new SkillRow("http://data.europa.eu/esco/skill/a", "=HYPERLINK(\"x\")", "en", false, 12, 10, 2, 8, 50.0,
                    new Count(null, true), new Count(0L, false), null, null),
            new SkillRow("http://data.europa.eu/esco/skill/b", "heftruck rijden", "nl", true, 30, 30, 0, 20, 50.0,
                    new Count(20L, false), new Count(null, true), 1.5, TensionClass.ZEER_KRAP)));

    /** Export names as the vocabulary gives them: skill b has a derived Dutch label, skill a none. */
    final Function<String, ExportNames> names = key -> key.endsWith("/b")
            ? new ExportNames("heftruck rijden", "operate forklift", DutchLabelSource.DERIVED)
            : new ExportNames("=HYPERLINK(\"x\")", "=HYPERLINK(\"x\")", DutchLabelSource.NONE);

    @Test
    void theCsvCarriesPeriodDefinitionsSuppressionMarksAndAttributionAndNoFormulas() {
        String csv = exports.csv(exports.skillsTable(table, "Gorinchem", names, Locale.of("nl")), Locale.of("nl"));
        assertThat(csv).startsWith("\uFEFF# Vaardig arbeidsmarktinformatie — Gorinchem (AM35)")
                .contains("# Periode: 2031-Q1").contains("x = onderdrukt").contains("Bron: CBS, PDOK").contains("ESCO")
                .contains("code;omschrijving;omschrijving Engels;bron omschrijving;vraag;")
                .contains(";geen;12;10;2;8;50,00;x;0;x;")
                .contains("/b;heftruck rijden;operate forklift;afgeleid;30;30;0;20;50,00;20;x;1,50;zeer krap");
        assertThat(csv).doesNotContain(";=HYPERLINK").contains("\"'=HYPERLINK(\"\"x\"\")\"");
    }

    @Test
    void theXlsxReadsBackAsAWorkbookWithTheFiguresAndANotesSheet() throws IOException {
        byte[] xlsx = exports.xlsx(exports.skillsTable(table, "Gorinchem", names, Locale.ENGLISH), Locale.ENGLISH);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Figures", "Notes");
            List<Row> figures = sheets.get(0).read();
            assertThat(figures).hasSize(3);
            assertThat(figures.get(0).getCellText(0)).isEqualTo("code");
            assertThat(figures.get(0).getCellText(2)).isEqualTo("English label");
            assertThat(figures.get(0).getCellText(3)).isEqualTo("source of Dutch label");
            assertThat(figures.get(0).getCellText(9)).isEqualTo("supply");
            assertThat(figures.get(2).getCellText(3)).isEqualTo("afgeleid");
            assertThat(figures.get(2).getCell(4).getType()).isEqualTo(CellType.NUMBER);
            assertThat(figures.get(2).getCell(4).asNumber()).isEqualByComparingTo("30");
            assertThat(figures.get(2).getCell(11).asNumber()).isEqualByComparingTo("1.5");
            assertThat(figures.get(1).getCell(8).asNumber()).isEqualByComparingTo("50");
            assertThat(figures.get(1).getCell(9).getType()).isEqualTo(CellType.STRING);
            assertThat(figures.get(1).getCellText(9)).isEqualTo("x");
            Cell formulaLike = figures.get(1).getCell(1);
            assertThat(formulaLike.getType()).as("a label that starts with = stays text").isEqualTo(CellType.STRING);
            assertThat(formulaLike.asString()).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(figures.get(1).getOptionalCell(12).map(Cell::getType).orElse(CellType.EMPTY)).as("no class: an empty cell")
                    .isEqualTo(CellType.EMPTY);
            List<String> notes = sheets.get(1).read().stream().map(r -> r.getCellText(0)).toList();
            assertThat(notes).contains("Period: 2031-Q1").anyMatch(l -> l.startsWith("x = suppressed"))
                    .anyMatch(l -> l.contains("CBS, PDOK"));
        }
    }

    @Test
    void theDutchXlsxNamesItsSheetsInDutch() throws IOException {
        byte[] xlsx = exports.xlsx(exports.skillsTable(table, "Gorinchem", names, Locale.of("nl")), Locale.of("nl"));
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("Cijfers", "Toelichting");
            assertThat(workbook.getFirstSheet().read().get(2).getCell(11).asNumber()).as("a number, not a Dutch-formatted text")
                    .isEqualByComparingTo("1.5");
        }
    }
}
