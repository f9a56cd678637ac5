package nl.vaardig.matching.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.vaardig.matching.bench.BudgetProperty;
import nl.vaardig.matching.engine.CandidateMatch;
import nl.vaardig.matching.engine.MatchQuery;
import nl.vaardig.matching.engine.MatchingEngine;
import nl.vaardig.matching.model.ContractType;
import nl.vaardig.matching.model.HoursPerWeek;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.matching.model.ProfileSkill;
import nl.vaardig.matching.model.Vacancy;
import nl.vaardig.matching.model.VacancyId;
import nl.vaardig.matching.model.VacancySkill;
import nl.vaardig.matching.model.ValidityPeriod;
import nl.vaardig.matching.scoring.MatchWeights;
import nl.vaardig.matching.scoring.SkillGraph;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.taxonomy.region.AmrCode;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The people-search evaluation: every profile of the given {@code gen_profiles.py} files (each drawn from a known
 * occupation) is indexed as a profile; then, for each occupation among them, a vacancy asking that occupation's
 * essential and optional skills searches the top 50 candidates, and the gold candidates are the profiles drawn from
 * it. Reports MRR@10 (the first gold candidate), nDCG@10 (every gold candidate relevant, ideal = all gold first) and
 * recall@50, with the same figures for a plain weighted-overlap ranker (essential 1, optional 0.5, every profile
 * scored; ties in indexing order) beside them. Several files (seeds, default and hard) give an occupation several gold
 * profiles and each vacancy many near misses.
 * <pre>
 * matching-core/bin/run-main.sh -Xmx2g -- nl.vaardig.matching.eval.CandidateEvaluation a.jsonl b-hard.jsonl ...
 * </pre>
 * {@code -Dbudget=none|SHARE,LEFT_OUT} sets the postings budget ({@link BudgetProperty}).
 */
public final class CandidateEvaluation {

    /** MRR@10, nDCG@10 and recall@50 over the vacancies searched. */
    public record Scores(int vacancies, double mrr10, double ndcg10, double recall50) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "vacancies %5d  MRR@10 %.4f  nDCG@10 %.4f  recall@50 %.4f", vacancies, mrr10, ndcg10,
                    recall50);
        }
    }

    private CandidateEvaluation() {
    }

    /** Adds one ranked list's figures to {@code sums} (mrr, ndcg, recall); {@code ranked} holds gold flags in rank order. */
    static void add(double[] sums, List<Boolean> ranked, int gold) {
        double dcg = 0;
        double ideal = 0;
        boolean first = true;
        int found = 0;
        for (int i = 0; i < ranked.size() && i < 50; i++) {
            if (ranked.get(i)) {
                found++;
                if (i < 10) {
                    dcg += 1 / (Math.log(i + 2) / Math.log(2));
                    if (first) {
                        sums[0] += 1.0 / (i + 1);
                    }
                }
                first = false;
            }
        }
        for (int i = 0; i < Math.min(gold, 10); i++) {
            ideal += 1 / (Math.log(i + 2) / Math.log(2));
        }
        sums[1] += dcg / ideal;
        sums[2] += (double) found / gold;
    }

    public static void main(String[] args) throws IOException {
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        var profiles = new ArrayList<OccupationEvaluation.EvalProfile>();
        for (String f : args) {
            profiles.addAll(OccupationEvaluation.readJsonl(Path.of(f)));
        }
        var options = BudgetProperty.apply(MatchingEngine.Options.defaults().withRefreshEvery(null));
        var goldOf = new LinkedHashMap<OccupationUri, Set<ProfileId>>();
        var ids = new ArrayList<ProfileId>();
        try (var engine = MatchingEngine.open(new ByteBuffersDirectory(), SkillGraph.build(taxonomy, MatchWeights.defaults()),
                options)) {
            for (int i = 0; i < profiles.size(); i++) {
                var p = profiles.get(i);
                var id = new ProfileId(new UUID(0xCA0DL, i));
                ids.add(id);
                engine.indexProfile(new Profile(id, p.skills().stream().map(ProfileSkill::fromWork).toList(), Set.of(), null, null,
                        null, null, true));
                goldOf.computeIfAbsent(p.expected(), o -> new java.util.HashSet<>()).add(id);
            }
            engine.refresh();
            var holders = holders(profiles);
            double[] engineSums = new double[3];
            double[] overlapSums = new double[3];
            int n = 0;
            var day = java.time.LocalDate.of(2025, 1, 1);
            long t0 = System.nanoTime();
            for (var e : goldOf.entrySet()) {
                OccupationUri occ = e.getKey();
                var skills = VacancySkill.ofOccupation(taxonomy, occ);
                if (skills.isEmpty()) {
                    continue;
                }
                var vacancy = new Vacancy(new VacancyId(new UUID(0xE5C0L, n)), "eval", occ, new AmrCode("AM01"), null,
                        new HoursPerWeek(0, 40), ContractType.PERMANENT, null, day, new ValidityPeriod(day, day.plusYears(1)),
                        skills, true);
                List<CandidateMatch> hits = engine.matchCandidates(vacancy, MatchQuery.defaults(), 50);
                add(engineSums, hits.stream().map(h -> e.getValue().contains(h.profile())).toList(), e.getValue().size());
                add(overlapSums, overlapTop50(taxonomy, occ, holders, profiles.size()).stream().map(i -> e.getValue().contains(ids.get(i))).toList(),
                        e.getValue().size());
                n++;
            }
            double ms = (System.nanoTime() - t0) / 1e6 / Math.max(1, n);
            System.out.printf(Locale.ROOT, "%d profiles of %d occupations (files: %s), postings budget %s%n", profiles.size(),
                    goldOf.size(), String.join(" ", List.of(args).stream().map(a -> Path.of(a).getFileName().toString()).toList()),
                    options.postingsBudget());
            System.out.println("engine         " + scores(engineSums, n) + String.format(Locale.ROOT, "  (%.2f ms/vacancy with overlap)", ms));
            System.out.println("plain overlap  " + scores(overlapSums, n));
        }
    }

    static Scores scores(double[] sums, int n) {
        return new Scores(n, sums[0] / n, sums[1] / n, sums[2] / n);
    }

    /** Indices of the 50 profiles with the highest plain weighted overlap with the occupation (ties: lower index). */
    static List<Integer> overlapTop50(Taxonomy taxonomy, OccupationUri occ, Map<SkillUri, List<Integer>> holders, int profiles) {
        double[] score = new double[profiles];
        Map<SkillUri, Double> weight = new HashMap<>();
        taxonomy.optionalSkills(occ).forEach(s -> weight.put(s, 0.5));
        taxonomy.essentialSkills(occ).forEach(s -> weight.put(s, 1.0));
        var touched = new java.util.TreeSet<Integer>();
        weight.forEach((skill, w) -> holders.getOrDefault(skill, List.of()).forEach(i -> {
            score[i] += w;
            touched.add(i);
        }));
        return touched.stream().sorted((a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a]) : Integer.compare(a, b))
                .limit(50).toList();
    }

    /** Which profiles (by index) hold each skill, each profile once per skill. */
    static Map<SkillUri, List<Integer>> holders(List<OccupationEvaluation.EvalProfile> profiles) {
        var out = new HashMap<SkillUri, List<Integer>>();
        for (int i = 0; i < profiles.size(); i++) {
            for (SkillUri s : Set.copyOf(profiles.get(i).skills())) {
                out.computeIfAbsent(s, k -> new ArrayList<>()).add(i);
            }
        }
        return out;
    }
}
