package nl.vaardig.web.lmi.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.vaardig.web.lmi.read.LmiViews.SkillRow;
import nl.vaardig.web.lmi.LmiVocabulary.ExportNames;
import nl.vaardig.web.lmi.read.LmiViews.SkillTable;
import nl.vaardig.web.lmi.Dimension;
import nl.vaardig.web.lmi.read.Count;
import nl.vaardig.web.lmi.read.TensionClass;
import nl.vaardig.web.taxonomy.DutchLabelSource;
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
    void theXlsxIsAWorkbookWithTheFiguresAndANotesSheet() throws IOException {
        byte[] xlsx = exports.xlsx(exports.skillsTable(table, "Gorinchem", names, Locale.ENGLISH), Locale.ENGLISH);
        Map<String, String> parts = unzip(xlsx);
        assertThat(parts).containsKeys("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml");
        assertThat(parts.get("xl/workbook.xml")).contains("name=\"Figures\"").contains("name=\"Notes\"");
        String figures = parts.get("xl/worksheets/sheet1.xml");
        assertThat(figures).contains("<t xml:space=\"preserve\">supply</t>").contains("<t xml:space=\"preserve\">English label</t>")
                .contains("<t xml:space=\"preserve\">source of Dutch label</t>").contains("<t xml:space=\"preserve\">afgeleid</t>")
                .contains("<c r=\"E3\"><v>30</v></c>")
                .contains("<c r=\"J2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">x</t></is></c>")
                .contains("&quot;x&quot;");
        assertThat(parts.get("xl/worksheets/sheet2.xml")).contains("Period: 2031-Q1").contains("x = suppressed").contains("CBS, PDOK");
        assertThat(XlsxWriter.column(0)).isEqualTo("A");
        assertThat(XlsxWriter.column(27)).isEqualTo("AB");
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        var out = new HashMap<String, String>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                out.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
