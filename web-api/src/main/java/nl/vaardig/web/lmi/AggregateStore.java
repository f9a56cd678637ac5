package nl.vaardig.web.lmi;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes aggregate changes: additive upserts in key order, and a COPY path for bulk loads. */
@Component
public class AggregateStore {

    private static final String DEMAND_UPSERT = """
            insert into lmi_demand_cell (region, period_kind, period_start, dimension, dim_key, vacancies, essential, optional, new_vacancies)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (region, period_kind, period_start, dimension, dim_key) do update set
              vacancies = lmi_demand_cell.vacancies + excluded.vacancies,
              essential = lmi_demand_cell.essential + excluded.essential,
              optional = lmi_demand_cell.optional + excluded.optional,
              new_vacancies = lmi_demand_cell.new_vacancies + excluded.new_vacancies""";

    private static final String SUPPLY_UPSERT = """
            insert into lmi_supply_cell (region, period_kind, period_start, dimension, dim_key, people, wants_to_learn)
            values (?, ?, ?, ?, ?, ?, ?)
            on conflict (region, period_kind, period_start, dimension, dim_key) do update set
              people = lmi_supply_cell.people + excluded.people,
              wants_to_learn = lmi_supply_cell.wants_to_learn + excluded.wants_to_learn""";

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    AggregateStore(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    public void applyDemand(Deltas deltas) {
        jdbc.batchUpdate(DEMAND_UPSERT, rows(deltas.changes()));
    }

    public void applySupply(Deltas deltas) {
        jdbc.batchUpdate(SUPPLY_UPSERT, rows(deltas.changes()));
    }

    public void addFlow(String region, Period quarter, String flow, long events) {
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
    }

    private static List<Object[]> rows(Map<CellKey, long[]> changes) {
        var rows = new ArrayList<Object[]>(changes.size());
        changes.forEach((k, v) -> {
            Object[] row = new Object[5 + v.length];
            row[0] = k.region();
            row[1] = k.period().kind().name();
            row[2] = k.period().start();
            row[3] = k.dimension().name();
            row[4] = k.key();
            for (int i = 0; i < v.length; i++) {
                row[5 + i] = v[i];
            }
            rows.add(row);
        });
        return rows;
    }
}
