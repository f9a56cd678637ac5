package nl.vaardig.taxonomy.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.vaardig.taxonomy.extract.context.RequirementCues;
import nl.vaardig.taxonomy.extract.context.SectionKind;

/** Everything found for one skill in one text, collected before it becomes an {@link ExtractedSkill}. */
final class SkillEvidence {

    /** One place in the view where the skill was seen. */
    record Mention(int segment, int viewStart, int viewEnd, double score, MatchKind kind, boolean verbatim,
                   RequirementCues.Signal signal, SectionKind section, int order) {
    }

    final int skill;
    final List<Mention> mentions = new ArrayList<>(2);
    final Set<MatchKind> kinds = EnumSet.noneOf(MatchKind.class);
    double best;
    double prior;
    /** {@link #confidence()} after near-duplicates are settled; set once the text is read. */
    double settled;

    SkillEvidence(int skill) {
        this.skill = skill;
    }

    void add(Mention mention) {
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.viewStart() == mention.viewStart() && m.viewEnd() == mention.viewEnd()) {
                if (mention.score() > m.score()) {
                    mentions.set(i, mention);
                }
                best = Math.max(best, mention.score());
                kinds.add(mention.kind());
                return;
            }
        }
        mentions.add(mention);
        kinds.add(mention.kind());
        best = Math.max(best, mention.score());
    }

    /** Best mention, plus a little for every further sentence that names the skill. */
    double confidence() {
        long segments = segments(mentions);
        double repeat = Math.min(0.12, 0.04 * (segments - 1));
        double fromPrior = prior > 0 ? 0.15 * prior : 0;
        return Math.min(0.99, best + repeat + fromPrior);
    }

    /** How many distinct sentences the mentions are in. */
    static int segments(List<Mention> mentions) {
        int distinct = 0;
        for (int i = 0; i < mentions.size(); i++) {
            int segment = mentions.get(i).segment();
            boolean seen = false;
            for (int j = 0; j < i && !seen; j++) {
                seen = mentions.get(j).segment() == segment;
            }
            distinct += seen ? 0 : 1;
        }
        return distinct;
    }

    boolean onlyWithin(SkillEvidence other) {
        for (Mention m : mentions) {
            boolean inside = false;
            for (Mention o : other.mentions) {
                if (m.viewStart() >= o.viewStart() && m.viewEnd() <= o.viewEnd()) {
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
