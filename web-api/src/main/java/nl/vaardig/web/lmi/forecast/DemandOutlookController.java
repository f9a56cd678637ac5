package nl.vaardig.web.lmi.forecast;

import java.util.Locale;
import nl.vaardig.web.lmi.Dimension;
import nl.vaardig.web.lmi.LmiVocabulary;
import nl.vaardig.web.platform.problem.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Demand trend and prognosis per skill or occupation for regional staff (the regio dashboard), issue 19. */
@RestController
public class DemandOutlookController {

    private final DemandOutlookService service;
    private final LmiVocabulary vocabulary;

    DemandOutlookController(DemandOutlookService service, LmiVocabulary vocabulary) {
        this.service = service;
        this.vocabulary = vocabulary;
    }

    @GetMapping("/api/lmi/regions/{region}/forecast")
    @PreAuthorize("hasRole('REGIO_STAFF')")
    public DemandOutlookView forecast(@PathVariable String region, @RequestParam Dimension dimension, @RequestParam String key,
                                      @RequestParam(defaultValue = "4") int horizon, Locale locale) {
        String code = region.toUpperCase(Locale.ROOT);
        if (!vocabulary.isRegion(code)) {
            throw new NotFoundException("region");
        }
        if (dimension != Dimension.SKILL && dimension != Dimension.OCCUPATION) {
            throw new IllegalArgumentException("a forecast is per skill or per occupation");
        }
        if (key.isBlank() || key.length() > 300) {
            throw new IllegalArgumentException("a forecast needs the skill's or occupation's key");
        }
        if (horizon < 1 || horizon > DemandForecaster.MAX_HORIZON) {
            throw new IllegalArgumentException("horizon is 1 to " + DemandForecaster.MAX_HORIZON + " quarters");
        }
        return service.outlook(code, dimension, key, horizon, locale);
    }
}
