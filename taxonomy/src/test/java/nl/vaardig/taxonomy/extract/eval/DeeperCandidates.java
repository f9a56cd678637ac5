package nl.vaardig.taxonomy.extract.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.vaardig.taxonomy.extract.ExtractionOptions;
import nl.vaardig.taxonomy.extract.SkillExtractor;
import nl.vaardig.taxonomy.extract.retrieval.Reranker;
import nl.vaardig.taxonomy.extract.retrieval.SkillRetrieval;

/**
 * A deeper first stage with the learnt re-ranker deciding: per first-stage cut k, the platform's retrieval (occupation
 * context and all) in retrieval order and re-ranked by the shipped model over its k candidates — candidate
 * recall@k and retrieval-alone RP@5 on the sentence sets, the extractor's RP@5 / RP@10 on every set, and the thread
 * CPU per document of the extractor over the Dutch dev vacancies and sentences (best of {@code ROUNDS} passes, so
 * load from other processes counts least). Run with {@code -Dexec.args="25,50,100 [ROUNDS]"}.
 */
public final class DeeperCandidates {

    private DeeperCandidates() {
    }

    public static void main(String[] args) {
        EvalFixtures fixtures = EvalFixtures.load();
        List<Integer> cuts = new ArrayList<>();
        for (String k : (args.length > 0 ? args[0] : "25,50,100").split(",")) {
            cuts.add(Integer.parseInt(k.trim()));
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
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
        List<AnnotatedText> cpuTexts = new ArrayList<>(vacancies);
        cpuTexts.addAll(sentences.get("NL-DEV-SENTENCES"));
        Reranker model = Reranker.shipped().orElseThrow();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int k : cuts) {
            for (boolean reranked : new boolean[] {false, true}) {
                SkillRetrieval retrieval = fixtures.retrieval().withCandidateCount(k).withReranker(reranked ? model : null);
                String variant = String.format(Locale.ROOT, "k=%-4d %-9s", k, reranked ? "reranked" : "retrieval");
                for (Map.Entry<String, List<AnnotatedText>> set : sentences.entrySet()) {
                    boolean dutch = set.getKey().startsWith("NL");
                    double r5 = 0;
                    double recall = 0;
                    for (AnnotatedText t : set.getValue()) {
                        List<String> ranked = retrieval.score(t.text(), dutch, k).stream()
                                .map(s -> fixtures.taxonomy().skillAt(s.ordinal()).uri().value()).toList();
                        r5 += RankingMetrics.rPrecisionAt(5, ranked, t.goldSkillUris());
                        recall += ranked.stream().filter(t.goldSkillUris()::contains).count() / (double) t.goldSkillUris().size();
                    }
                    int n = set.getValue().size();
                    System.out.printf(Locale.ROOT, "%s %-18s retrieval RP@5=%5.1f recall@k=%5.1f%n", variant, set.getKey(),
                            100 * r5 / n, 100 * recall / n);
                }
                SkillExtractor extractor = fixtures.extractor().withRetrieval(fixtures.taxonomy(), retrieval);
                for (Map.Entry<String, List<AnnotatedText>> set : sentences.entrySet()) {
                    System.out.printf(Locale.ROOT, "%s %s%n", variant, ExtractionEvaluation.score(set.getKey(), extractor,
                            set.getValue(), false, fixtures.labelByUri()));
                }
                System.out.printf(Locale.ROOT, "%s %s%n", variant, ExtractionEvaluation.score("NL-DEV-VACANCIES", extractor,
                        vacancies, false, fixtures.labelByUri()));
                long best = Long.MAX_VALUE;
                for (int r = 0; r < rounds; r++) {
                    long t0 = threads.getCurrentThreadCpuTime();
                    for (AnnotatedText t : cpuTexts) {
                        extractor.extract(t.text(), ExtractionOptions.defaults());
                    }
                    best = Math.min(best, threads.getCurrentThreadCpuTime() - t0);
                }
                System.out.printf(Locale.ROOT, "%s CPU per document (Dutch dev vacancies + sentences, %d texts, best of %d): %.3f ms%n",
                        variant, cpuTexts.size(), rounds, best / 1e6 / cpuTexts.size());
            }
        }
    }
}
