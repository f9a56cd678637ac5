package nl.vaardig.web.lmi.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * What an attacker can work out from published tables by linear programming (issue 15). Every published cell is a
 * known constant; every hidden cell is an unknown at least 1 (zeros are published, so a hidden count is not zero)
 * — or at least 0 for a figure that is never published at all (people without an occupation); every additive line
 * (parts = total) is an equation. For each hidden cell the auditor solves min and max of the cell subject to all
 * equations (ojAlgo), which is the tightest interval the cell can be narrowed to without integrality. Equations are
 * split into independent groups (hidden cells linked through lines) so that each program stays small.
 */
final class DisclosureAuditor {

    /** A hidden count is narrowed too far when its interval is at most this wide (within ±2 of a midpoint). */
    static final double PINNED_WIDTH = 4.0;

    /** One cell: its true count, whether it is published, and the least value an attacker knows it has. */
    record Cell(String id, long truth, boolean hidden, long lower) {
    }

    /** parts add up to total (cell ids). */
    record Equation(List<String> parts, String total) {
    }

    /** The interval an attacker can narrow a hidden cell to. */
    record Interval(String cell, long truth, double low, double high) {
        double width() {
            return high - low;
        }

        boolean exact() {
            return width() < 0.5;
        }

        boolean pinned() {
            return width() <= PINNED_WIDTH;
        }
    }

    /** The outcome of one audit: what was published, what was hidden, how far each hidden cell can be narrowed. */
    record Report(int cells, int published, int hidden, List<Interval> intervals, List<String> smallPublished,
                  List<String> smallHiddenSums) {

        long exactRecoveries() {
            return intervals.stream().filter(Interval::exact).count();
        }

        List<Interval> pinned() {
            return intervals.stream().filter(i -> i.truth() > 0 && i.pinned()).toList();
        }

        double smallestWidth() {
            return intervals.stream().filter(i -> i.truth() > 0).mapToDouble(Interval::width).min().orElse(Double.POSITIVE_INFINITY);
        }
    }

    private DisclosureAuditor() {
    }

    static Report audit(Map<String, Cell> cells, List<Equation> equations) {
        long bound = cells.values().stream().mapToLong(Cell::truth).max().orElse(0) * 2 + 10;
        var constant = new HashMap<Equation, Double>();
        var unknowns = new HashMap<Equation, List<String>>();
        var signs = new HashMap<Equation, Map<String, Integer>>();
        var smallHiddenSums = new ArrayList<String>();
        UnionFind groups = new UnionFind();
        for (Equation e : equations) {
            double known = 0;
            var sign = new LinkedHashMap<String, Integer>();
            for (String part : e.parts()) {
                Cell c = cells.get(part);
                if (c.hidden()) {
                    sign.merge(part, 1, Integer::sum);
                } else {
                    known -= c.truth();
                }
            }
            Cell total = cells.get(e.total());
            if (total.hidden()) {
                sign.merge(e.total(), -1, Integer::sum);
            } else {
                known += total.truth();
            }
            // parts − total = 0  →  Σ sign·hidden = known (published total minus published parts)
            sign.values().removeIf(v -> v == 0);
            if (sign.isEmpty()) {
                continue;
            }
            if (!total.hidden() && sign.values().stream().allMatch(v -> v > 0) && known > 0 && known < DisclosureControl.THRESHOLD) {
                smallHiddenSums.add(e.total() + " − published = " + (long) known);
            }
            constant.put(e, known);
            signs.put(e, sign);
            List<String> ids = List.copyOf(sign.keySet());
            unknowns.put(e, ids);
            for (int i = 1; i < ids.size(); i++) {
                groups.union(ids.get(0), ids.get(i));
            }
            groups.find(ids.get(0));
        }
        var equationsByGroup = new HashMap<String, List<Equation>>();
        unknowns.forEach((e, ids) -> equationsByGroup.computeIfAbsent(groups.find(ids.get(0)), g -> new ArrayList<>()).add(e));
        var hiddenByGroup = new HashMap<String, List<String>>();
        var intervals = new ArrayList<Interval>();
        for (Cell c : cells.values()) {
            if (!c.hidden()) {
                continue;
            }
            if (!groups.known(c.id())) {
                intervals.add(new Interval(c.id(), c.truth(), c.lower(), Double.POSITIVE_INFINITY)); // in no line at all
            } else {
                hiddenByGroup.computeIfAbsent(groups.find(c.id()), g -> new ArrayList<>()).add(c.id());
            }
        }
        hiddenByGroup.forEach((group, ids) -> {
            List<Equation> own = equationsByGroup.get(group);
            if (own.size() == 1) {
                // one equation Σ sign·x = c with box bounds: the LP optimum in closed form (what the solver would find)
                Map<String, Integer> sign = signs.get(own.getFirst());
                double c = constant.get(own.getFirst());
                for (String id : ids) {
                    intervals.add(closedForm(cells, sign, c, id, bound));
                }
                return;
            }
            for (String id : ids) {
                if (cells.get(id).truth() == 0) {
                    continue; // describes nobody: stays an unknown of the programs, but has nothing to protect
                }
                double low = solve(cells, ids, equationsByGroup.get(group), constant, signs, id, false, bound);
                double high = solve(cells, ids, equationsByGroup.get(group), constant, signs, id, true, bound);
                intervals.add(new Interval(id, cells.get(id).truth(), low, high));
            }
        });
        var smallPublished = cells.values().stream().filter(c -> !c.hidden() && c.truth() > 0 && c.truth() < DisclosureControl.THRESHOLD)
                .map(c -> c.id() + " = " + c.truth()).toList();
        int hidden = (int) cells.values().stream().filter(Cell::hidden).count();
        return new Report(cells.size(), cells.size() - hidden, hidden, intervals, smallPublished, smallHiddenSums);
    }

    /** x_t = (c − Σ_{j≠t} s_j·x_j) / s_t with each x_j in [lower_j, bound]. */
    private static Interval closedForm(Map<String, Cell> cells, Map<String, Integer> sign, double c, String target, long bound) {
        double restLow = 0;
        double restHigh = 0;
        for (var e : sign.entrySet()) {
            if (e.getKey().equals(target)) {
                continue;
            }
            double lo = e.getValue() * (double) cells.get(e.getKey()).lower();
            double hi = e.getValue() * (double) bound;
            restLow += Math.min(lo, hi);
            restHigh += Math.max(lo, hi);
        }
        int s = sign.get(target);
        double a = (c - restHigh) / s;
        double b = (c - restLow) / s;
        double low = Math.max(cells.get(target).lower(), Math.min(a, b));
        double high = Math.min(bound, Math.max(a, b));
        return new Interval(target, cells.get(target).truth(), low, high);
    }

    private static double solve(Map<String, Cell> cells, List<String> ids, List<Equation> equations, Map<Equation, Double> constant,
                                Map<Equation, Map<String, Integer>> signs, String target, boolean maximise, long bound) {
        var model = new ExpressionsBasedModel();
        var vars = new HashMap<String, Variable>();
        for (String id : ids) {
            Variable v = model.addVariable(id).lower(cells.get(id).lower()).upper(bound);
            if (id.equals(target)) {
                v.weight(1);
            }
            vars.put(id, v);
        }
        int n = 0;
        for (Equation e : equations) {
            Expression x = model.addExpression("e" + n++).level(constant.get(e));
            signs.get(e).forEach((id, sign) -> x.set(vars.get(id), sign));
        }
        Optimisation.Result result = maximise ? model.maximise() : model.minimise();
        if (!result.getState().isFeasible()) {
            throw new IllegalStateException("the published figures are inconsistent around " + target + ": " + result.getState());
        }
        return result.getValue();
    }

    /** Groups of hidden cells joined by shared equations. */
    private static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        boolean known(String id) {
            return parent.containsKey(id);
        }

        String find(String id) {
            parent.putIfAbsent(id, id);
            String root = id;
            while (!parent.get(root).equals(root)) {
                root = parent.get(root);
            }
            String cur = id;
            while (!parent.get(cur).equals(root)) {
                String next = parent.get(cur);
                parent.put(cur, root);
                cur = next;
            }
            return root;
        }

        void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                parent.put(ra, rb);
            }
        }
    }
}
