package nl.vaardig.web.lmi.aggregate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vaardig.web.lmi.Dimension;
import nl.vaardig.web.lmi.Period;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContributionsTest {

    final Contributions contributions = new Contributions(skill -> skill.endsWith("a") ? List.of("group-1") : List.of());

    @Test
    void aVacancyCountsAsOpenInEveryPeriodItOverlapsAndAsNewOnlyInItsFirst() {
        var facts = new DemandFacts("AM18", LocalDate.of(2025, 3, 20), LocalDate.of(2025, 4, 10), "occ", "2221",
                List.of(new DemandFacts.Required("skill-a", true), new DemandFacts.Required("skill-b", false)));
        Map<CellKey, long[]> cells = contributions.demand(facts);
        long[] march = cells.get(new CellKey("AM18", Period.parse("2025-03"), Dimension.ALL, "-"));
        long[] april = cells.get(new CellKey("AM18", Period.parse("2025-04"), Dimension.ALL, "-"));
        assertThat(march).containsExactly(1, 0, 0, 1);
        assertThat(april).containsExactly(1, 0, 0, 0);
        assertThat(cells.get(new CellKey("AM18", Period.parse("2025-Q2"), Dimension.SKILL, "skill-a"))).containsExactly(1, 1, 0, 0);
        assertThat(cells.get(new CellKey("AM18", Period.parse("2025-Q2"), Dimension.SKILL, "skill-b"))).containsExactly(1, 0, 1, 0);
        assertThat(cells).containsKey(new CellKey("AM18", Period.parse("2025-Q1"), Dimension.ISCO, "22"));
        assertThat(cells).containsKey(new CellKey("AM18", Period.parse("2025-03"), Dimension.SKILL_GROUP, "group-1"));
        assertThat(cells).containsKey(new CellKey("AM18", Period.parse("2025-W13"), Dimension.OCCUPATION, "occ"));
        assertThat(cells).as("no skills by week").doesNotContainKey(new CellKey("AM18", Period.parse("2025-W13"), Dimension.SKILL, "skill-a"));
        assertThat(cells).doesNotContainKey(new CellKey("AM18", Period.parse("2025-05"), Dimension.ALL, "-"));
    }

    @Test
    void subtractingTheOldContributionAndAddingTheNewLeavesOnlyTheChange() {
        var before = new DemandFacts("AM18", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 5, 31), null, null, List.of());
        var closedEarly = new DemandFacts("AM18", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 15), null, null, List.of());
        var deltas = new Deltas(Contributions.DEMAND_WIDTH);
        deltas.addAll(contributions.demand(before), -1);
        deltas.addAll(contributions.demand(closedEarly), 1);
        assertThat(deltas.changes()).containsKey(new CellKey("AM18", Period.parse("2025-04"), Dimension.ALL, "-"));
        assertThat(deltas.changes()).doesNotContainKey(new CellKey("AM18", Period.parse("2025-03"), Dimension.ALL, "-"));
    }

    @Test
    void aPersonIsSupplyInThePeriodsEndingWithinSixMonthsOfRegistering() {
        var facts = new SupplyFacts("AM22", LocalDate.of(2025, 2, 15), null, Set.of("skill-a"), Set.of("skill-c"));
        Map<CellKey, long[]> cells = contributions.supply(facts);
        assertThat(cells.keySet().stream().filter(k -> k.dimension() == Dimension.ALL && k.period().kind() == Period.Kind.QUARTER)
                .map(k -> k.period().key())).containsExactlyInAnyOrder("2025-Q1", "2025-Q2");
        assertThat(cells.keySet().stream().filter(k -> k.dimension() == Dimension.ALL && k.period().kind() == Period.Kind.MONTH)
                .map(k -> k.period().key())).containsExactlyInAnyOrder("2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07");
        assertThat(cells.get(new CellKey("AM22", Period.parse("2025-Q1"), Dimension.SKILL, "skill-c"))).containsExactly(0, 1);
        assertThat(cells.get(new CellKey("AM22", Period.parse("2025-Q1"), Dimension.SKILL_GROUP, "group-1"))).containsExactly(1, 0);
    }
}
