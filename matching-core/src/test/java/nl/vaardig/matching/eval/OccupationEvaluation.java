package nl.vaardig.matching.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.vaardig.matching.engine.MatchQuery;
import nl.vaardig.matching.engine.MatchingEngine;
import nl.vaardig.matching.engine.VacancyMatch;
import nl.vaardig.matching.model.ContractType;
import nl.vaardig.matching.model.HoursPerWeek;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.ProfileSkill;
import nl.vaardig.matching.model.Vacancy;
import nl.vaardig.matching.model.VacancyId;
import nl.vaardig.matching.model.VacancySkill;
import nl.vaardig.matching.model.ValidityPeriod;
import nl.vaardig.matching.scoring.MatchWeights;
import nl.vaardig.matching.scoring.SkillGraph;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.Occupation;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.taxonomy.region.AmrCode;
import org.apache.lucene.store.ByteBuffersDirectory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ranking evaluation: every ESCO occupation with skills is indexed as a vacancy (its essential and optional
 * skills); a profile drawn from an occupation must find that occupation first. Reports MRR@10, nDCG@10 (one
 * relevant item, so nDCG = 1/log2(1 + rank)) and hit@1 per profile set.
 *
 * <pre>
 * ./mvnw -q -pl matching-core -am test-compile
 * ./mvnw -q -pl matching-core exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=nl.vaardig.matching.eval.OccupationEvaluation [-Dexec.args="--stride 1 --seed 7 file.jsonl"]
 * </pre>
 * A JSON Lines file has one profile per line: {@code {"skills":[ESCO skill URIs],"expected":ESCO occupation URI}}.
 */
public final class OccupationEvaluation implements AutoCloseable {

    public record Result(String set, int profiles, int skipped, double mrr10, double ndcg10, double hit1) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-24s profiles %5d (skipped %d)  MRR@10 %.4f  nDCG@10 %.4f  hit@1 %.4f",
                    set, profiles, skipped, mrr10, ndcg10, hit1);
        }
    }

    /** A profile with the occupation it should find. */
    public record EvalProfile(List<SkillUri> skills, OccupationUri expected) {
    }

    private final Taxonomy taxonomy;
    private final MatchingEngine engine;
    private final Map<VacancyId, OccupationUri> occupationOf = new HashMap<>();

    public OccupationEvaluation(Taxonomy taxonomy, MatchWeights weights) {
        this.taxonomy = taxonomy;
        this.engine = MatchingEngine.open(new ByteBuffersDirectory(), SkillGraph.build(taxonomy, weights),
                nl.vaardig.matching.bench.BudgetProperty.apply(MatchingEngine.Options.defaults().withRefreshEvery(null)));
        LocalDate day = LocalDate.of(2025, 1, 1);
        for (int o = 0; o < taxonomy.occupationCount(); o++) {
            Occupation occ = taxonomy.occupationAt(o);
            var skills = VacancySkill.ofOccupation(taxonomy, occ.uri());
            if (skills.isEmpty()) {
                continue;
            }
            var id = new VacancyId(new UUID(0xE5C0L, o));
            occupationOf.put(id, occ.uri());
            engine.indexVacancy(new Vacancy(id, occ.label(Locale.ENGLISH).text(), occ.uri(), new AmrCode("AM01"), null,
                    new HoursPerWeek(0, 40), ContractType.PERMANENT, null, day, new ValidityPeriod(day, day.plusYears(1)),
                    skills, true));
        }
        engine.refresh();
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    public MatchingEngine engine() {
        return engine;
    }

    /** Profiles for every {@code stride}-th occupation that has skills, one per occupation. */
    public List<EvalProfile> sample(NoiseLevel noise, long seed, int stride) {
        var sampler = new ProfileSampler(taxonomy);
        var out = new ArrayList<EvalProfile>();
        for (int o = 0; o < taxonomy.occupationCount(); o += stride) {
            OccupationUri occ = taxonomy.occupationAt(o).uri();
            if (taxonomy.essentialSkills(occ).isEmpty() && taxonomy.optionalSkills(occ).isEmpty()) {
                continue;
            }
            // one random stream per occupation: adding occupations elsewhere does not change this profile
            var random = new Random(seed * 1_000_003L + o);
            out.add(new EvalProfile(sampler.sample(occ, noise, random), occ));
        }
        return out;
    }

    public Result evaluate(String name, List<EvalProfile> profiles) {
        double rr = 0;
        double ndcg = 0;
        int hit1 = 0;
        int skipped = 0;
        for (EvalProfile p : profiles) {
            List<ProfileSkill> skills = p.skills().stream().map(ProfileSkill::fromWork).toList();
            if (skills.isEmpty()) {
                skipped++;
                continue;
            }
            List<VacancyMatch> hits = engine.matchVacancies(Profile.anonymous(skills), MatchQuery.defaults().includingClosed(), 10);
            for (int i = 0; i < hits.size(); i++) {
                if (p.expected().equals(occupationOf.get(hits.get(i).vacancy()))) {
                    rr += 1.0 / (i + 1);
                    ndcg += 1.0 / (Math.log(i + 2) / Math.log(2));
                    if (i == 0) {
                        hit1++;
                    }
                    break;
                }
            }
        }
        int n = profiles.size();
        return new Result(name, n, skipped, rr / n, ndcg / n, (double) hit1 / n);
    }

    /** Reads {@code {"skills":[...],"expected":"..."}} lines; blank lines are skipped, bad lines reported and fatal. */
    public static List<EvalProfile> readJsonl(Path file) throws IOException {
        var json = JsonMapper.builder().build();
        var out = new ArrayList<EvalProfile>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode node = json.readTree(line);
                    var skills = new ArrayList<SkillUri>();
                    node.get("skills").forEach(s -> skills.add(new SkillUri(s.asString())));
                    out.add(new EvalProfile(skills, new OccupationUri(node.get("expected").asString())));
                } catch (RuntimeException e) {
                    throw new IOException(file + " line " + lineNo + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
        engine.close();
    }

    public static void main(String[] args) throws IOException {
        int stride = 1;
        long seed = 20250101L;
        var files = new ArrayList<Path>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--stride" -> stride = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> files.add(Path.of(args[i]));
            }
        }
        long t0 = System.nanoTime();
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        try (var eval = new OccupationEvaluation(taxonomy, MatchWeights.defaults())) {
            System.out.printf(Locale.ROOT, "indexed %d occupations as vacancies in %d ms%n", eval.occupationOf.size(),
                    (System.nanoTime() - t0) / 1_000_000);
            if (files.isEmpty()) {
                for (NoiseLevel level : NoiseLevel.ALL) {
                    long t = System.nanoTime();
                    Result r = eval.evaluate(level.name(), eval.sample(level, seed, stride));
                    System.out.println(r + String.format(Locale.ROOT, "  (%.2f ms/query)",
                            (System.nanoTime() - t) / 1e6 / r.profiles()));
                }
            }
            var overlap = new OverlapRanker(taxonomy);
            for (Path f : files) {
                List<EvalProfile> profiles = readJsonl(f);
                System.out.println(eval.evaluate(f.getFileName().toString(), profiles));
                double rr = profiles.stream().mapToDouble(p -> overlap.reciprocalRank(p.skills(), p.expected())).sum();
                System.out.printf(Locale.ROOT, "%-24s plain weighted overlap (essential 1, optional 0.5)  MRR@10 %.4f%n",
                        "", rr / profiles.size());
            }
        }
    }
}
