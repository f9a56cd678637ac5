package nl.vaardig.taxonomy.extract.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.vaardig.taxonomy.extract.SkillExtractor;
import nl.vaardig.taxonomy.extract.lexicon.SynonymLexicon;
import nl.vaardig.taxonomy.extract.retrieval.Reranker;
import nl.vaardig.taxonomy.extract.retrieval.SkillRetrieval;

/**
 * Main's skill retrieval (the eighth round's: {@link SkillRetrieval#eighthRound}) beside this build's platform
 * ({@link SkillRetrieval#withOccupations}), each in retrieval order and with the shipped re-ranker on top, with and
 * without the lexicon: recall@25 and retrieval-alone RP@5 on the sentence sets, then the extractor's RP@5 / RP@10 on
 * TECH and HOUSE validation, the project's own Dutch set and the Dutch dev sentences and vacancies, in one JVM. Run
 * with {@code -Dexec.mainClass=nl.vaardig.taxonomy.extract.eval.RoundComparison}.
 */
public final class RoundComparison {

    private RoundComparison() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        EvalFixtures fixtures = EvalFixtures.load();
        Map<String, List<AnnotatedText>> sentences = new LinkedHashMap<>();
        for (String split : List.of("tech", "house")) {
            Path file = ExtractionEvaluation.DEFAULT_BENCHMARK.resolve(split + "_validation_annotations.csv");
            if (Files.exists(file)) {
                sentences.put(split.toUpperCase(Locale.ROOT), fixtures.annotations(file));
            }
        }
        Path dev = ExtractionEvaluation.DEFAULT_EVAL.resolve("nl_vacancies_dev");
        sentences.put("NL-DEV-SENTENCES", fixtures.annotations(dev.resolve("sentences.csv")));
        Map<String, List<AnnotatedText>> sets = new LinkedHashMap<>(sentences);
        sets.put("DUTCH-OWN", fixtures.dutchSet());
        sets.put("NL-DEV-VACANCIES", fixtures.vacancies(dev.resolve("vacancies.jsonl")));
        Reranker reranker = Reranker.shipped().orElseThrow();
        Map<String, SkillRetrieval> retrievals = new LinkedHashMap<>();
        retrievals.put("main", SkillRetrieval.eighthRound(fixtures.taxonomy()));
        retrievals.put("branch", fixtures.retrieval());
        System.out.printf(Locale.ROOT, "fixtures and main's retrieval built in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        for (Map.Entry<String, SkillRetrieval> r : retrievals.entrySet()) {
            for (Map.Entry<String, List<AnnotatedText>> set : sentences.entrySet()) {
                boolean dutch = set.getKey().startsWith("NL");
                double r5 = 0;
                double r25 = 0;
                for (AnnotatedText t : set.getValue()) {
                    List<String> ranked = r.getValue().score(t.text(), dutch, SkillRetrieval.CANDIDATES).stream()
                            .map(s -> fixtures.taxonomy().skillAt(s.ordinal()).uri().value()).toList();
                    r5 += RankingMetrics.rPrecisionAt(5, ranked, t.goldSkillUris());
                    r25 += ranked.stream().filter(t.goldSkillUris()::contains).count() / (double) t.goldSkillUris().size();
                }
                int n = set.getValue().size();
                System.out.printf(Locale.ROOT, "%-7s %-18s retrieval RP@5=%5.1f recall@25=%5.1f%n", r.getKey(),
                        set.getKey(), 100 * r5 / n, 100 * r25 / n);
            }
        }
        SkillExtractor lexicon = SkillExtractor.create(fixtures.source(), SynonymLexicon.bundled());
        SkillExtractor noLexicon = SkillExtractor.create(fixtures.source(), SynonymLexicon.empty());
        for (Map.Entry<String, SkillRetrieval> r : retrievals.entrySet()) {
            Map<String, SkillExtractor> variants = new LinkedHashMap<>();
            variants.put("retrieval order", lexicon.withRetrieval(fixtures.taxonomy(), r.getValue()));
            variants.put("re-ranked", lexicon.withRetrieval(fixtures.taxonomy(), r.getValue().withReranker(reranker)));
            variants.put("retrieval order, no lexicon", noLexicon.withRetrieval(fixtures.taxonomy(), r.getValue()));
            variants.put("re-ranked, no lexicon", noLexicon.withRetrieval(fixtures.taxonomy(),
                    r.getValue().withReranker(reranker)));
            for (Map.Entry<String, SkillExtractor> v : variants.entrySet()) {
                for (Map.Entry<String, List<AnnotatedText>> set : sets.entrySet()) {
                    System.out.printf(Locale.ROOT, "%-7s %-28s %s%n", r.getKey(), v.getKey(), ExtractionEvaluation.score(
                            set.getKey(), v.getValue(), set.getValue(), false, fixtures.labelByUri()));
                }
            }
        }
        System.out.printf(Locale.ROOT, "done in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }
}
