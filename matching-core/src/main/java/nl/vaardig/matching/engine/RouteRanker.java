package nl.vaardig.matching.engine;

import static nl.vaardig.matching.explain.Explanation.quantize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import nl.vaardig.matching.explain.SkillLabel;
import nl.vaardig.matching.model.LearningRoute;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.RouteSkill;
import nl.vaardig.matching.scoring.RelationKind;
import nl.vaardig.matching.scoring.SkillGraph;
import nl.vaardig.taxonomy.model.SkillUri;

/**
 * Ranks learning routes for a person's learning wishes: a route scores the share of the wishes' specificity weight
 * it teaches, where a taught skill stands in for a wish with the same relation credits as in matching, times the
 * level the route teaches to. Ties: shorter, then cheaper routes first.
 */
final class RouteRanker {

    private final SkillGraph graph;

    RouteRanker(SkillGraph graph) {
        this.graph = graph;
    }

    List<RouteMatch> rank(Profile profile, List<LearningRoute> routes, Locale locale, int topN) {
        List<Integer> wishes = new ArrayList<>();
        for (SkillUri w : profile.wantsToLearn()) {
            OptionalInt o = graph.ordinal(w);
            o.ifPresent(wishes::add);
        }
        if (wishes.isEmpty()) {
            return List.of();
        }
        double total = 0;
        for (int w : wishes) {
            total += graph.specificity(w);
        }
        var out = new ArrayList<RouteMatch>();
        for (LearningRoute route : routes) {
            RouteMatch m = score(route, wishes, total, locale);
            if (m.score() > 0) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingDouble(RouteMatch::score).reversed()
                .thenComparingInt(m -> m.route().durationWeeks())
                .thenComparingInt(m -> m.route().costEuros())
                .thenComparing(m -> m.route().id().value()));
        return out.size() > topN ? List.copyOf(out.subList(0, topN)) : out;
    }

    private RouteMatch score(LearningRoute route, List<Integer> wishes, double total, Locale locale) {
        var credits = new ArrayList<RouteMatch.WishCredit>(wishes.size());
        double sum = 0;
        for (int w : wishes) {
            SkillGraph.Links standIns = graph.standIns(w);
            double best = 0;
            int bestTaught = -1;
            RelationKind bestKind = null;
            for (RouteSkill taught : route.skills()) {
                OptionalInt t = graph.ordinal(taught.skill());
                if (t.isEmpty()) {
                    continue;
                }
                // a link, else skill-group kinship (group siblings are not stored as links)
                float credit = graph.kinship().credit(t.getAsInt(), w);
                RelationKind kind = credit > 0 ? RelationKind.GROUP_SIBLING : null;
                for (int k = 0; k < standIns.size(); k++) {
                    if (standIns.skill()[k] == t.getAsInt()) {
                        credit = standIns.credit()[k];
                        kind = standIns.kindAt(k);
                        break;
                    }
                }
                double c = credit * graph.weights().levelFactor().get(taught.level());
                if (kind != null && c > best) {
                    best = c;
                    bestTaught = t.getAsInt();
                    bestKind = kind;
                }
            }
            SkillLabel wish = SkillLabel.of(graph.skill(w), locale);
            if (bestTaught < 0) {
                credits.add(new RouteMatch.WishCredit(wish, null, null, 0, 0));
            } else {
                double points = quantize(graph.specificity(w) * best / total);
                sum += points;
                credits.add(new RouteMatch.WishCredit(wish, SkillLabel.of(graph.skill(bestTaught), locale),
                        bestKind, best, points));
            }
        }
        return new RouteMatch(route, sum, credits);
    }
}
