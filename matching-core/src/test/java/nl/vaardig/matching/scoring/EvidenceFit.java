package nl.vaardig.matching.scoring;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.vaardig.matching.eval.OccupationEvaluation;
import nl.vaardig.matching.model.ProfileSkill;
import nl.vaardig.matching.model.VacancySkill;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.Occupation;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * Learns the {@link EvidenceWeights} (and the coverage share) from generated profile → occupation sets: every ESCO
 * occupation is a vacancy, a profile must rank its own occupation first. For each training profile the 300
 * occupations the starting weights rank highest are kept as its candidates; coordinate descent then maximises the
 * mean MRR@10 over the training sets, and the result is reported on the test sets (candidates chosen the same way).
 * <pre>run-main.sh nl.vaardig.matching.scoring.EvidenceFit --out FILE.properties --train a.jsonl b.jsonl --test c.jsonl</pre>
 * {@code bin/train-weights.sh} generates the sets and runs it.
 */
public final class EvidenceFit {

    private static final int CANDIDATES = 300;
    /**
     * The coverage share is kept at or above this: the generated sets alone would drop it to 0, but then two vacancies
     * that explain a person equally would not be told apart by how much of each the person meets.
     */
    private static final double MIN_COVERAGE_SHARE = 0.02;

    /** One profile's candidates: coverage (share of the vacancy met, 0..1) per candidate, and the expected one. */
    private record Case(HeldSkills held, int[] candidates, double[] coverage, int expected) {
    }

    private final List<Requirements> requirements = new ArrayList<>();
    private final List<Occupation> occupations = new ArrayList<>();
    private final SkillGraph base;

    private EvidenceFit(Taxonomy taxonomy) {
        this.base = SkillGraph.build(taxonomy, MatchWeights.defaults());
        var scorer = new MatchScorer(base);
        for (int o = 0; o < taxonomy.occupationCount(); o++) {
            Occupation occ = taxonomy.occupationAt(o);
            var skills = VacancySkill.ofOccupation(taxonomy, occ.uri());
            if (!skills.isEmpty()) {
                occupations.add(occ);
                requirements.add(scorer.requirements(skills));
            }
        }
    }

    private List<Case> cases(Path file, SkillGraph graph) throws IOException {
        var scorer = new MatchScorer(graph);
        var out = new ArrayList<Case>();
        int n = occupations.size();
        double[] score = new double[n];
        Integer[] order = new Integer[n];
        PreparedProfile scratch = scorer.prepare(new HeldSkills(new int[0], new double[0]));
        for (var ep : OccupationEvaluation.readJsonl(file)) {
            PreparedProfile p = scorer.prepareInto(scratch, scorer.heldSkills(ep.skills().stream().map(ProfileSkill::fromWork).toList()));
            int expected = -1;
            for (int o = 0; o < n; o++) {
                score[o] = scorer.score(p, requirements.get(o));
                order[o] = o;
                if (occupations.get(o).uri().equals(ep.expected())) {
                    expected = o;
                }
            }
            Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
            int[] cands = new int[Math.min(CANDIDATES, n)];
            double[] cov = new double[cands.length];
            int at = -1;
            for (int k = 0; k < cands.length; k++) {
                cands[k] = order[k];
                cov[k] = scorer.coverage(p, requirements.get(cands[k]));
                if (cands[k] == expected) {
                    at = k;
                }
            }
            out.add(new Case(p.held(), cands, cov, at));
        }
        return out;
    }

    /** Mean reciprocal rank (top 10) over the cases, for the given evidence weights. */
    private double mrr(List<Case> cases, EvidenceWeights w) {
        var scorer = new MatchScorer(base.withEvidenceWeights(w));
        PreparedProfile p = scorer.prepare(new HeldSkills(new int[0], new double[0]));
        double rr = 0;
        double[] s = new double[CANDIDATES];
        for (Case c : cases) {
            if (c.expected < 0) {
                continue;
            }
            scorer.prepareInto(p, c.held);
            for (int k = 0; k < c.candidates.length; k++) {
                Requirements r = requirements.get(c.candidates[k]);
                double mass = w.spread(MatchScorer.computeEvidence(p, r));
                double rel = 0;
                for (int h = 0; h < p.held.size(); h++) {
                    double explained = w.explained(p.ownMass[h], p.standInMass[h]);
                    if (explained > 0) {
                        rel += p.reuseWeight[h] * Math.min(Math.log1p(explained / (mass * p.backgroundTerm[h])), p.evidenceCap[h]);
                    }
                }
                s[k] = w.coverageShare() * c.coverage[k] + (1 - w.coverageShare()) * rel / p.evidenceNorm;
            }
            int rank = 1;
            for (int k = 0; k < c.candidates.length; k++) {
                if (s[k] > s[c.expected]) {
                    rank++;
                }
            }
            rr += rank <= 10 ? 1.0 / rank : 0;
        }
        return rr / cases.size();
    }

    private double objective(List<List<Case>> sets, EvidenceWeights w) {
        double sum = 0;
        for (List<Case> set : sets) {
            sum += mrr(set, w);
        }
        return sum / sets.size();
    }

    private static EvidenceWeights with(EvidenceWeights w, int param, double v) {
        double own = w.own() / w.background();
        double standIn = w.standIn() / w.background();
        double coOccurrence = w.coOccurrence() / w.background();
        switch (param) {
            case 0 -> own = v;
            case 1 -> standIn = v;
            case 6 -> coOccurrence = v;
            default -> { }
        }
        if (param == 4 && v < MIN_COVERAGE_SHARE) {
            throw new IllegalArgumentException("coverage share below " + MIN_COVERAGE_SHARE);
        }
        double total = 1 + own + standIn + coOccurrence;
        return new EvidenceWeights(own / total, standIn / total, coOccurrence / total, 1 / total, param == 5 ? v : w.uniformBackground(),
                param == 2 ? v : w.optionalMass(), param == 3 ? v : w.referenceMass(), param == 7 ? v : w.sizeExponent(),
                param == 4 ? v : w.coverageShare());
    }

    private static double value(EvidenceWeights w, int param) {
        return switch (param) {
            case 0 -> w.own() / w.background();
            case 1 -> w.standIn() / w.background();
            case 2 -> w.optionalMass();
            case 3 -> w.referenceMass();
            case 4 -> w.coverageShare();
            case 6 -> w.coOccurrence() / w.background();
            case 7 -> w.sizeExponent();
            default -> w.uniformBackground();
        };
    }

    private static final String[] PARAMS = {"own/background", "standIn/background", "optionalMass", "referenceMass",
            "coverageShare", "uniformBackground", "coOccurrence/background", "sizeExponent"};
    private static final double[][] STEPS = {{0.5, 0.7, 1.4, 2}, {0.5, 0.7, 1.4, 2}, {0.6, 0.8, 1.25, 1.6},
            {0.5, 0.7, 1.4, 2}, {-0.08, -0.04, 0.04, 0.08}, {-0.4, -0.2, 0.2, 0.4}, {0, 0.5, 0.7, 1.4, 2}, {0.6, 0.8, 0.9, 1.1}};

    public static void main(String[] args) throws IOException {
        Path out = null;
        int rounds = 2;
        var train = new ArrayList<Path>();
        var test = new ArrayList<Path>();
        List<Path> into = train;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--train" -> into = train;
                case "--test" -> into = test;
                default -> into.add(Path.of(args[i]));
            }
        }
        if (out == null || train.isEmpty()) {
            throw new IllegalArgumentException("usage: EvidenceFit --out FILE.properties --train SET.jsonl ... [--test SET.jsonl ...]");
        }
        var fit = new EvidenceFit(EscoTaxonomyLoader.shipped().taxonomy());
        EvidenceWeights w = fit.base.evidenceWeights();
        var trainCases = new ArrayList<List<Case>>();
        for (Path f : train) {
            trainCases.add(fit.cases(f, fit.base));
        }
        double best = fit.objective(trainCases, w);
        System.out.printf(Locale.ROOT, "start %s  train MRR@10 %.4f%n", w, best);
        for (int round = 0; round < rounds; round++) {
            boolean moved = false;
            for (int param = 0; param < PARAMS.length; param++) {
                for (double step : STEPS[param]) {
                    double v = param == 4 || param == 5 ? value(w, param) + step : value(w, param) * step;
                    EvidenceWeights cand;
                    try {
                        cand = with(w, param, v);
                    } catch (IllegalArgumentException outOfRange) {
                        continue;
                    }
                    double m = fit.objective(trainCases, cand);
                    if (m > best + 1e-5) {
                        best = m;
                        w = cand;
                        moved = true;
                        System.out.printf(Locale.ROOT, "round %d %s -> %.4g  train MRR@10 %.4f%n", round, PARAMS[param], v, best);
                    }
                }
            }
            if (!moved) {
                break;
            }
        }
        System.out.printf(Locale.ROOT, "learnt %s  train MRR@10 %.4f%n", w, best);
        for (int i = 0; i < train.size(); i++) {
            System.out.printf(Locale.ROOT, "  train %-20s MRR@10 %.4f%n", train.get(i).getFileName(), fit.mrr(trainCases.get(i), w));
        }
        for (Path f : test) {
            System.out.printf(Locale.ROOT, "  test  %-20s MRR@10 %.4f (within the start weights' top %d)%n", f.getFileName(),
                    fit.mrr(fit.cases(f, fit.base), w), CANDIDATES);
        }
        try (Writer wr = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.toProperties().store(wr, "Relevance weights of the match score (EvidenceWeights), learnt by "
                    + "matching-core/bin/train-weights.sh on " + train.stream().map(p -> p.getFileName().toString()).toList());
        }
        System.out.println("wrote " + out);
    }
}
