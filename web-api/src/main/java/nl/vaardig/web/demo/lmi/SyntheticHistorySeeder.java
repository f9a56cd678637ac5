package nl.vaardig.web.demo.lmi;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.vaardig.taxonomy.region.LabourMarketRegion;
import nl.vaardig.taxonomy.region.LabourMarketRegions;
import nl.vaardig.web.lmi.LmiVocabulary;
import nl.vaardig.web.lmi.aggregate.AggregateStore;
import nl.vaardig.web.lmi.aggregate.Contributions;
import nl.vaardig.web.lmi.aggregate.Deltas;
import nl.vaardig.web.lmi.aggregate.DemandFacts;
import nl.vaardig.web.lmi.aggregate.SupplyFacts;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a SYNTHETIC labour-market history into the aggregates once (labelled in {@code lmi_dataset}), through the
 * same contribution code the event consumers use: {@code years} of vacancies (4 by default — a seasonal forecast
 * needs three years of quarters to fit on, issue 19) and the last two years of profiles (supply is a 6-month stock,
 * so older profiles would only add rows), over all regions and sectors unless {@code regions} / {@code sectors} name
 * some (the integration tests concentrate their small history on the demo seeker's region). The vacancies exist only as aggregate
 * contributions; the profiles go into the supply source so later consent and deletion events apply to them.
 */
@Component
@ConditionalOnProperty(name = "vaardig.lmi.synthetic.enabled", havingValue = "true")
public class SyntheticHistorySeeder implements ApplicationRunner {

    public static final String DATASET = "synthetic-history";
    private static final Logger log = LoggerFactory.getLogger(SyntheticHistorySeeder.class);

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final AggregateStore store;
    private final LmiVocabulary vocabulary;
    private final TransactionTemplate tx;
    private final long vacancies;
    private final long profiles;
    private final long seed;
    private final boolean inBackground;
    private final int years;
    private final Set<String> regions;
    private final Set<SyntheticLabourMarket.Sector> sectors;

    SyntheticHistorySeeder(JdbcTemplate jdbc, DataSource dataSource, AggregateStore store, LmiVocabulary vocabulary,
                           TransactionTemplate tx,
                           @Value("${vaardig.lmi.synthetic.years:4}") int years,
                           @Value("${vaardig.lmi.synthetic.vacancies:200000}") long vacancies,
                           @Value("${vaardig.lmi.synthetic.profiles:40000}") long profiles,
                           @Value("${vaardig.lmi.synthetic.seed:2025}") long seed,
                           @Value("${vaardig.lmi.synthetic.in-background:false}") boolean inBackground,
                           @Value("${vaardig.lmi.synthetic.regions:}") List<String> regions,
                           @Value("${vaardig.lmi.synthetic.sectors:}") List<String> sectors) {
        this.inBackground = inBackground;
        this.regions = regions.stream().map(r -> r.strip().toUpperCase(Locale.ROOT)).filter(r -> !r.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        var known = LabourMarketRegions.shipped().all().stream().map(r -> r.code().value().toUpperCase(Locale.ROOT)).toList();
        if (!known.containsAll(this.regions)) {
            throw new IllegalArgumentException("vaardig.lmi.synthetic.regions names an unknown region: " + this.regions);
        }
        var chosen = sectors.stream().map(String::strip).filter(x -> !x.isEmpty())
                .map(x -> SyntheticLabourMarket.Sector.valueOf(x.toUpperCase(Locale.ROOT))).toList();
        this.sectors = chosen.isEmpty() ? EnumSet.allOf(SyntheticLabourMarket.Sector.class) : EnumSet.copyOf(chosen);
        if (years < 2) {
            throw new IllegalArgumentException("vaardig.lmi.synthetic.years is at least 2, not " + years);
        }
        this.years = years;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.store = store;
        this.vocabulary = vocabulary;
        this.tx = tx;
        this.vacancies = vacancies;
        this.profiles = profiles;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate to = LocalDate.now();
        if (!inBackground) {
            seed(to.minusYears(years).plusDays(1), to);
            return;
        }
        // The first local start would otherwise wait ~1 minute for the history before it is ready; the
        // dashboard shows the history as soon as its one transaction commits.
        log.info("LMI synthetic history: loading in the background ({} vacancies, {} profiles)", vacancies, profiles);
        Thread.ofPlatform().name("lmi-synthetic-history").daemon().start(() -> {
            try {
                seed(to.minusYears(years).plusDays(1), to);
            } catch (RuntimeException e) {
                log.warn("LMI synthetic history not loaded; it is tried again at the next start", e);
            }
        });
    }

    /** Seeds [from, to] unless a synthetic history is already loaded. Returns whether it loaded. */
    public boolean seed(LocalDate from, LocalDate to) {
        long started = System.nanoTime();
        Boolean loaded = tx.execute(status -> {
            int claimed = jdbc.update("""
                    insert into lmi_dataset (name, synthetic, description, vacancies, profiles, from_day, to_day)
                    values (?, true, ?, ?, ?, ?, ?) on conflict (name) do nothing""",
                    DATASET, SyntheticLabourMarket.describe(vacancies, profiles, from, to) + scope(), vacancies, profiles, from, to);
            if (claimed == 0) {
                return false;
            }
            // The consumers update the same cells while the history loads (the demo vacancies' events arrive at
            // start); taking the tables before the first cell makes them wait for this one transaction instead of
            // deadlocking it. Only when loading: a restart that finds the history claimed takes no lock.
            jdbc.execute("lock table lmi_demand_cell, lmi_supply_cell, lmi_supply_profile in share row exclusive mode");
            load(from, to);
            return true;
        });
        if (Boolean.TRUE.equals(loaded)) {
            log.info("LMI synthetic history loaded: {} vacancies, {} profiles, {} to {} in {} ms", vacancies, profiles, from, to,
                    (System.nanoTime() - started) / 1_000_000);
        }
        return Boolean.TRUE.equals(loaded);
    }

    private void load(LocalDate from, LocalDate to) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (LabourMarketRegion r : LabourMarketRegions.shipped().all()) {
            String code = r.code().value().toUpperCase(Locale.ROOT);
            if (regions.isEmpty() || regions.contains(code)) {
                sizes.put(code, r.gemeenten().size());
            }
        }
        var market = new SyntheticLabourMarket(vocabulary.taxonomy(), sizes, from, to, seed, sectors);
        LocalDate profilesFrom = from.isBefore(to.minusYears(2)) ? to.minusYears(2).plusDays(1) : from;
        var people = new SyntheticLabourMarket(vocabulary.taxonomy(), sizes, profilesFrom, to, seed, sectors);
        var contributions = new Contributions(vocabulary::skillGroups);
        var demand = new Deltas(Contributions.DEMAND_WIDTH);
        for (long i = 0; i < vacancies; i++) {
            SyntheticLabourMarket.SyntheticVacancy v = market.vacancy(i);
            demand.addAll(contributions.demand(new DemandFacts(v.region(), v.from(), v.until(), v.job().uri(), v.job().isco(), v.skills())), 1);
        }
        store.bulkAdd("lmi_demand_cell", demand);
        var supply = new Deltas(Contributions.SUPPLY_WIDTH);
        StringBuilder rows = new StringBuilder();
        for (long i = 0; i < profiles; i++) {
            SyntheticLabourMarket.SyntheticProfile p = people.profile(i);
            if (p.consent()) {
                supply.addAll(contributions.supply(new SupplyFacts(p.region(), p.registeredOn(), p.job().uri(), p.skills(), p.wants())), 1);
            }
            rows.append(p.id()).append('\t').append(p.region()).append('\t').append(p.registeredOn()).append('\t')
                    .append(p.consent()).append('\t').append(p.job().uri()).append('\t').append(array(p.skills()))
                    .append('\t').append(array(p.wants())).append("\ttrue\n");
        }
        store.bulkAdd("lmi_supply_cell", supply);
        copy("copy lmi_supply_profile (profile_id, region, registered_on, statistics_consent, occupation, skills, "
                + "wants_to_learn, synthetic) from stdin", rows.toString());
    }

    /** Said in the dataset's description when the history covers only some regions or sectors. */
    private String scope() {
        String where = regions.isEmpty() ? "" : " in " + String.join(", ", regions.stream().sorted().toList());
        String what = sectors.size() == SyntheticLabourMarket.Sector.values().length ? ""
                : ", sectors " + sectors.stream().map(Enum::name).collect(Collectors.joining(", "));
        return where + what;
    }

    private static String array(Set<String> values) {
        return values.stream().map(v -> '"' + v + '"').collect(Collectors.joining(",", "{", "}"));
    }

    private void copy(String sql, String data) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(data));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("copy failed: " + sql, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
