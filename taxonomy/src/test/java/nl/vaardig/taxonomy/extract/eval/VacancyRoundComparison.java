package nl.vaardig.taxonomy.extract.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.vaardig.taxonomy.extract.SkillExtractor;

/**
 * Issue 13 round 11: the platform with and without a whole text's segment roles ({@code SkillExtractor#withSegmentRoles})
 * on ESCO pseudo-vacancies ({@link PseudoVacancies}: where the choice is made), the Dutch dev vacancies (measured only)
 * and the sentence sets (which must not move: a sentence is not a whole text). Run with
 * <pre>
 * ./mvnw -q -B -o -pl taxonomy test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=nl.vaardig.taxonomy.extract.eval.VacancyRoundComparison -Dexec.args="[COUNT] [SEED] [--no-sentences]"
 * </pre>
 */
public final class VacancyRoundComparison {

    private VacancyRoundComparison() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1311L;
        boolean sentences = !List.of(args).contains("--no-sentences");
        EvalFixtures fixtures = EvalFixtures.load();
        Map<String, List<AnnotatedText>> sets = new LinkedHashMap<>();
        sets.put("ESCO-PSEUDO-VACANCIES", PseudoVacancies.generate(fixtures.taxonomy(), count, seed));
        sets.put("ESCO-PSEUDO-VACANCIES-2", PseudoVacancies.generate(fixtures.taxonomy(), count, seed + 1));
        Path dev = ExtractionEvaluation.DEFAULT_EVAL.resolve("nl_vacancies_dev");
        if (Files.exists(dev.resolve("vacancies.jsonl"))) {
            sets.put("NL-DEV-VACANCIES", fixtures.vacancies(dev.resolve("vacancies.jsonl")));
        }
        if (sentences) {
            if (Files.exists(dev.resolve("sentences.csv"))) {
                sets.put("NL-DEV-SENTENCES", fixtures.annotations(dev.resolve("sentences.csv")));
            }
            for (String split : List.of("tech", "house")) {
                Path file = ExtractionEvaluation.DEFAULT_BENCHMARK.resolve(split + "_validation_annotations.csv");
                if (Files.exists(file)) {
                    sets.put(split.toUpperCase(Locale.ROOT), fixtures.annotations(file));
                }
            }
            sets.put("DUTCH-OWN", fixtures.dutchSet());
        }
        Map<String, SkillExtractor> variants = new LinkedHashMap<>();
        variants.put("before (every segment)", fixtures.extractor().withSegmentRoles(false));
        variants.put("segment roles (platform)", fixtures.extractor());
        for (Map.Entry<String, List<AnnotatedText>> set : sets.entrySet()) {
            for (Map.Entry<String, SkillExtractor> variant : variants.entrySet()) {
                System.out.printf(Locale.ROOT, "%-26s %s%n", variant.getKey(), ExtractionEvaluation.score(set.getKey(),
                        variant.getValue(), set.getValue(), false, fixtures.labelByUri()));
            }
        }
    }
}
