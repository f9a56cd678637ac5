package nl.vaardig.web.lmi.read;

import java.time.LocalDate;
import java.util.List;
import nl.vaardig.web.lmi.LmiVocabulary;
import nl.vaardig.web.lmi.Period;
import nl.vaardig.web.support.VaardigIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The periods the labour-market data covers (LMI meta, the public demand's default quarter, the outlook) come from the
 * 'ALL' cells of the known regions, and are read from the partial index V83 made for them: the full read over every
 * cell was the first bend of the capacity curve (issue 16). The weeks used here lie in 2041, clear of the seeded history.
 */
@VaardigIntegrationTest
class CellReaderPeriodsIT {

    private static final LocalDate SKILL_ONLY = LocalDate.of(2041, 1, 7);
    private static final LocalDate WITH_ALL = LocalDate.of(2041, 1, 14);
    private static final LocalDate UNKNOWN_REGION = LocalDate.of(2041, 1, 21);

    @Autowired
    CellReader cells;
    @Autowired
    LmiVocabulary vocabulary;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void removeTheWeeks() {
        jdbc.sql("delete from lmi_demand_cell where period_kind = 'WEEK' and period_start >= ?").param(SKILL_ONLY).update();
    }

    @Test
    void aPeriodCountsOnlyWithAnAllCellOfAKnownRegion() {
        insert("AM18", SKILL_ONLY, "SKILL", "http://data.europa.eu/esco/skill/test");
        insert("AM18", WITH_ALL, "ALL", "");
        insert("AM22", WITH_ALL, "ALL", "");
        insert("XX99", UNKNOWN_REGION, "ALL", "");

        List<LocalDate> weeks = cells.periods(Period.Kind.WEEK).stream().map(Period::start)
                .filter(start -> !start.isBefore(SKILL_ONLY)).toList();

        assertThat(weeks).containsExactly(WITH_ALL);
    }

    @Test
    void theReadUsesThePartialIndexOfTheAllCells() {
        List<String> plan = tx.execute(status -> {
            // with sequential scans priced out, the planner shows which index it takes for this exact read
            jdbc.sql("set local enable_seqscan = off").update();
            return jdbc.sql("explain select distinct period_start from lmi_demand_cell where period_kind = ? and dimension = 'ALL' "
                            + "and region = any(?) order by period_start")
                    .params("WEEK", vocabulary.regions().keySet().toArray(String[]::new)).query(String.class).list();
        });

        assertThat(String.join("\n", plan)).contains("lmi_demand_all_periods");
    }

    private void insert(String region, LocalDate start, String dimension, String key) {
        jdbc.sql("insert into lmi_demand_cell (region, period_kind, period_start, dimension, dim_key, vacancies) "
                + "values (?, 'WEEK', ?, ?, ?, 1)").params(region, start, dimension, key).update();
    }
}
