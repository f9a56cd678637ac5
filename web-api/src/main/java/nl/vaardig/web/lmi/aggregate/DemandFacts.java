package nl.vaardig.web.lmi.aggregate;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.vaardig.ingest.event.payload.VacancyState;

/**
 * What one vacancy contributes to demand: its region, the days it is open, its occupation and ISCO group, and the
 * skills it asks for. A vacancy counts as open in every period that overlaps [openFrom, openUntil]; open spells
 * are capped at {@link #MAX_OPEN_DAYS} (a vacancy "valid until 2099" is not demand for 75 years).
 */
public record DemandFacts(String region, LocalDate openFrom, LocalDate openUntil, String occupation, String isco,
                          List<Required> skills) {

    public static final int MAX_OPEN_DAYS = 182;

    public record Required(String uri, boolean essential) {
        public Required {
            Objects.requireNonNull(uri, "uri");
        }
    }

    public DemandFacts {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(openFrom, "openFrom");
        Objects.requireNonNull(openUntil, "openUntil");
        skills = List.copyOf(skills);
    }

    public boolean open() {
        return !openUntil.isBefore(openFrom);
    }

    /** The facts of a published vacancy, or of one closed on {@code closedOn} (null: still open). */
    public static DemandFacts of(VacancyState v, LocalDate closedOn) {
        LocalDate until = v.validUntil();
        if (until.isAfter(v.validFrom().plusDays(MAX_OPEN_DAYS))) {
            until = v.validFrom().plusDays(MAX_OPEN_DAYS);
        }
        if (closedOn != null && closedOn.isBefore(until)) {
            until = closedOn;
        }
        if (!"PUBLISHED".equals(v.status()) && closedOn == null) {
            until = v.validFrom().minusDays(1); // a draft is not demand
        }
        return new DemandFacts(v.region(), v.validFrom(), until, v.occupation(), v.isco(),
                v.skills().stream().map(s -> new Required(s.uri(), s.essential())).toList());
    }
}
