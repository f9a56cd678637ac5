package nl.vaardig.web.lmi.api;

import java.util.Locale;
import java.util.Map;
import nl.vaardig.web.lmi.Dimension;
import nl.vaardig.web.lmi.LmiVocabulary;
import nl.vaardig.web.lmi.Period;
import nl.vaardig.web.lmi.export.LmiExports;
import nl.vaardig.web.lmi.read.LmiService;
import nl.vaardig.web.lmi.read.LmiViews;
import nl.vaardig.web.lmi.read.SimilarRegions;
import nl.vaardig.web.platform.problem.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Labour-market information for regional staff: figures per arbeidsmarktregio from the aggregates. All regions are
 * open to them (aggregate, disclosure-controlled figures); people counts below 10 never leave this API.
 */
@RestController
@RequestMapping("/api/lmi")
public class LmiController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final LmiService service;
    private final LmiVocabulary vocabulary;
    private final LmiExports exports;

    LmiController(LmiService service, LmiVocabulary vocabulary, LmiExports exports) {
        this.service = service;
        this.vocabulary = vocabulary;
        this.exports = exports;
    }

    @GetMapping("/meta")
    @PreAuthorize("hasRole('REGIO_STAFF')")
    public LmiViews.Meta meta() {
        return service.meta();
    }

    @GetMapping("/map")
    @PreAuthorize("hasRole('REGIO_STAFF')")
    public LmiViews.MapView map(@RequestParam String period, @RequestParam(defaultValue = "ALL") Dimension dimension,
                                @RequestParam(defaultValue = Dimension.ALL_KEY) String key, Locale locale) {
        return service.map(Period.parse(period), dimension, keyFor(dimension, key), locale);
    }

    @GetMapping(path = "/map.csv", produces = "text/csv")
    @PreAuthorize("hasRole('REGIO_STAFF')")
    public ResponseEntity<byte[]> mapCsv(@RequestParam String period, @RequestParam(defaultValue = "ALL") Dimension dimension,
                                         @RequestParam(defaultValue = Dimension.ALL_KEY) String key, Locale locale) {
        LmiViews.MapView m = service.map(Period.parse(period), dimension, keyFor(dimension, key), locale);
        LmiExports.ExportTable table = exports.mapTable(m, vocabulary.exportNames(m.dimension(), m.key()), locale);
        return download(LmiExports.utf8(exports.csv(table, locale)), "text/csv;charset=UTF-8",
                "vaardig-kaart-" + m.period() + ".csv");
    }

    @GetMapping(path = "/map.xlsx", produces = XLSX)
    @PreAuthorize("hasRole('REGIO_STAFF')")
    public ResponseEntity<byte[]> mapXlsx(@RequestParam String period, @RequestParam(defaultValue = "ALL") Dimension dimension,
                                          @RequestParam(defaultValue = Dimension.ALL_KEY) String key, Locale locale) {
        LmiViews.MapView m = service.map(Period.parse(period), dimension, keyFor(dimension, key), locale);
        LmiExports.ExportTable table = exports.mapTable(m, vocabulary.exportNames(m.dimension(), m.key()), locale);
        return download(exports.xlsx(table, locale), XLSX, "vaardig-kaart-" + m.period() + ".xlsx");
    }

    @GetMapping(path = "/map.geojson", produces = "application/geo+json")
    @PreAuthorize("hasRole('REGIO_STAFF')")
    public ResponseEntity<byte[]> mapGeoJson(@RequestParam String period, @RequestParam(defaultValue = "ALL") Dimension dimension,
                                             @RequestParam(defaultValue = Dimension.ALL_KEY) String key, Locale locale) {
        LmiViews.MapView m = service.map(Period.parse(period), dimension, keyFor(dimension, key), locale);
        String geoJson = exports.mapGeoJson(m, vocabulary.exportNames(m.dimension(), m.key()), locale);
        return download(LmiExports.utf8(geoJson), "application/geo+json", "vaardig-kaart-" + m.period() + ".geojson");
    }

    @GetMapping("/regions/{region}/summary")
    @PreAuthorize("hasRole('REGIO_STAFF')")
    public LmiViews.Summary summary(@PathVariable String region, @RequestParam String period, Locale locale) {
        return service.summary(known(region), Period.parse(period), locale);
    }

    @GetMapping("/regions/{region}/skills")
    @PreAuthorize("hasRole('REGIO_STAFF')")
    public LmiViews.SkillTable skills(@PathVariable String region, @RequestParam String period,
                                      @RequestParam(defaultValue = "SKILL") Dimension dimension,
                                      @RequestParam(defaultValue = "50") int limit,
                                      @RequestParam(required = false) String sector,
                                      @RequestParam(required = false) String occupation, Locale locale) {
        return service.skills(known(region), Period.parse(period), dimension, limit(limit), sector, occupation, locale);
    }

    @GetMapping(path = "/regions/{region}/skills.csv", produces = "text/csv")
    @PreAuthorize("hasRole('REGIO_STAFF')")
    public ResponseEntity<byte[]> skillsCsv(@PathVariable String region, @RequestParam String period,
                                            @RequestParam(defaultValue = "SKILL") Dimension dimension,
                                            @RequestParam(defaultValue = "200") int limit, Locale locale) {
        LmiViews.SkillTable t = service.skills(known(region), Period.parse(period), dimension, limit(limit), null, null, locale);
        LmiExports.ExportTable table = exports.skillsTable(t, vocabulary.regions().get(t.region()),
                k -> vocabulary.exportNames(dimension, k), locale);
        return download(LmiExports.utf8(exports.csv(table, locale)),
                "text/csv;charset=UTF-8", "vaardig-" + t.region() + "-" + dimension.name().toLowerCase(Locale.ROOT) + "-" + t.period() + ".csv");
    }

    @GetMapping(path = "/regions/{region}/skills.xlsx", produces = XLSX)
    @PreAuthorize("hasRole('REGIO_STAFF')")
    public ResponseEntity<byte[]> skillsXlsx(@PathVariable String region, @RequestParam String period,
                                             @RequestParam(defaultValue = "SKILL") Dimension dimension,
                                             @RequestParam(defaultValue = "200") int limit, Locale locale) {
        LmiViews.SkillTable t = service.skills(known(region), Period.parse(period), dimension, limit(limit), null, null, locale);
        LmiExports.ExportTable table = exports.skillsTable(t, vocabulary.regions().get(t.region()),
                k -> vocabulary.exportNames(dimension, k), locale);
        return download(exports.xlsx(table, locale), XLSX,
                "vaardig-" + t.region() + "-" + dimension.name().toLowerCase(Locale.ROOT) + "-" + t.period() + ".xlsx");
    }

    @GetMapping("/regions/{region}/series")
    @PreAuthorize("hasRole('REGIO_STAFF')")
    public LmiViews.Series series(@PathVariable String region, @RequestParam(defaultValue = "QUARTER") Period.Kind kind,
                                  @RequestParam(defaultValue = "ALL") Dimension dimension,
                                  @RequestParam(defaultValue = Dimension.ALL_KEY) String key, Locale locale) {
        return service.series(known(region), kind, dimension, keyFor(dimension, key), locale);
    }

    @GetMapping("/regions/{region}/bubbles")
    @PreAuthorize("hasRole('REGIO_STAFF')")
    public LmiViews.Bubbles bubbles(@PathVariable String region, @RequestParam(defaultValue = "QUARTER") Period.Kind kind,
                                    @RequestParam(defaultValue = "8") int limit, Locale locale) {
        return service.bubbles(known(region), kind, Math.min(limit(limit), 15), locale);
    }

    @GetMapping("/regions/{region}/similar")
    @PreAuthorize("hasRole('REGIO_STAFF')")
    public LmiViews.Similar similar(@PathVariable String region, @RequestParam String period,
                                    @RequestParam(required = false) Double size, @RequestParam(required = false) Double supply,
                                    @RequestParam(required = false) Double profile) {
        Map<SimilarRegions.Criterion, Double> criteria = size == null && supply == null && profile == null
                ? LmiService.DEFAULT_CRITERIA : LmiService.criteria(deviation(size), deviation(supply), deviation(profile));
        return service.similar(known(region), Period.parse(period), criteria);
    }

    private String known(String region) {
        String code = region.toUpperCase(Locale.ROOT);
        if (!vocabulary.isRegion(code)) {
            throw new NotFoundException("region");
        }
        return code;
    }

    private static String keyFor(Dimension d, String key) {
        if (d == Dimension.ALL) {
            return Dimension.ALL_KEY;
        }
        if (key.isBlank() || key.equals(Dimension.ALL_KEY) || key.length() > 300) {
            throw new IllegalArgumentException("a " + d + " figure needs a key");
        }
        return key;
    }

    private static int limit(int limit) {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be between 1 and 500");
        }
        return limit;
    }

    private static Double deviation(Double d) {
        if (d != null && (d < 0 || d > 1000)) {
            throw new IllegalArgumentException("an allowed deviation is between 0 and 1000");
        }
        return d;
    }

    static ResponseEntity<byte[]> download(byte[] body, String type, String fileName) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .contentType(MediaType.parseMediaType(type))
                .body(body);
    }
}
