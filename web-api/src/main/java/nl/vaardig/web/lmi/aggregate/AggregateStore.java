package nl.vaardig.web.lmi.aggregate;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import nl.vaardig.web.lmi.Period;
import org.postgresql.PGConnection;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes aggregate changes: additive upserts in key order, and a COPY path for bulk loads. */
@Component
public class AggregateStore {

    /** One statement per batch: every changed cell as one row of the arrays, in key order (lock order). */
    private static final String DEMAND_UPSERT = """
            insert into lmi_demand_cell (region, period_kind, period_start, dimension, dim_key, vacancies, essential, optional, new_vacancies)
            select * from unnest(?::text[], ?::text[], ?::date[], ?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[])
            on conflict (region, period_kind, period_start, dimension, dim_key) do update set
              vacancies = lmi_demand_cell.vacancies + excluded.vacancies,
              essential = lmi_demand_cell.essential + excluded.essential,
              optional = lmi_demand_cell.optional + excluded.optional,
              new_vacancies = lmi_demand_cell.new_vacancies + excluded.new_vacancies""";

    private static final String SUPPLY_UPSERT = """
            insert into lmi_supply_cell (region, period_kind, period_start, dimension, dim_key, people, wants_to_learn)
            select * from unnest(?::text[], ?::text[], ?::date[], ?::text[], ?::text[], ?::bigint[], ?::bigint[])
            on conflict (region, period_kind, period_start, dimension, dim_key) do update set
              people = lmi_supply_cell.people + excluded.people,
              wants_to_learn = lmi_supply_cell.wants_to_learn + excluded.wants_to_learn""";

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final ApplicationEventPublisher events;

    AggregateStore(JdbcTemplate jdbc, DataSource dataSource, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.events = events;
    }

    public void applyDemand(Deltas deltas) {
        upsert(DEMAND_UPSERT, deltas.changes(), Contributions.DEMAND_WIDTH);
        changed(deltas);
    }

    public void applySupply(Deltas deltas) {
        upsert(SUPPLY_UPSERT, deltas.changes(), Contributions.SUPPLY_WIDTH);
        changed(deltas);
    }

    public void addFlow(String region, Period quarter, String flow, long events) {
        this.events.publishEvent(AggregatesChanged.of(Set.of(quarter)));
        jdbc.update("""
                insert into lmi_flow_cell (region, period_start, flow, events) values (?, ?, ?, ?)
                on conflict (region, period_start, flow) do update set events = lmi_flow_cell.events + excluded.events""",
                region, quarter.start(), flow, events);
    }

    /** Bulk load (the synthetic history): COPY into a scratch table, then one additive merge. */
    @Transactional
    public void bulkAdd(String table, Deltas deltas) {
        boolean demand = table.equals("lmi_demand_cell");
        String columns = demand ? "vacancies, essential, optional, new_vacancies" : "people, wants_to_learn";
        String merge = demand
                ? "vacancies = t.vacancies + excluded.vacancies, essential = t.essential + excluded.essential, "
                  + "optional = t.optional + excluded.optional, new_vacancies = t.new_vacancies + excluded.new_vacancies"
                : "people = t.people + excluded.people, wants_to_learn = t.wants_to_learn + excluded.wants_to_learn";
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Statement st = connection.createStatement()) {
            st.execute("create temporary table lmi_load (like " + table + ") on commit drop");
            StringBuilder csv = new StringBuilder();
            deltas.forEachChange((k, values) -> {
                csv.append(k.region()).append('\t').append(k.period().kind()).append('\t').append(k.period().start())
                        .append('\t').append(k.dimension()).append('\t').append(k.key());
                for (long v : values) {
                    csv.append('\t').append(v);
                }
                csv.append('\n');
            });
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy lmi_load (region, period_kind, period_start, dimension, dim_key, " + columns + ") from stdin",
                    new StringReader(csv.toString()));
            st.execute("insert into " + table + " as t select * from lmi_load on conflict "
                    + "(region, period_kind, period_start, dimension, dim_key) do update set " + merge);
            st.execute("drop table lmi_load");
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("bulk load of " + table + " failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        events.publishEvent(AggregatesChanged.all());
    }

    /** Tells the read side's caches which periods changed (they drop them once the transaction commits). */
    private void changed(Deltas deltas) {
        if (deltas.size() > 0) {
            Set<Period> periods = new HashSet<>();
            deltas.forEachChange((k, values) -> periods.add(k.period()));
            events.publishEvent(AggregatesChanged.of(periods));
        }
    }

    /**
     * The cells as column arrays in one round trip: a batch of single-row upserts made the server plan and run one
     * statement per cell, and a feed batch touches thousands of cells (issue 16 profile).
     */
    private void upsert(String sql, Map<CellKey, long[]> changes, int width) {
        if (changes.isEmpty()) {
            return;
        }
        int n = changes.size();
        String[] regions = new String[n];
        String[] kinds = new String[n];
        LocalDate[] starts = new LocalDate[n];
        String[] dimensions = new String[n];
        String[] keys = new String[n];
        Long[][] values = new Long[width][n];
        int i = 0;
        for (Map.Entry<CellKey, long[]> e : changes.entrySet()) {
            CellKey k = e.getKey();
            regions[i] = k.region();
            kinds[i] = k.period().kind().name();
            starts[i] = k.period().start();
            dimensions[i] = k.dimension().name();
            keys[i] = k.key();
            for (int c = 0; c < width; c++) {
                values[c][i] = e.getValue()[c];
            }
            i++;
        }
        jdbc.execute((ConnectionCallback<Void>) con -> {
            try (PreparedStatement ps = con.prepareStatement(sql)) {
                ps.setArray(1, con.createArrayOf("text", regions));
                ps.setArray(2, con.createArrayOf("text", kinds));
                ps.setArray(3, con.createArrayOf("date", java.util.Arrays.stream(starts).map(Date::valueOf).toArray()));
                ps.setArray(4, con.createArrayOf("text", dimensions));
                ps.setArray(5, con.createArrayOf("text", keys));
                for (int c = 0; c < width; c++) {
                    ps.setArray(6 + c, con.createArrayOf("int8", values[c]));
                }
                ps.executeUpdate();
            }
            return null;
        });
    }
}
