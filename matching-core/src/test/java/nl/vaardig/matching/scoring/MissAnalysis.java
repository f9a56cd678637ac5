package nl.vaardig.matching.scoring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import nl.vaardig.matching.eval.OccupationEvaluation;
import nl.vaardig.matching.model.ProfileSkill;
import nl.vaardig.matching.model.VacancySkill;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.Occupation;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * Where the exact score misses on a generated profile set (every ESCO occupation scored, no candidate search): for
 * each profile whose own occupation is not first, whether the winner is in the same ISCO unit / minor / sub-major
 * group, has more of the profile's skills among its own, and is larger or smaller; plus the rank bands.
 * <pre>run-main.sh nl.vaardig.matching.scoring.MissAnalysis set.jsonl ...</pre>
 */
public final class MissAnalysis {
    public static void main(String[] args) throws Exception {
        Taxonomy tax = EscoTaxonomyLoader.shipped().taxonomy();
        SkillGraph g = SkillGraph.build(tax, MatchWeights.defaults());
        MatchScorer sc = new MatchScorer(g);
        List<Occupation> occs = new ArrayList<>();
        List<Requirements> reqs = new ArrayList<>();
        List<Set<Integer>> own = new ArrayList<>();
        for (int o = 0; o < tax.occupationCount(); o++) {
            Occupation occ = tax.occupationAt(o);
            var skills = VacancySkill.ofOccupation(tax, occ.uri());
            if (!skills.isEmpty()) {
                occs.add(occ);
                Requirements r = sc.requirements(skills);
                reqs.add(r);
                Set<Integer> set = new HashSet<>();
                for (int s : r.skills()) set.add(s);
                own.add(set);
            }
        }
        for (String f : args) {
            var kinds = new TreeMap<String, Integer>();
            int n = 0;
            double rr = 0;
            double dDirect = 0, dSize = 0; int nm = 0;
            double lostToTwins = 0;
            for (var ep : OccupationEvaluation.readJsonl(Path.of(f))) {
                n++;
                PreparedProfile p = sc.prepare(sc.heldSkills(ep.skills().stream().map(ProfileSkill::fromWork).toList()));
                int exp = -1, best = -1; double bs = -1;
                double[] s = new double[occs.size()];
                for (int o = 0; o < occs.size(); o++) {
                    s[o] = sc.score(p, reqs.get(o));
                    if (occs.get(o).uri().equals(ep.expected())) exp = o;
                    if (s[o] > bs) { bs = s[o]; best = o; }
                }
                int rank = 1;
                for (int o = 0; o < occs.size(); o++) if (s[o] > s[exp]) rank++;
                if (rank <= 10) rr += 1.0 / rank;
                if (rank == 1) continue;
                String ei = occs.get(exp).iscoCode(), bi = occs.get(best).iscoCode();
                String kind = ei.equals(bi) ? "same-unit" : ei.length() >= 3 && bi.startsWith(ei.substring(0, 3)) ? "same-minor"
                        : bi.length() >= 2 && bi.startsWith(ei.substring(0, 2)) ? "same-sub-major" : "other-group";
                int directE = 0, directB = 0;
                for (int t : p.held().skills()) { if (own.get(exp).contains(t)) directE++; if (own.get(best).contains(t)) directB++; }
                String cmp = directB > directE ? "best-more-direct" : directB == directE ? "equal-direct" : "best-fewer-direct";
                // indistinguishable: every held skill has the same standing (essential / optional / not asked) in both
                // occupations and both ask as many essential and optional skills: only stand-in relations can decide
                boolean same = reqs.get(best).size() == reqs.get(exp).size()
                        && essentials(reqs.get(best)) == essentials(reqs.get(exp));
                for (int t : p.held().skills()) {
                    same &= standing(reqs.get(exp), t) == standing(reqs.get(best), t);
                }
                if (same) {
                    kinds.merge("indistinguishable by held skills", 1, Integer::sum);
                    lostToTwins += rank <= 10 ? 1 - 1.0 / rank : 1;
                }
                String sz = reqs.get(best).size() < reqs.get(exp).size() ? "best-smaller" : "best-larger";
                kinds.merge(kind, 1, Integer::sum);
                kinds.merge(kind + " " + cmp, 1, Integer::sum);
                kinds.merge(kind + " " + sz, 1, Integer::sum);
                kinds.merge("rank " + (rank <= 3 ? "2-3" : rank <= 10 ? "4-10" : ">10"), 1, Integer::sum);
                dDirect += directB - directE; dSize += reqs.get(best).size() - reqs.get(exp).size(); nm++;
            }
            System.out.printf(Locale.ROOT, "%s n=%d full-score MRR@10 %.4f misses %d mean(direct best-exp) %.2f mean(size best-exp) %.1f%n",
                    f, n, rr / n, nm, dDirect / nm, dSize / nm);
            System.out.printf(Locale.ROOT, "  MRR@10 lost to indistinguishable winners %.4f of %.4f%n", lostToTwins / n, 1 - rr / n);
            kinds.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-40s %d%n", k, v));
        }
    }

    private static int essentials(Requirements r) {
        int n = 0;
        for (boolean e : r.essential()) {
            if (e) {
                n++;
            }
        }
        return n;
    }

    /** 2 essential, 1 optional, 0 not asked. */
    private static int standing(Requirements r, int skill) {
        for (int i = 0; i < r.size(); i++) {
            if (r.skills()[i] == skill) {
                return r.essential()[i] ? 2 : 1;
            }
        }
        return 0;
    }
}
