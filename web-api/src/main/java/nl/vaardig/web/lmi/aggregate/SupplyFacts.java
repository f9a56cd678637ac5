package nl.vaardig.web.lmi.aggregate;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What one consenting profile contributes to supply. Like the short-term job seekers in UWV's
 * spanningsindicator, a person counts as supply in every period that ends within {@link #ACTIVE_MONTHS} months
 * after registering. So supply is a stock per period (not additive over periods: a quarter is not the sum of
 * its months).
 */
public record SupplyFacts(String region, LocalDate registeredOn, String occupation, Set<String> skills, Set<String> wants) {

    public static final int ACTIVE_MONTHS = 6;

    public SupplyFacts {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(registeredOn, "registeredOn");
        skills = Set.copyOf(skills);
        wants = Set.copyOf(wants);
    }

    public LocalDate activeUntil() {
        return registeredOn.plusMonths(ACTIVE_MONTHS).minusDays(1);
    }
}
