package nl.vaardig.matching.engine;

import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.OptionalInt;
import nl.vaardig.matching.model.LearningRoute;
import nl.vaardig.matching.model.RouteSkill;
import nl.vaardig.matching.scoring.SkillGraph;

/**
 * The skills a learning route teaches as skill-graph ordinals, each with the credit factor of the highest level the
 * route teaches it at, in the order the route first lists them; skills the graph does not know are left out. What a
 * route plan reads of every route in the catalogue: read once per route instead of per plan (issue 16: the URI
 * look-ups and boxed maps per route and plan were a fifth of a route plan's CPU).
 */
public final class TaughtSkills {

    private final int[] ordinals;
    private final double[] levelFactors;

    private TaughtSkills(int[] ordinals, double[] levelFactors) {
        this.ordinals = ordinals;
        this.levelFactors = levelFactors;
    }

    public static TaughtSkills of(SkillGraph graph, LearningRoute route) {
        Objects.requireNonNull(graph, "graph");
        var taught = new LinkedHashMap<Integer, Double>();
        for (RouteSkill s : route.skills()) {
            OptionalInt o = graph.ordinal(s.skill());
            o.ifPresent(t -> taught.merge(t, graph.weights().levelFactor().get(s.level()), Math::max));
        }
        int[] ordinals = new int[taught.size()];
        double[] factors = new double[taught.size()];
        int i = 0;
        for (var e : taught.entrySet()) {
            ordinals[i] = e.getKey();
            factors[i] = e.getValue();
            i++;
        }
        return new TaughtSkills(ordinals, factors);
    }

    public int size() {
        return ordinals.length;
    }

    /** The {@code i}-th taught skill's ordinal. */
    public int ordinal(int i) {
        return ordinals[i];
    }

    /** The credit factor of the level the {@code i}-th skill is taught at. */
    public double levelFactor(int i) {
        return levelFactors[i];
    }
}
