package nl.vaardig.matching.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import nl.vaardig.matching.scoring.ScoreFeatures;
import nl.vaardig.matching.scoring.SkillGraph;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.Occupation;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * Training data for the learned score weights: for every profile of the given JSON Lines sets, the
 * {@link ScoreFeatures} of the occupations that rank highest on the default score (scored exhaustively over all
 * ESCO occupations) plus the expected one. One CSV row per (profile, occupation):
 * {@code profile,relevant,f0..fn}. {@code bin/train-weights.sh} runs it and fits the weights.
 * <pre>run-main.sh nl.vaardig.matching.eval.FeatureDump --out features.csv --keep 150 set1.jsonl [set2.jsonl ...]</pre>
 */
public final class FeatureDump {

    private FeatureDump() {
    }

    public static void main(String[] args) throws IOException {
        Path out = null;
        int keep = 300;
        var files = new ArrayList<Path>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--keep" -> keep = Integer.parseInt(args[++i]);
                default -> files.add(Path.of(args[i]));
            }
        }
        if (out == null || files.isEmpty()) {
            throw new IllegalArgumentException("usage: FeatureDump --out FILE.csv [--keep N] SET.jsonl ...");
        }
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        MatchScorer scorer = new MatchScorer(SkillGraph.build(taxonomy, MatchWeights.defaults()));
        var occupations = new ArrayList<Occupation>();
        var requirements = new ArrayList<Requirements>();
        for (int o = 0; o < taxonomy.occupationCount(); o++) {
            Occupation occ = taxonomy.occupationAt(o);
            var skills = new ArrayList<VacancySkill>();
            taxonomy.essentialSkills(occ.uri()).forEach(s -> skills.add(VacancySkill.essential(s)));
            taxonomy.optionalSkills(occ.uri()).forEach(s -> skills.add(VacancySkill.optional(s)));
            if (!skills.isEmpty()) {
                occupations.add(occ);
                requirements.add(scorer.requirements(skills));
            }
        }
        int n = occupations.size();
        double[][] f = new double[n][ScoreFeatures.COUNT];
        double[] plain = new double[n];
        Integer[] order = new Integer[n];
        long profileNo = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("profile,relevant," + String.join(",", ScoreFeatures.NAMES));
            w.newLine();
            for (Path file : files) {
                for (OccupationEvaluation.EvalProfile ep : OccupationEvaluation.readJsonl(file)) {
                    List<ProfileSkill> held = ep.skills().stream().map(ProfileSkill::fromWork).toList();
                    PreparedProfile p = scorer.prepare(held);
                    if (p.isEmpty()) {
                        continue;
                    }
                    int expected = -1;
                    for (int o = 0; o < n; o++) {
                        ScoreFeatures.compute(scorer, p, requirements.get(o), f[o]);
                        plain[o] = scorer.score(p, requirements.get(o));
                        order[o] = o;
                        if (occupations.get(o).uri().equals(ep.expected())) {
                            expected = o;
                        }
                    }
                    if (expected < 0) {
                        continue;
                    }
                    Arrays.sort(order, Comparator.comparingDouble((Integer o) -> -plain[o]));
                    boolean expectedKept = false;
                    for (int k = 0; k < Math.min(keep, n); k++) {
                        expectedKept |= order[k] == expected;
                        write(w, profileNo, order[k] == expected, f[order[k]]);
                    }
                    if (!expectedKept) {
                        write(w, profileNo, true, f[expected]);
                    }
                    profileNo++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d profiles, %d occupations, features to %s%n", profileNo, n, out);
    }

    private static void write(BufferedWriter w, long profile, boolean relevant, double[] features) throws IOException {
        w.write(profile + "," + (relevant ? 1 : 0));
        for (double x : features) {
            w.write(String.format(Locale.ROOT, ",%.6g", x));
        }
        w.newLine();
    }
}
