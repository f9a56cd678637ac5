package nl.vaardig.matching.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * The plain baseline the matcher must beat: rank occupations by weighted skill overlap with the profile (an essential
 * skill held counts 1, an optional one 0.5; no stand-ins, no specificity, no normalisation), scored exhaustively;
 * ties go to the occupation listed first. Reports the reciprocal rank of the expected occupation within the top 10.
 */
final class OverlapRanker {

    private final List<OccupationUri> occupations;
    private final Map<SkillUri, int[]> essentialOf = new HashMap<>();
    private final Map<SkillUri, int[]> optionalOf = new HashMap<>();

    OverlapRanker(Taxonomy taxonomy) {
        var occs = new java.util.ArrayList<OccupationUri>();
        var ess = new HashMap<SkillUri, java.util.List<Integer>>();
        var opt = new HashMap<SkillUri, java.util.List<Integer>>();
        for (int o = 0; o < taxonomy.occupationCount(); o++) {
            OccupationUri uri = taxonomy.occupationAt(o).uri();
            int index = occs.size();
            occs.add(uri);
            taxonomy.essentialSkills(uri).forEach(s -> ess.computeIfAbsent(s, k -> new java.util.ArrayList<>()).add(index));
            taxonomy.optionalSkills(uri).forEach(s -> opt.computeIfAbsent(s, k -> new java.util.ArrayList<>()).add(index));
        }
        this.occupations = List.copyOf(occs);
        ess.forEach((s, l) -> essentialOf.put(s, l.stream().mapToInt(Integer::intValue).toArray()));
        opt.forEach((s, l) -> optionalOf.put(s, l.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** 1/rank of the expected occupation when it ranks in the top 10, else 0. */
    double reciprocalRank(List<SkillUri> profile, OccupationUri expected) {
        double[] score = new double[occupations.size()];
        for (SkillUri s : new java.util.LinkedHashSet<>(profile)) {
            for (int o : essentialOf.getOrDefault(s, new int[0])) {
                score[o] += 1.0;
            }
            for (int o : optionalOf.getOrDefault(s, new int[0])) {
                score[o] += 0.5;
            }
        }
        int target = occupations.indexOf(expected);
        if (target < 0 || score[target] == 0) {
            return 0;
        }
        int rank = 1;
        for (int o = 0; o < score.length; o++) {
            if (score[o] > score[target] || (score[o] == score[target] && o < target)) {
                rank++;
            }
        }
        return rank <= 10 ? 1.0 / rank : 0;
    }
}
