package nl.vaardig.taxonomy.extract.retrieval;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.vaardig.taxonomy.analysis.VaardigAnalyzers;
import nl.vaardig.taxonomy.analysis.WordPositions;
import nl.vaardig.taxonomy.extract.eval.AnnotatedText;
import nl.vaardig.taxonomy.extract.eval.EvalFixtures;
import nl.vaardig.taxonomy.extract.eval.ExtractionEvaluation;
import org.apache.lucene.analysis.Analyzer;

/**
 * The word-by-word reading of a sentence ({@link WordPositions}) against the whole chain's, on every line and every
 * whole text of the bench corpus, the TECH and HOUSE validation splits and the Dutch dev sentences and vacancies, each
 * as {@link QueryText#of} reads it (Dutch; English as is and without the Dutch function words); prints how many
 * differ (must be 0) and how many texts were read word by word.
 * <pre>
 * java -cp taxonomy/target/test-classes:taxonomy/target/classes:$(cat CP) \
 *     nl.vaardig.taxonomy.extract.retrieval.WordPositionsCheck CORPUS EVAL_DIR
 * </pre>
 */
public final class WordPositionsCheck {

    private WordPositionsCheck() {
    }

    public static void main(String[] args) throws java.io.IOException {
        List<String> texts = new ArrayList<>(List.of(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8)
                .split("\f\n")));
        EvalFixtures fixtures = EvalFixtures.load();
        for (String split : List.of("tech", "house")) {
            Path file = ExtractionEvaluation.DEFAULT_BENCHMARK.resolve(split + "_validation_annotations.csv");
            if (Files.exists(file)) {
                fixtures.annotations(file).forEach(a -> texts.add(a.text()));
            }
        }
        Path dev = Path.of(args[1]).resolve("nl_vacancies_dev");
        fixtures.annotations(dev.resolve("sentences.csv")).stream().map(AnnotatedText::text).forEach(texts::add);
        fixtures.vacancies(dev.resolve("vacancies.jsonl")).stream().map(AnnotatedText::text).forEach(texts::add);
        List<String> inputs = new ArrayList<>();
        for (String text : texts) {
            inputs.add(text);
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    inputs.add(line);
                    inputs.add(QueryText.withoutDutchFunctionWords(line));
                }
            }
        }
        int differ = 0;
        differ += compare("dutch sentences", VaardigAnalyzers.dutchSentencePositions(), VaardigAnalyzers.dutchSentences(),
                inputs);
        differ += compare("english", VaardigAnalyzers.englishPositions(), VaardigAnalyzers.english(), inputs);
        System.out.printf(Locale.ROOT, "%d texts, %d inputs: %d differ%n", texts.size(), inputs.size(), differ);
        if (differ > 0) {
            System.exit(1);
        }
    }

    private static int compare(String name, WordPositions wordwise, Analyzer whole, List<String> inputs) {
        int differ = 0;
        // twice: the first pass fills the memory, the second reads from it
        for (int pass = 0; pass < 2; pass++) {
            for (String input : inputs) {
                Map<String, Integer> expected = WordPositions.analysed(whole, input, QueryText.MAX_TERMS);
                Map<String, Integer> got = wordwise.of(input, QueryText.MAX_TERMS);
                if (!expected.equals(got) || !List.copyOf(expected.keySet()).equals(List.copyOf(got.keySet()))) {
                    if (differ++ < 10) {
                        System.out.printf(Locale.ROOT, "%s differs on \"%s\":%n  whole %s%n  words %s%n", name, input,
                                expected, got);
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d inputs x 2 passes, %d differ%n", name, inputs.size(), differ);
        return differ;
    }
}
