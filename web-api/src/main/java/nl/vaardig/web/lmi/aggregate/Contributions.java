package nl.vaardig.web.lmi.aggregate;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.vaardig.web.lmi.Dimension;
import nl.vaardig.web.lmi.Period;

/**
 * Fixed aggregation levels: all, occupation and ISCO group by week, month and quarter; skills and skill groups by
 * month and quarter only (weekly counts per skill would be nearly all below the disclosure threshold).
 *
 * <p>Turns the facts of one vacancy or one person into the cells they add to. Updating the aggregates is then:
 * subtract the old contribution, add the new one — no recomputation from scratch.
 */
public final class Contributions {

    /** demand columns */
    public static final int VACANCIES = 0;
    public static final int ESSENTIAL = 1;
    public static final int OPTIONAL = 2;
    public static final int NEW_VACANCIES = 3;
    public static final int DEMAND_WIDTH = 4;
    /** supply columns */
    public static final int PEOPLE = 0;
    public static final int WANTS = 1;
    public static final int SUPPLY_WIDTH = 2;

    private final Function<String, List<String>> skillGroups;

    /** @param skillGroups the skill groups a skill URI belongs to (its direct broader groups) */
    public Contributions(Function<String, List<String>> skillGroups) {
        this.skillGroups = skillGroups;
    }

    public Map<CellKey, long[]> demand(DemandFacts f) {
        var out = new HashMap<CellKey, long[]>();
        if (f == null || !f.open()) {
            return out;
        }
        Set<String> groups = new LinkedHashSet<>();
        f.skills().forEach(s -> groups.addAll(skillGroups.apply(s.uri())));
        for (Period.Kind kind : Period.Kind.values()) {
            for (Period p : Period.overlapping(kind, f.openFrom(), f.openUntil())) {
                int isNew = p.contains(f.openFrom()) ? 1 : 0;
                demandCell(out, f.region(), p, Dimension.ALL, Dimension.ALL_KEY, isNew, false, false);
                if (f.occupation() != null) {
                    demandCell(out, f.region(), p, Dimension.OCCUPATION, f.occupation(), isNew, false, false);
                }
                String isco = iscoGroup(f.isco());
                if (isco != null) {
                    demandCell(out, f.region(), p, Dimension.ISCO, isco, isNew, false, false);
                }
                if (kind == Period.Kind.WEEK) {
                    continue; // skills by week would be too thin to publish: months and quarters only
                }
                for (DemandFacts.Required s : f.skills()) {
                    demandCell(out, f.region(), p, Dimension.SKILL, s.uri(), isNew, s.essential(), !s.essential());
                }
                for (String g : groups) {
                    demandCell(out, f.region(), p, Dimension.SKILL_GROUP, g, isNew, false, false);
                }
            }
        }
        return out;
    }

    public Map<CellKey, long[]> supply(SupplyFacts f) {
        var out = new HashMap<CellKey, long[]>();
        if (f == null) {
            return out;
        }
        Set<String> groups = new LinkedHashSet<>();
        f.skills().forEach(s -> groups.addAll(skillGroups.apply(s)));
        for (Period.Kind kind : Period.Kind.values()) {
            // periods whose last day falls in [registeredOn, activeUntil]
            for (Period p = Period.containing(kind, f.registeredOn()); !p.end().isAfter(f.activeUntil()); p = p.next()) {
                supplyCell(out, f.region(), p, Dimension.ALL, Dimension.ALL_KEY, PEOPLE);
                if (f.occupation() != null) {
                    supplyCell(out, f.region(), p, Dimension.OCCUPATION, f.occupation(), PEOPLE);
                }
                if (kind == Period.Kind.WEEK) {
                    continue;
                }
                for (String s : f.skills()) {
                    supplyCell(out, f.region(), p, Dimension.SKILL, s, PEOPLE);
                }
                for (String g : groups) {
                    supplyCell(out, f.region(), p, Dimension.SKILL_GROUP, g, PEOPLE);
                }
                for (String s : f.wants()) {
                    supplyCell(out, f.region(), p, Dimension.SKILL, s, WANTS);
                }
            }
        }
        return out;
    }

    /** ISCO sub-major group (two digits) of an ISCO-08 code, or null. */
    public static String iscoGroup(String isco) {
        if (isco == null || isco.isBlank()) {
            return null;
        }
        String digits = isco.strip();
        return digits.length() >= 2 ? digits.substring(0, 2) : digits;
    }

    private static void demandCell(Map<CellKey, long[]> out, String region, Period p, Dimension d, String key,
                                   int isNew, boolean essential, boolean optional) {
        long[] v = out.computeIfAbsent(new CellKey(region, p, d, key), k -> new long[DEMAND_WIDTH]);
        v[VACANCIES] = 1;
        v[ESSENTIAL] |= essential ? 1 : 0;
        v[OPTIONAL] |= optional ? 1 : 0;
        v[NEW_VACANCIES] = isNew;
    }

    private static void supplyCell(Map<CellKey, long[]> out, String region, Period p, Dimension d, String key, int column) {
        out.computeIfAbsent(new CellKey(region, p, d, key), k -> new long[SUPPLY_WIDTH])[column] = 1;
    }
}
