package nl.vaardig.web.lmi.api;

import jakarta.annotation.security.PermitAll;
import nl.vaardig.web.lmi.Period;
import nl.vaardig.web.lmi.export.LmiExports;
import nl.vaardig.web.lmi.read.LmiService;
import nl.vaardig.web.lmi.read.LmiViews;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public, read-only: non-personal demand figures (open vacancies per region) and the region map. */
@RestController
@RequestMapping("/api/public/lmi")
public class PublicDemandController {

    private final LmiService service;
    private final LmiExports exports;

    PublicDemandController(LmiService service, LmiExports exports) {
        this.service = service;
        this.exports = exports;
    }

    @GetMapping("/demand")
    @PermitAll
    public LmiViews.PublicDemand demand(@RequestParam(required = false) String period) {
        String p = period != null ? period : service.defaultPeriod();
        return service.publicDemand(Period.parse(p));
    }

    @GetMapping("/regions.geojson") // any Accept: GeoJSON is JSON, and the app asks for application/json
    @PermitAll
    public ResponseEntity<String> regions() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)))
                .contentType(MediaType.parseMediaType("application/geo+json")).body(exports.regionsMap());
    }
}
