package nl.vaardig.taxonomy.extract.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.vaardig.taxonomy.extract.SkillExtractor;
import nl.vaardig.taxonomy.extract.lexicon.SynonymLexicon;
import nl.vaardig.taxonomy.extract.retrieval.BroaderPreference;
import nl.vaardig.taxonomy.extract.retrieval.OccupationContext;
import nl.vaardig.taxonomy.extract.retrieval.QueryWeights;
import nl.vaardig.taxonomy.extract.retrieval.SkillRetrieval;

/**
 * The candidate stage per variant of the occupation context: share of gold skills among a sentence's 25 retrieval
 * candidates (recall@25) and retrieval-alone RP@5 on the sentence sets, then the extractor's RP@5 / RP@10 with that
 * retrieval on every set (with and without the lexicon). Run with
 * {@code -Dexec.mainClass=nl.vaardig.taxonomy.extract.eval.CandidateRecall -Dexec.args="[RETRIEVED,REACHED,LISTED,NONE,ROUND8] [--retrieval-only]"}
 * ({@code ROUND8}: the eighth round's retrieval, word translations from labels only, with the listed candidates;
 * {@code HANDSET} / {@code LEARNT}: the platform's retrieval with the hand-set or the learnt field weights;
 * {@code PRIOR=W}: the platform's retrieval with usage prior W, {@code PRIOR=0} without one; {@code COMMON=S}: the
 * platform's retrieval without the query terms of more than share S of the skill documents, {@code COMMON=1} with all;
 * {@code BROADER=W}: the platform's retrieval with the broader-skill preference at weight W, {@code BROADER=0} without
 * it; {@code BROADERALL=W}, {@code BROADERCOVER=W}: the same with the rule {@link BroaderPreference.Rule} ALL or COVER; a
 * {@code +} before the {@code =}, e.g. {@code BROADERCOVER+=W}, adds the label-implied broader skills).
 */
public final class CandidateRecall {

    private CandidateRecall() {
    }

    public static void main(String[] args) {
        EvalFixtures fixtures = EvalFixtures.load();
        List<String> variants = List.of((args.length > 0 ? args[0] : "NONE,RETRIEVED,REACHED,LISTED").split(","));
        Map<String, List<AnnotatedText>> sentences = new LinkedHashMap<>();
        Path bench = ExtractionEvaluation.DEFAULT_BENCHMARK;
        for (String split : List.of("tech", "house")) {
            Path file = bench.resolve(split + "_validation_annotations.csv");
            if (Files.exists(file)) {
                sentences.put(split.toUpperCase(Locale.ROOT), fixtures.annotations(file));
            }
        }
        Path dev = ExtractionEvaluation.DEFAULT_EVAL.resolve("nl_vacancies_dev");
        sentences.put("NL-DEV-SENTENCES", fixtures.annotations(dev.resolve("sentences.csv")));
        List<AnnotatedText> vacancies = fixtures.vacancies(dev.resolve("vacancies.jsonl"));
        SkillRetrieval plain = fixtures.retrieval().withOccupationContext(null);
        OccupationContext context = fixtures.retrieval().occupationContext().orElseThrow();
        for (String variant : variants) {
            SkillRetrieval retrieval = variant.startsWith("COMMON=")
                    ? fixtures.retrieval().withoutCommonTerms(Double.parseDouble(variant.substring("COMMON=".length())))
                    : variant.startsWith("BROADER")
                    ? fixtures.retrieval().withBroaderPreference(fixtures.taxonomy(),
                            Float.parseFloat(variant.substring(variant.indexOf('=') + 1)),
                            BroaderPreference.Rule.valueOf(variant.startsWith("BROADER=") ? "LABELS"
                                    : variant.substring("BROADER".length(), variant.indexOf('=')).replace("+", "")),
                            variant.contains("+"))
                    : variant.startsWith("PRIOR=")
                    ? fixtures.retrieval().withUsagePrior(Float.parseFloat(variant.substring("PRIOR=".length())))
                    : "LEARNT".equals(variant)
                    ? fixtures.retrieval().withWeights(SkillRetrieval.PLATFORM_WEIGHTS)
                    : "HANDSET".equals(variant) ? fixtures.retrieval().withWeights(QueryWeights.HAND_SET)
                    : "NONE".equals(variant) ? plain
                    : "ROUND8".equals(variant) ? SkillRetrieval.eighthRound(fixtures.taxonomy())
                    : plain.withOccupationContext(context.withCandidates(OccupationContext.Candidates.valueOf(variant)));
            for (Map.Entry<String, List<AnnotatedText>> set : sentences.entrySet()) {
                boolean dutch = set.getKey().startsWith("NL");
                double r5 = 0;
                double r25 = 0;
                long t0 = System.nanoTime();
                for (AnnotatedText t : set.getValue()) {
                    List<String> ranked = retrieval.score(t.text(), dutch, SkillRetrieval.CANDIDATES).stream()
                            .map(s -> fixtures.taxonomy().skillAt(s.ordinal()).uri().value()).toList();
                    r5 += RankingMetrics.rPrecisionAt(5, ranked, t.goldSkillUris());
                    r25 += ranked.stream().filter(t.goldSkillUris()::contains).count() / (double) t.goldSkillUris().size();
                }
                int n = set.getValue().size();
                System.out.printf(Locale.ROOT, "%-10s %-18s retrieval RP@5=%5.1f recall@25=%5.1f  (%.0f ms)%n", variant,
                        set.getKey(), 100 * r5 / n, 100 * r25 / n, (System.nanoTime() - t0) / 1e6);
            }
            if (args.length > 1 && "--retrieval-only".equals(args[1])) {
                continue;
            }
            SkillExtractor full = fixtures.extractor().withRetrieval(fixtures.taxonomy(), retrieval);
            SkillExtractor noLexicon = SkillExtractor.create(fixtures.source(), SynonymLexicon.empty())
                    .withRetrieval(fixtures.taxonomy(), retrieval);
            for (Map.Entry<String, SkillExtractor> e : Map.of("platform", full, "no lexicon", noLexicon).entrySet()) {
                for (Map.Entry<String, List<AnnotatedText>> set : sentences.entrySet()) {
                    System.out.printf(Locale.ROOT, "%-10s %-10s %s%n", variant, e.getKey(), ExtractionEvaluation.score(
                            set.getKey(), e.getValue(), set.getValue(), false, fixtures.labelByUri()));
                }
                System.out.printf(Locale.ROOT, "%-10s %-10s %s%n", variant, e.getKey(), ExtractionEvaluation.score(
                        "NL-DEV-VACANCIES", e.getValue(), vacancies, false, fixtures.labelByUri()));
            }
        }
    }
}
