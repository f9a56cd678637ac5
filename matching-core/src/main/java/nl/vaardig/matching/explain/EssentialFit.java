package nl.vaardig.matching.explain;

import java.util.List;

/**
 * The score a person can read: how much of what the vacancy calls essential they bring, with stand-ins counted at
 * their partial credit. "7 of 10 essential skills, 2 of them partly: fit 62 %" says more than "score 0.31", whose
 * scale depends on the vacancy's and the profile's sizes. A vacancy that marks nothing essential is read over all
 * its requirements.
 *
 * @param share   Σ weight × credit / Σ weight over the essential requirements (0..1)
 * @param full    essential requirements met by the very skill
 * @param partial essential requirements met by a stand-in (partial credit)
 * @param total   essential requirements
 */
public record EssentialFit(double share, int full, int partial, int total) {

    public EssentialFit {
        if (!(share >= 0 && share <= 1) || full < 0 || partial < 0 || full + partial > total) {
            throw new IllegalArgumentException("fit out of range");
        }
    }

    public static EssentialFit of(List<RequirementCredit> requirements) {
        boolean anyEssential = requirements.stream().anyMatch(RequirementCredit::essential);
        double weight = 0;
        double met = 0;
        int full = 0;
        int partial = 0;
        int total = 0;
        for (RequirementCredit r : requirements) {
            if (anyEssential && !r.essential()) {
                continue;
            }
            total++;
            weight += r.weight();
            met += r.weight() * r.credit();
            full += r.fullyMatched() ? 1 : 0;
            partial += r.partial() ? 1 : 0;
        }
        return new EssentialFit(weight == 0 ? 0 : Math.min(1, met / weight), full, partial, total);
    }

    /** The share as a whole percentage, for display. */
    public int percent() {
        return (int) Math.round(share * 100);
    }
}
