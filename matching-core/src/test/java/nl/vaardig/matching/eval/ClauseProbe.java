package nl.vaardig.matching.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.vaardig.matching.model.ProfileSkill;
import nl.vaardig.matching.model.VacancySkill;
import nl.vaardig.matching.scoring.MatchScorer;
import nl.vaardig.matching.scoring.MatchWeights;
import nl.vaardig.matching.scoring.PreparedProfile;
import nl.vaardig.matching.scoring.Requirements;
import nl.vaardig.matching.scoring.SkillGraph;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * Which clause selection of a vacancy search keeps the exact top 10: for occupation profiles of one noise level, the
 * candidate estimate of every ESCO occupation (the sum over the selected skills it asks of {@code featureWeight ×
 * feature + bonus}, as the Lucene query scores it) computed directly, the best {@code candidates} by that estimate
 * rescored exactly, and their top 10 compared with the exact top 10 over all occupations ({@link CandidateRecall}'s
 * measure, without Lucene, so many selections can be compared in one run). With a fifth argument it prints, per
 * profile that differs, the occupations that fell out and the left-out skills that would have found them.
 * <pre>matching-core/bin/run-main.sh -Xmx1g -Dseed=7 -Dsel=strongest:64,heldBonus:40 -- \
 *     nl.vaardig.matching.eval.ClauseProbe 200 medium 10 [verbose]</pre>
 * Selections ({@code -Dsel}, kind:cap): {@code strongest} (credit × specificity), {@code byMax} (coverage share ×
 * credit × specificity + relevance estimate), {@code bonus} (relevance estimate); the {@code held…} forms put the
 * profile's own skills first. {@code -Dseed} draws other profiles than the build's quality gate.
 */
public final class ClauseProbe {

    interface Selection {
        int[] select(PreparedProfile p, int[] credited);
    }

    public static void main(String[] args) {
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        SkillGraph graph = SkillGraph.build(taxonomy, MatchWeights.defaults());
        MatchScorer scorer = new MatchScorer(graph);
        var all = new ArrayList<Requirements>();
        var names = new ArrayList<String>();
        for (int o = 0; o < taxonomy.occupationCount(); o++) {
            var occ = taxonomy.occupationAt(o);
            var skills = VacancySkill.ofOccupation(taxonomy, occ.uri());
            if (!skills.isEmpty()) {
                all.add(scorer.requirements(skills));
                names.add(occ.label(Locale.ENGLISH).text());
            }
        }
        // feature per (occupation, skill): share of the requirement weight
        float[][] feature = new float[all.size()][];
        for (int v = 0; v < all.size(); v++) {
            Requirements r = all.get(v);
            double total = 0;
            for (int i = 0; i < r.size(); i++) {
                total += graph.requirementWeight(r.skills()[i], r.essential()[i]);
            }
            feature[v] = new float[r.size()];
            for (int i = 0; i < r.size(); i++) {
                feature[v][i] = (float) (graph.requirementWeight(r.skills()[i], r.essential()[i]) / total);
            }
        }
        int candidates = Integer.parseInt(args.length > 0 ? args[0] : "200");
        String level = args.length > 1 ? args[1] : "medium";
        int stride = Integer.parseInt(args.length > 2 ? args[2] : "30");
        boolean verbose = args.length > 3;
        var profiles = sampleProfiles(taxonomy, level, stride);
        var selections = new java.util.LinkedHashMap<String, Selection>();
        for (String spec : System.getProperty("sel", "strongest:64,heldBonus:40").split(",")) {
            String kind = spec.split(":")[0];
            int max = Integer.parseInt(spec.split(":")[1]);
            selections.put(spec, switch (kind) {
                case "strongest" -> (p, c) -> strongest(graph, p, c, max, false);
                case "heldStrongest" -> (p, c) -> strongest(graph, p, c, max, true);
                case "byMax" -> (p, c) -> byMax(graph, scorer, p, c, max, false);
                case "heldByMax" -> (p, c) -> byMax(graph, scorer, p, c, max, true);
                case "bonus" -> (p, c) -> byBonus(scorer, p, c, max, false);
                case "heldBonus" -> (p, c) -> byBonus(scorer, p, c, max, true);
                default -> throw new IllegalArgumentException(kind);
            });
        }
        for (var e : selections.entrySet()) {
            int identical = 0;
            long clauses = 0;
            for (var ep : profiles) {
                PreparedProfile pp = scorer.prepare(ep.skills().stream().map(ProfileSkill::fromWork).toList());
                int[] credited = pp.creditedSkills();
                int[] sel = e.getValue().select(pp, credited);
                clauses += sel.length;
                float[] w = new float[graph.skillCount()];
                float[] b = new float[graph.skillCount()];
                double share = graph.weights().coverageShare();
                for (int s : sel) {
                    w[s] = (float) (share * pp.credit(s));
                    b[s] = (float) scorer.relevanceEstimate(pp, s);
                }
                double[] exact = new double[all.size()];
                double[] est = new double[all.size()];
                Integer[] order = new Integer[all.size()];
                for (int v = 0; v < all.size(); v++) {
                    order[v] = v;
                    exact[v] = scorer.score(pp, all.get(v));
                    Requirements r = all.get(v);
                    for (int i = 0; i < r.size(); i++) {
                        int s = r.skills()[i];
                        if (w[s] != 0 || b[s] != 0) {
                            est[v] += w[s] * feature[v][i] + b[s];
                        }
                    }
                }
                double[] top = Arrays.stream(exact).filter(x -> x > 0).boxed().sorted(Comparator.reverseOrder()).limit(10)
                        .mapToDouble(Double::doubleValue).toArray();
                Integer[] byEst = order.clone();
                Arrays.sort(byEst, (x, y) -> Double.compare(est[y], est[x]));
                var cand = new ArrayList<Integer>();
                for (int i = 0; i < Math.min(candidates, byEst.length) && est[byEst[i]] > 0; i++) {
                    cand.add(byEst[i]);
                }
                double[] got = cand.stream().mapToDouble(v -> exact[v]).filter(x -> x > 0).boxed()
                        .sorted(Comparator.reverseOrder()).limit(10).mapToDouble(Double::doubleValue).toArray();
                if (Arrays.equals(top, got)) {
                    identical++;
                } else if (verbose) {
                    double tenth = top[top.length - 1];
                    System.out.printf(Locale.ROOT, "%s: profile of %s (%d held, %d credited, %d selected, held among selected %d)%n",
                            e.getKey(), ep.expected(), pp.held().size(), credited.length, sel.length, heldCount(pp, sel));
                    double cutoff = est[byEst[Math.min(candidates, byEst.length) - 1]];
                    for (int v = 0; v < all.size(); v++) {
                        if (exact[v] >= tenth && !cand.contains(v)) {
                            int rank = 0;
                            for (int i = 0; i < byEst.length; i++) {
                                if (byEst[i] == v) {
                                    rank = i;
                                }
                            }
                            System.out.printf(Locale.ROOT, "  missed %s exact %.4f (10th %.4f) est %.4f rank %d cutoff %.4f%n",
                                    names.get(v), exact[v], tenth, est[v], rank, cutoff);
                            Requirements r = all.get(v);
                            for (int i = 0; i < r.size(); i++) {
                                int s = r.skills()[i];
                                if (pp.credit(s) > 0 && w[s] == 0 && b[s] == 0) {
                                    System.out.printf(Locale.ROOT, "    dropped %s held=%b credit %.3f spec %.3f feat %.4f term %.4f%n",
                                            graph.skill(s).label(Locale.ENGLISH).text(), isHeld(pp, s), pp.credit(s), graph.specificity(s), feature[v][i],
                                            share * pp.credit(s) * feature[v][i] + scorer.relevanceEstimate(pp, s));
                                }
                            }
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%-20s identical %.4f  mean clauses %.1f%n", e.getKey(),
                    (double) identical / profiles.size(), (double) clauses / profiles.size());
        }
    }

    static List<OccupationEvaluation.EvalProfile> sampleProfiles(Taxonomy taxonomy, String level, int stride) {
        var sampler = new ProfileSampler(taxonomy);
        NoiseLevel noise = NoiseLevel.ALL.stream().filter(n -> n.name().equalsIgnoreCase(level)).findFirst().orElseThrow();
        var out = new ArrayList<OccupationEvaluation.EvalProfile>();
        for (int o = 0; o < taxonomy.occupationCount(); o += stride) {
            var occ = taxonomy.occupationAt(o).uri();
            if (taxonomy.essentialSkills(occ).isEmpty() && taxonomy.optionalSkills(occ).isEmpty()) {
                continue;
            }
            var random = new java.util.Random(Long.getLong("seed", RankingQualityBaselineTest.SEED) * 1_000_003L + o);
            out.add(new OccupationEvaluation.EvalProfile(sampler.sample(occ, noise, random), occ));
        }
        return out;
    }

    static boolean isHeld(PreparedProfile p, int s) {
        for (int h : p.held().skills()) {
            if (h == s) {
                return true;
            }
        }
        return false;
    }

    static int heldCount(PreparedProfile p, int[] sel) {
        int n = 0;
        for (int s : sel) {
            if (isHeld(p, s)) {
                n++;
            }
        }
        return n;
    }

    static int[] strongest(SkillGraph graph, PreparedProfile p, int[] credited, int max, boolean heldFirst) {
        if (credited.length <= max) {
            return credited;
        }
        Integer[] idx = Arrays.stream(credited).boxed().toArray(Integer[]::new);
        Arrays.sort(idx, Comparator.comparingDouble(s -> (heldFirst && isHeld(p, s) ? -1e9 : 0) - p.credit(s) * graph.specificity(s)));
        return Arrays.stream(idx).limit(max).mapToInt(Integer::intValue).toArray();
    }

    static int[] byMax(SkillGraph graph, MatchScorer scorer, PreparedProfile p, int[] credited, int max, boolean heldFirst) {
        if (credited.length <= max) {
            return credited;
        }
        double share = graph.weights().coverageShare();
        Integer[] idx = Arrays.stream(credited).boxed().toArray(Integer[]::new);
        Arrays.sort(idx, Comparator.comparingDouble(s -> (heldFirst && isHeld(p, s) ? -1e9 : 0)
                - (share * p.credit(s) * graph.specificity(s) + scorer.relevanceEstimate(p, s))));
        return Arrays.stream(idx).limit(max).mapToInt(Integer::intValue).toArray();
    }

    static int[] byBonus(MatchScorer scorer, PreparedProfile p, int[] credited, int max, boolean heldFirst) {
        if (credited.length <= max) {
            return credited;
        }
        Integer[] idx = Arrays.stream(credited).boxed().toArray(Integer[]::new);
        Arrays.sort(idx, Comparator.comparingDouble(s -> (heldFirst && isHeld(p, s) ? -1e9 : 0) - scorer.relevanceEstimate(p, s)));
        return Arrays.stream(idx).limit(max).mapToInt(Integer::intValue).toArray();
    }
}
