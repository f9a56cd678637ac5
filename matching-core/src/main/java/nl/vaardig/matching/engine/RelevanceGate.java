package nl.vaardig.matching.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.vaardig.matching.explain.RequirementCredit;
import nl.vaardig.matching.explain.SkillLabel;
import nl.vaardig.matching.scoring.PreparedProfile;
import nl.vaardig.matching.scoring.Requirements;
import nl.vaardig.matching.scoring.SkillGraph;
import nl.vaardig.taxonomy.model.ReuseLevel;
import nl.vaardig.taxonomy.model.SkillUri;

/**
 * Which found vacancies are worth showing a person. A vacancy is close when the person meets at least one of its
 * essential, non-transversal requirements (any requirement, when it marks none essential) with at least
 * {@link #MIN_CREDIT} credit (the very skill, a narrower or broader one, an ESCO-related one); sharing only
 * "communicate" or "work in teams", an optional skill, or a faint stand-in (a sibling, a weak co-occurrence) is not
 * a reason to show a chimney-sweep foreman to a nurse.
 */
final class RelevanceGate {

    /** Lowest credit that counts as a real overlap: a related essential skill (0.5) does, a sibling (0.35) does not. */
    static final double MIN_CREDIT = 0.5;
    /** How many door-opening skills "nothing close yet" names. */
    static final int DOOR_OPENERS = 5;

    private final SkillGraph graph;

    RelevanceGate(SkillGraph graph) {
        this.graph = graph;
    }

    /** Whether a scored vacancy is close enough to show (see the class comment); cheap, before any explanation. */
    boolean close(PreparedProfile p, Requirements r) {
        boolean anyEssential = false;
        for (boolean e : r.essential()) {
            anyEssential |= e;
        }
        for (int i = 0; i < r.size(); i++) {
            int s = r.skills()[i];
            if ((r.essential()[i] || !anyEssential) && p.credit(s) >= MIN_CREDIT
                    && graph.skill(s).reuseLevel() != ReuseLevel.TRANSVERSAL) {
                return true;
            }
        }
        return false;
    }

    /** Missing non-transversal essentials of the found vacancies, by how many ask them (ties by label). */
    List<SkillLabel> doorOpeners(List<VacancyMatch> found) {
        Map<SkillUri, Integer> asked = new HashMap<>();
        Map<SkillUri, SkillLabel> labels = new HashMap<>();
        for (VacancyMatch m : found) {
            for (RequirementCredit r : m.explanation().requirements()) {
                if (r.essential() && !r.met() && !transversal(r.skill().uri())) {
                    asked.merge(r.skill().uri(), 1, Integer::sum);
                    labels.putIfAbsent(r.skill().uri(), r.skill());
                }
            }
        }
        var order = new ArrayList<>(asked.keySet());
        order.sort(Comparator.comparing((SkillUri u) -> -asked.get(u)).thenComparing(u -> labels.get(u).text()));
        return order.stream().limit(DOOR_OPENERS).map(labels::get).toList();
    }

    private boolean transversal(SkillUri uri) {
        return graph.ordinal(uri).stream().anyMatch(o -> graph.skill(o).reuseLevel() == ReuseLevel.TRANSVERSAL);
    }
}
