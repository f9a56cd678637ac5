package nl.vaardig.web.lmi.read;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vaardig.web.lmi.disclosure.DisclosureControl;

/**
 * Finds regions like a chosen one. Features (all from published, non-personal or protected figures):
 * <ul>
 *   <li>{@code SIZE}: open vacancies in the period — deviation in % of the chosen region's figure;</li>
 *   <li>{@code SUPPLY}: consenting people (published count) — deviation in %;</li>
 *   <li>{@code PROFILE}: skill-demand profile — 100 × (1 − cosine similarity) of the vacancy counts per skill
 *   group, 0 = the same mix of skills, 100 = nothing in common.</li>
 * </ul>
 * A region is selected when it is within the allowed deviation on every chosen criterion.
 */
public final class SimilarRegions {

    public enum Criterion { SIZE, SUPPLY, PROFILE }

    public record Features(String region, long size, Long supply, Map<String, Long> profile) {
    }

    public record Candidate(String region, Map<Criterion, Double> deviation, boolean selected) {
    }

    private SimilarRegions() {
    }

    public static List<Candidate> select(String chosen, Map<String, Features> all, Map<Criterion, Double> allowed) {
        Features own = all.get(chosen);
        var out = new ArrayList<Candidate>();
        for (Features f : all.values()) {
            if (f.region().equals(chosen)) {
                continue;
            }
            var dev = new EnumMap<Criterion, Double>(Criterion.class);
            dev.put(Criterion.SIZE, percent(f.size(), own.size()));
            dev.put(Criterion.SUPPLY, f.supply() == null || own.supply() == null ? null : percent(f.supply(), own.supply()));
            dev.put(Criterion.PROFILE, round(100 * (1 - cosine(own.profile(), f.profile()))));
            boolean selected = !allowed.isEmpty();
            for (var a : allowed.entrySet()) {
                Double d = dev.get(a.getKey());
                selected &= d != null && Math.abs(d) <= a.getValue();
            }
            out.add(new Candidate(f.region(), dev, selected));
        }
        return out;
    }

    static double percent(long value, long reference) {
        return reference == 0 ? (value == 0 ? 0 : 100) : round(100.0 * (value - reference) / reference);
    }

    static double cosine(Map<String, Long> a, Map<String, Long> b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (var e : a.entrySet()) {
            dot += e.getValue() * (double) b.getOrDefault(e.getKey(), 0L);
            na += (double) e.getValue() * e.getValue();
        }
        for (long v : b.values()) {
            nb += (double) v * v;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** Sum of the published members' counts; suppressed members are left out and counted (no new information). */
    public record GroupCount(long value, int suppressedMembers) {
    }

    public static GroupCount sumPublished(DisclosureControl.Line line, Set<String> members) {
        long sum = 0;
        int suppressed = 0;
        for (String m : members) {
            DisclosureControl.Cell c = line.part(m);
            if (c.suppressed()) {
                suppressed++;
            } else {
                sum += c.value();
            }
        }
        return new GroupCount(sum, suppressed);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
