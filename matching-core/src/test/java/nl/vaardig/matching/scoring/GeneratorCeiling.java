package nl.vaardig.matching.scoring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.vaardig.matching.eval.OccupationEvaluation;
import nl.vaardig.matching.model.ProfileSkill;
import nl.vaardig.matching.model.VacancySkill;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.LinkedSkill;
import nl.vaardig.taxonomy.model.Occupation;
import nl.vaardig.taxonomy.model.SkillGroupUri;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * How much of the default generated set's MRR@10 loss any ranker could recover: ranks every ESCO occupation by the
 * likelihood of the profile under {@code gen_profiles.py}'s own default process (not by anything the product may use)
 * and prints its MRR@10 beside the shipped exact score's, on the same profiles, both counting exact ties as a random
 * order (expected reciprocal rank). A diagnostic of the evaluation set, never a ranking for the product: it knows the
 * generator's shares. The model, per occupation with E essential and O optional skills:
 * <ul>
 *   <li>an essential skill is held as such with probability q·(1 − r), q uniform in 0.4..0.8 (the kept share, one q per
 *       profile, integrated on a grid), r = 0.2 the mean replacement probability; an optional one with q in 0..0.4;</li>
 *   <li>a held skill the occupation does not ask is noise (uniform over the skills any occupation asks, a quarter of the
 *       profile's size drawn) or the replacement of one of its skills s, {@code E[q]·r / |neighbours(s)|}, where the
 *       neighbours are the generator's: ESCO-related either way, or a sibling under the same broader skill or skill
 *       group.</li>
 * </ul>
 * Approximations: skills kept independently given q, no duplicates, neighbours counted with the occupation's own.
 * <pre>run-main.sh nl.vaardig.matching.scoring.GeneratorCeiling [--limit N] default-set.jsonl ...</pre>
 */
public final class GeneratorCeiling {

    private static final double REPLACE = 0.2;
    private static final double NOISE_PER_SKILL = 0.25;
    private static final int GRID = 21;

    public static void main(String[] args) throws Exception {
        int limit = Integer.MAX_VALUE;
        var files = new ArrayList<Path>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--limit")) {
                limit = Integer.parseInt(args[++i]);
            } else {
                files.add(Path.of(args[i]));
            }
        }
        Taxonomy tax = EscoTaxonomyLoader.shipped().taxonomy();
        MatchScorer sc = new MatchScorer(SkillGraph.build(tax, MatchWeights.defaults()));
        int ns = tax.skillCount();
        var occs = new ArrayList<Occupation>();
        var reqs = new ArrayList<Requirements>();
        var essential = new ArrayList<BitSet>();
        var optional = new ArrayList<BitSet>();
        var skillOccs = new ArrayList<List<Integer>>();
        for (int s = 0; s < ns; s++) {
            skillOccs.add(new ArrayList<>(4));
        }
        BitSet pool = new BitSet(ns);
        for (int o = 0; o < tax.occupationCount(); o++) {
            Occupation occ = tax.occupationAt(o);
            var skills = VacancySkill.ofOccupation(tax, occ.uri());
            if (skills.isEmpty()) {
                continue;
            }
            Requirements r = sc.requirements(skills);
            var e = new BitSet(ns);
            var op = new BitSet(ns);
            for (int i = 0; i < r.size(); i++) {
                (r.essential()[i] ? e : op).set(r.skills()[i]);
                skillOccs.get(r.skills()[i]).add(occs.size());
                pool.set(r.skills()[i]);
            }
            occs.add(occ);
            reqs.add(r);
            essential.add(e);
            optional.add(op);
        }
        int[][] neighbours = neighbours(tax);
        double[] qe = grid(0.4, 0.8);
        double[] qo = grid(0.0, 0.4);
        for (Path f : files) {
            int n = 0;
            double rrLikelihood = 0;
            double rrShipped = 0;
            int better = 0;
            int worse = 0;
            for (var ep : OccupationEvaluation.readJsonl(f)) {
                if (n == limit) {
                    break;
                }
                HeldSkills held = sc.heldSkills(ep.skills().stream().map(ProfileSkill::fromWork).toList());
                PreparedProfile p = sc.prepare(held);
                int expected = -1;
                for (int o = 0; o < occs.size(); o++) {
                    if (occs.get(o).uri().equals(ep.expected())) {
                        expected = o;
                    }
                }
                if (expected < 0) {
                    continue;
                }
                n++;
                double[] shipped = new double[occs.size()];
                for (int o = 0; o < occs.size(); o++) {
                    shipped[o] = sc.score(p, reqs.get(o));
                }
                Set<Integer> candidates = new HashSet<>();
                candidates.add(expected);
                for (int t : held.skills()) {
                    candidates.addAll(skillOccs.get(t));
                }
                double nu = NOISE_PER_SKILL * held.size() / pool.cardinality();
                double[] likelihood = new double[occs.size()];
                java.util.Arrays.fill(likelihood, Double.NEGATIVE_INFINITY);
                for (int o : candidates) {
                    likelihood[o] = logLikelihood(held.skills(), essential.get(o), optional.get(o), neighbours, nu, qe, qo);
                }
                double a = expectedReciprocalRank(likelihood, expected);
                double b = expectedReciprocalRank(shipped, expected);
                rrLikelihood += a;
                rrShipped += b;
                better += a > b + 1e-9 ? 1 : 0;
                worse += a < b - 1e-9 ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "%s profiles %d  shipped exact score MRR@10 %.4f  generator likelihood MRR@10 %.4f"
                    + "  (likelihood better on %d, worse on %d profiles)%n", f.getFileName(), n, rrShipped / n, rrLikelihood / n,
                    better, worse);
        }
    }

    /** log P(profile | occupation) up to a constant shared by every occupation (all held skills as noise). */
    static double logLikelihood(int[] held, BitSet essential, BitSet optional, int[][] neighbours, double nu,
                                        double[] qe, double[] qo) {
        int he = 0;
        int ho = 0;
        double rest = 0;
        for (int t : held) {
            if (essential.get(t)) {
                he++;
            } else if (optional.get(t)) {
                ho++;
            } else {
                double replacement = 0;
                for (int s : neighbours[t]) {
                    if (essential.get(s) || optional.get(s)) {
                        replacement += (essential.get(s) ? 0.6 : 0.2) * REPLACE / neighbours[s].length;
                    }
                }
                rest += Math.log1p(replacement / nu);
            }
        }
        return keep(he, essential.cardinality() - he, qe) + keep(ho, optional.cardinality() - ho, qo) + rest
                - (he + ho) * Math.log(nu);
    }

    /** log of the mean over q of (q(1 − r))^held · (1 − q(1 − r))^missing. */
    static double keep(int held, int missing, double[] q) {
        double max = Double.NEGATIVE_INFINITY;
        double[] l = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            double a = q[i] * (1 - REPLACE);
            l[i] = (held == 0 ? 0 : held * Math.log(a)) + missing * Math.log1p(-a);
            max = Math.max(max, l[i]);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0;
        for (double v : l) {
            sum += Math.exp(v - max);
        }
        return max + Math.log(sum / q.length);
    }

    /** Reciprocal rank within the top 10, exact ties counted as a random order among them. */
    static double expectedReciprocalRank(double[] score, int expected) {
        int greater = 0;
        int tied = 0;
        for (int o = 0; o < score.length; o++) {
            if (o == expected) {
                continue;
            }
            if (score[o] > score[expected]) {
                greater++;
            } else if (score[o] == score[expected]) {
                tied++;
            }
        }
        double rr = 0;
        for (int u = 0; u <= tied; u++) {
            int rank = greater + 1 + u;
            rr += rank <= 10 ? 1.0 / rank : 0;
        }
        return rr / (tied + 1);
    }

    static double[] grid(double from, double to) {
        double[] g = new double[GRID];
        for (int i = 0; i < GRID; i++) {
            g[i] = from + (to - from) * i / (GRID - 1);
        }
        return g;
    }

    /** The generator's replacement candidates: ESCO-related either way, or a sibling under a broader skill or group. */
    private static int[][] neighbours(Taxonomy tax) {
        int n = tax.skillCount();
        var sets = new ArrayList<Set<Integer>>(n);
        for (int s = 0; s < n; s++) {
            sets.add(new HashSet<>());
        }
        for (int s = 0; s < n; s++) {
            SkillUri uri = tax.skillAt(s).uri();
            for (LinkedSkill rel : tax.relatedSkills(uri)) {
                int o = tax.skillOrdinal(rel.skill()).orElseThrow();
                sets.get(s).add(o);
                sets.get(o).add(s);
            }
            for (SkillUri parent : tax.broaderSkills(uri)) {
                for (SkillUri c : tax.narrowerSkills(parent)) {
                    sets.get(s).add(tax.skillOrdinal(c).orElseThrow());
                }
            }
            for (SkillGroupUri group : tax.broaderGroups(uri)) {
                for (SkillUri c : tax.skillsDirectlyIn(group)) {
                    sets.get(s).add(tax.skillOrdinal(c).orElseThrow());
                }
            }
            sets.get(s).remove(s);
        }
        int[][] out = new int[n][];
        for (int s = 0; s < n; s++) {
            out[s] = sets.get(s).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }
}
