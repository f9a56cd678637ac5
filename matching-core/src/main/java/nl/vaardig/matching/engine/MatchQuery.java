package nl.vaardig.matching.engine;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import nl.vaardig.matching.model.ContractType;
import nl.vaardig.matching.model.HoursPerWeek;
import nl.vaardig.matching.model.IscoCode;
import nl.vaardig.taxonomy.region.AmrCode;

/**
 * Filters and presentation options of a match request. Empty sets and nulls mean "no filter". Which filters apply
 * depends on what is searched:
 * <ul>
 *   <li>vacancies: all of them; only vacancies open on {@code openOn} (default today) unless {@code includeClosed};</li>
 *   <li>people: regions (their region), within (their home), hours (their availability);</li>
 *   <li>learning routes: regions (offered there, or online).</li>
 * </ul>
 *
 * @param locale language of the labels in explanations (Dutch by default, English as fallback)
 */
public record MatchQuery(Set<AmrCode> regions, Distance within, HoursPerWeek hours, Set<ContractType> contracts,
                         Set<IscoCode> sectors, LocalDate openOn, boolean includeClosed, Locale locale) {

    public static final Locale DUTCH = Locale.of("nl");

    public MatchQuery {
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        contracts = contracts == null ? Set.of() : Set.copyOf(contracts);
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
        locale = locale == null ? DUTCH : locale;
    }

    /** No filters except "open today", Dutch labels. */
    public static MatchQuery defaults() {
        return new MatchQuery(Set.of(), null, null, Set.of(), Set.of(), null, false, DUTCH);
    }

    public LocalDate openDay(LocalDate today) {
        return openOn != null ? openOn : today;
    }

    public MatchQuery inRegions(Set<AmrCode> newRegions) {
        return new MatchQuery(newRegions, within, hours, contracts, sectors, openOn, includeClosed, locale);
    }

    /** {@code region} and the regions bordering it, searched as one ("my region and the ones next to it"). */
    public MatchQuery inRegionAndNeighbours(AmrCode region, RegionNeighbours neighbours) {
        return inRegions(neighbours.withNeighbours(region));
    }

    public MatchQuery within(Distance distance) {
        return new MatchQuery(regions, Objects.requireNonNull(distance), hours, contracts, sectors, openOn, includeClosed, locale);
    }

    public MatchQuery withHours(HoursPerWeek newHours) {
        return new MatchQuery(regions, within, newHours, contracts, sectors, openOn, includeClosed, locale);
    }

    public MatchQuery withContracts(Set<ContractType> newContracts) {
        return new MatchQuery(regions, within, hours, newContracts, sectors, openOn, includeClosed, locale);
    }

    public MatchQuery inSectors(Set<IscoCode> newSectors) {
        return new MatchQuery(regions, within, hours, contracts, newSectors, openOn, includeClosed, locale);
    }

    public MatchQuery openOn(LocalDate day) {
        return new MatchQuery(regions, within, hours, contracts, sectors, day, false, locale);
    }

    public MatchQuery includingClosed() {
        return new MatchQuery(regions, within, hours, contracts, sectors, openOn, true, locale);
    }

    public MatchQuery inLanguage(Locale newLocale) {
        return new MatchQuery(regions, within, hours, contracts, sectors, openOn, includeClosed, newLocale);
    }
}
