package nl.vaardig.web.lmi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.web.lmi.LmiViews.MapArea;
import nl.vaardig.web.lmi.LmiViews.MapView;
import nl.vaardig.web.lmi.LmiViews.SkillRow;
import nl.vaardig.web.lmi.LmiViews.SkillTable;
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

    public String skillsCsv(SkillTable t, String regionName, Locale lang) {
        boolean nl = lang.getLanguage().equals("nl");
        StringBuilder csv = header(nl ? "Vaardig arbeidsmarktinformatie — " + regionName + " (" + t.region() + ")"
                : "Vaardig labour-market information — " + regionName + " (" + t.region() + ")", t.period(), lang);
        csv.append(nl ? "code;omschrijving;vraag;essentieel;optioneel;vraag vorige periode;verandering %;aanbod;wil leren;spanning;klasse\r\n"
                : "code;label;demand;essential;optional;demand previous period;change %;supply;wants to learn;tension;class\r\n");
        for (SkillRow r : t.rows()) {
            csv.append(field(r.key())).append(';').append(field(r.label())).append(';').append(r.demand()).append(';')
                    .append(r.essential()).append(';').append(r.optional()).append(';').append(r.demandPrevious()).append(';')
                    .append(r.change() == null ? "" : number(r.change(), lang)).append(';').append(count(r.supply())).append(';')
                    .append(count(r.wantsToLearn())).append(';')
                    .append(r.tension() == null ? (r.supply().suppressed() ? SUPPRESSED : "") : number(r.tension(), lang)).append(';')
                    .append(r.tensionClass() == null ? "" : className(r.tensionClass(), lang)).append("\r\n");
        }
        return csv.toString();
    }

    public String mapCsv(MapView m, Locale lang) {
        boolean nl = lang.getLanguage().equals("nl");
        StringBuilder csv = header((nl ? "Vaardig arbeidsmarktinformatie — kaart: " : "Vaardig labour-market information — map: ")
                + (m.dimension() == Dimension.ALL ? (nl ? "alle vacatures" : "all vacancies") : m.label()), m.period(), lang);
        csv.append(nl ? "regio;naam;vraag;aanbod;spanning;klasse\r\n" : "region;name;demand;supply;tension;class\r\n");
        for (MapArea a : m.regions()) {
            csv.append(row(a, lang));
        }
        csv.append(row(m.national(), lang));
        return csv.toString();
    }

    public String mapGeoJson(MapView m, Locale lang) {
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
        var defs = meta.putArray("definitions");
        definitions(lang).forEach(defs::add);
        var attribution = meta.putArray("attribution");
        LmiService.ATTRIBUTION.forEach(attribution::add);
        return JSON.writeValueAsString(out);
    }

    private String row(MapArea a, Locale lang) {
        return field(a.code()) + ';' + field(a.name()) + ';' + a.demand() + ';' + count(a.supply()) + ';'
                + (a.tension() == null ? (a.supply().suppressed() ? SUPPRESSED : "") : number(a.tension(), lang)) + ';'
                + (a.tensionClass() == null ? "" : className(a.tensionClass(), lang)) + "\r\n";
    }

    private static StringBuilder header(String title, String period, Locale lang) {
        boolean nl = lang.getLanguage().equals("nl");
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("# ").append(title).append("\r\n");
        csv.append("# ").append(nl ? "Periode: " : "Period: ").append(period).append("\r\n");
        definitions(lang).forEach(d -> csv.append("# ").append(d).append("\r\n"));
        LmiService.ATTRIBUTION.forEach(a -> csv.append("# ").append(a).append("\r\n"));
        return csv;
    }

    private static String className(TensionClass c, Locale lang) {
        return lang.getLanguage().equals("nl") ? Narrative.classNl(c) : Narrative.classEn(c);
    }

    private static String count(Count c) {
        return c.suppressed() ? SUPPRESSED : String.valueOf(c.value());
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

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
