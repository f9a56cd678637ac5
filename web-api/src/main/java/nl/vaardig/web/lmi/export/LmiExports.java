package nl.vaardig.web.lmi.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.web.lmi.Dimension;
import nl.vaardig.web.lmi.LmiVocabulary.ExportNames;
import nl.vaardig.web.lmi.read.Count;
import nl.vaardig.web.lmi.read.LmiService;
import nl.vaardig.web.lmi.read.LmiViews.MapArea;
import nl.vaardig.web.lmi.read.LmiViews.MapView;
import nl.vaardig.web.lmi.read.LmiViews.SkillRow;
import nl.vaardig.web.lmi.read.LmiViews.SkillTable;
import nl.vaardig.web.lmi.read.Narrative;
import nl.vaardig.web.lmi.read.TensionClass;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports of the dashboard's tables and map layers. Each carries the period, the definitions, the suppression
 * mark and the attribution (ESCO, CBS/PDOK, synthetic data).
 */
@Component
public class LmiExports {

    public static final String SUPPRESSED = "x";
    private static final JsonMapper JSON = EnvelopeCodec.mapper();
    private final JsonNode regionsMap;

    LmiExports() {
        try (InputStream in = LmiExports.class.getResourceAsStream("arbeidsmarktregio_2025.geojson")) {
            this.regionsMap = JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped region map is missing", e);
        }
    }

    /** The 35 arbeidsmarktregio's 2025 (CBS/PDOK), with the attribution as a foreign member. */
    public String regionsMap() {
        ObjectNode copy = (ObjectNode) regionsMap.deepCopy();
        copy.put("attribution", "Bron: CBS, PDOK (CC BY 4.0) — arbeidsmarktregio's 2025, vereenvoudigd door cartomap/nl");
        return JSON.writeValueAsString(copy);
    }

    public static List<String> definitions(Locale lang) {
        boolean nl = lang.getLanguage().equals("nl");
        return nl ? List.of(
                "Vraag: vacatures die in de periode open stonden (en hoeveel de vaardigheid essentieel of optioneel vragen).",
                "Aanbod: werkzoekenden met toestemming voor statistiek die zich in de 6 maanden tot het einde van de periode inschreven en de vaardigheid hebben.",
                "Spanning = vraag ÷ aanbod; ruim < 0,67 ≤ gemiddeld < 1,05 ≤ krap < 1,5 ≤ zeer krap.",
                "x = onderdrukt: rust op minder dan 10 personen, of onderdrukt zodat een andere onderdrukte cel niet uit het totaal is af te leiden.")
                : List.of(
                "Demand: vacancies open during the period (and how many ask for the skill as essential or optional).",
                "Supply: job seekers who consent to statistics, registered in the 6 months up to the end of the period, who have the skill.",
                "Tension = demand ÷ supply; slack < 0.67 ≤ average < 1.05 ≤ tight < 1.5 ≤ very tight.",
                "x = suppressed: rests on fewer than 10 people, or suppressed so that another suppressed cell cannot be derived from the total.");
    }

    /** A table as every export carries it: title, period, column names and rows (Number, String, or null). */
    public record ExportTable(String title, String period, List<String> header, List<List<Object>> rows) {
    }

    /**
     * The region's table: each value named in Dutch and in English, with the Dutch name's source (officieel,
     * afgeleid, geen) in its own column, so a derived Dutch label is never passed off as the ESCO name.
     */
    public ExportTable skillsTable(SkillTable t, String regionName, Function<String, ExportNames> names, Locale lang) {
        boolean nl = lang.getLanguage().equals("nl");
        var rows = new java.util.ArrayList<List<Object>>();
        for (SkillRow r : t.rows()) {
            ExportNames n = names.apply(r.key());
            rows.add(java.util.Arrays.asList(r.key(), n.dutch(), n.english(), n.source().column(), r.demand(), r.essential(),
                    r.optional(), r.demandPrevious(), r.change(), count(r.supply()), count(r.wantsToLearn()),
                    tension(r.tension(), r.supply()), r.tensionClass() == null ? null : className(r.tensionClass(), lang)));
        }
        return new ExportTable((nl ? "Vaardig arbeidsmarktinformatie — " : "Vaardig labour-market information — ") + regionName
                + " (" + t.region() + ")", t.period(),
                nl ? List.of("code", "omschrijving", "omschrijving Engels", "bron omschrijving", "vraag", "essentieel",
                        "optioneel", "vraag vorige periode", "verandering %", "aanbod", "wil leren", "spanning", "klasse")
                        : List.of("code", "Dutch label", "English label", "source of Dutch label", "demand", "essential",
                        "optional", "demand previous period", "change %", "supply", "wants to learn", "tension", "class"), rows);
    }

    /** The map layer per region; what it measures is named in the title, in Dutch and English with the Dutch source. */
    public ExportTable mapTable(MapView m, ExportNames names, Locale lang) {
        boolean nl = lang.getLanguage().equals("nl");
        var rows = new java.util.ArrayList<List<Object>>();
        for (MapArea a : m.regions()) {
            rows.add(mapRow(a, lang));
        }
        rows.add(mapRow(m.national(), lang));
        String measure = m.dimension() == Dimension.ALL ? (nl ? "alle vacatures" : "all vacancies")
                : names.dutch() + " / " + names.english() + " (" + (nl ? "bron omschrijving: " : "source of Dutch label: ")
                + names.source().column() + ")";
        return new ExportTable((nl ? "Vaardig arbeidsmarktinformatie — kaart: " : "Vaardig labour-market information — map: ")
                + measure, m.period(),
                nl ? List.of("regio", "naam", "vraag", "aanbod", "spanning", "klasse") : List.of("region", "name", "demand", "supply", "tension", "class"),
                rows);
    }

    /** CSV (semicolons, UTF-8 with BOM) with the period, definitions and attribution as leading {@code #} lines. */
    public String csv(ExportTable table, Locale lang) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        for (String line : preamble(table, lang)) {
            csv.append("# ").append(line).append("\r\n");
        }
        csv.append(String.join(";", table.header())).append("\r\n");
        for (List<Object> row : table.rows()) {
            StringBuilder line = new StringBuilder();
            for (Object v : row) {
                if (!line.isEmpty()) {
                    line.append(';');
                }
                line.append(v == null ? "" : v instanceof Double d ? number(d, lang) : v instanceof Number n ? n.toString() : field(v.toString()));
            }
            csv.append(line).append("\r\n");
        }
        return csv.toString();
    }

    /** XLSX: the figures on the first sheet, period, definitions and attribution on the second. */
    public byte[] xlsx(ExportTable table, Locale lang) {
        boolean nl = lang.getLanguage().equals("nl");
        var figures = new java.util.ArrayList<List<Object>>();
        figures.add(List.copyOf(table.header()));
        figures.addAll(table.rows());
        var notes = new java.util.ArrayList<List<Object>>();
        preamble(table, lang).forEach(line -> notes.add(List.of(line)));
        var bytes = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(bytes, "Vaardig", "1.0");
            fill(workbook.newWorksheet(nl ? "Cijfers" : "Figures"), figures);
            fill(workbook.newWorksheet(nl ? "Toelichting" : "Notes"), notes);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Numbers as numbers, anything else as text (a leading "=" stays text, never a formula), nothing for null. */
    private static void fill(Worksheet sheet, List<List<Object>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                if (value instanceof Number n) {
                    sheet.value(r, c, n);
                } else if (value != null) {
                    sheet.value(r, c, value.toString());
                }
            }
        }
    }

    private static List<String> preamble(ExportTable table, Locale lang) {
        boolean nl = lang.getLanguage().equals("nl");
        var lines = new java.util.ArrayList<String>();
        lines.add(table.title());
        lines.add((nl ? "Periode: " : "Period: ") + table.period());
        lines.addAll(definitions(lang));
        lines.addAll(LmiService.ATTRIBUTION);
        return lines;
    }

    private List<Object> mapRow(MapArea a, Locale lang) {
        return java.util.Arrays.asList(a.code(), a.name(), a.demand(), count(a.supply()), tension(a.tension(), a.supply()),
                a.tensionClass() == null ? null : className(a.tensionClass(), lang));
    }

    private static Object tension(Double tension, Count supply) {
        return tension != null ? (Object) tension : supply.suppressed() ? SUPPRESSED : null;
    }

    public String mapGeoJson(MapView m, ExportNames names, Locale lang) {
        ObjectNode out = (ObjectNode) regionsMap.deepCopy();
        for (JsonNode feature : out.get("features")) {
            String code = feature.get("id").asString();
            ObjectNode props = (ObjectNode) feature.get("properties");
            m.regions().stream().filter(a -> a.code().equals(code)).findFirst().ifPresent(a -> {
                props.put("demand", a.demand());
                if (a.supply().suppressed()) {
                    props.put("supply", SUPPRESSED);
                } else {
                    props.put("supply", a.supply().value());
                }
                props.put("suppressed", a.supply().suppressed());
                if (a.tension() != null) {
                    props.put("tension", a.tension());
                    props.put("tensionClass", a.tensionClass().name());
                }
            });
        }
        ObjectNode meta = out.putObject("metadata");
        meta.put("period", m.period());
        meta.put("measure", m.dimension() == Dimension.ALL ? "ALL" : m.key());
        meta.put("label", m.label());
        if (m.dimension() != Dimension.ALL) {
            meta.put("labelNl", names.dutch());
            meta.put("labelEn", names.english());
            meta.put("labelNlSource", names.source().column());
        }
        var defs = meta.putArray("definitions");
        definitions(lang).forEach(defs::add);
        var attribution = meta.putArray("attribution");
        LmiService.ATTRIBUTION.forEach(attribution::add);
        return JSON.writeValueAsString(out);
    }

    private static String className(TensionClass c, Locale lang) {
        return lang.getLanguage().equals("nl") ? Narrative.classNl(c) : Narrative.classEn(c);
    }

    private static Object count(Count c) {
        return c.suppressed() ? SUPPRESSED : (Object) c.value();
    }

    private static String number(double v, Locale lang) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        return lang.getLanguage().equals("nl") ? s.replace('.', ',') : s;
    }

    private static String field(String v) {
        boolean quote = v.contains(";") || v.contains("\"") || v.contains("\n") || v.startsWith("=") || v.startsWith("+")
                || v.startsWith("-") || v.startsWith("@");
        String safe = v.startsWith("=") || v.startsWith("+") || v.startsWith("@") ? "'" + v : v; // no formula injection
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
