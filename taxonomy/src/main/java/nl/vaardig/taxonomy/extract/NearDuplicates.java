package nl.vaardig.taxonomy.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Settles skills found in the same words. Of a broader and a narrower skill, one is dropped: the narrower
 * wins only when its own words matched better ("Java EE" over "Java"), because the same words hitting both
 * mean the text did not name the narrower context ("work in a team" is not "work in textile teams").
 * A skill seen only inside a longer, stronger label of another skill ("project management" inside "project
 * management software") is kept but penalised.
 */
final class NearDuplicates {

    record Outcome(Set<Integer> dropped, Set<Integer> penalised) {
    }

    private NearDuplicates() {
    }

    static Outcome settle(Map<Integer, SkillEvidence> evidence, int[][] broader) {
        Set<Integer> dropped = new HashSet<>();
        for (SkillEvidence narrow : evidence.values()) {
            for (int b : broader[narrow.skill]) {
                SkillEvidence wide = evidence.get(b);
                if (wide == null) {
                    continue;
                }
                if (narrow.best > wide.best + 0.02 && wide.onlyWithin(narrow)) {
                    dropped.add(b);
                } else if (narrow.best <= wide.best && narrow.onlyWithin(wide)) {
                    dropped.add(narrow.skill);
                }
            }
        }
        Map<Integer, List<SkillEvidence>> verbatimBySegment = new HashMap<>();
        for (SkillEvidence e : evidence.values()) {
            if (e.kinds.contains(MatchKind.ESCO_LABEL)) {
                e.mentions.stream().filter(SkillEvidence.Mention::verbatim).mapToInt(SkillEvidence.Mention::segment)
                        .distinct().forEach(seg -> verbatimBySegment.computeIfAbsent(seg, k -> new ArrayList<>()).add(e));
            }
        }
        Set<Integer> penalised = new HashSet<>();
        for (SkillEvidence inner : evidence.values()) {
            for (SkillEvidence outer : verbatimBySegment.getOrDefault(inner.mentions.get(0).segment(), List.of())) {
                if (inner != outer && outer.best >= inner.best && strictlyInside(inner, outer)) {
                    penalised.add(inner.skill);
                    break;
                }
            }
        }
        return new Outcome(dropped, penalised);
    }

    private static boolean strictlyInside(SkillEvidence inner, SkillEvidence outer) {
        for (SkillEvidence.Mention m : inner.mentions) {
            boolean inside = false;
            for (SkillEvidence.Mention o : outer.mentions) {
                if (o.verbatim() && m.viewStart() >= o.viewStart() && m.viewEnd() <= o.viewEnd()
                        && (o.viewEnd() - o.viewStart()) > (m.viewEnd() - m.viewStart())) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                return false;
            }
        }
        return true;
    }
}
