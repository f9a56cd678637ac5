package nl.vaardig.taxonomy.extract.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.vaardig.taxonomy.extract.ExtractionOptions;
import nl.vaardig.taxonomy.extract.SkillExtractor;

/**
 * Thread CPU per document of the platform's extractor with and without a whole text's segment roles
 * ({@code SkillExtractor#withSegmentRoles(false)} is the code path before issue 13's round 11), in turns in one JVM, so
 * load falls on both alike. Corpora: the throughput bench's documents ({@code ExtractionThroughputBench
 * --write-corpus FILE}) and the Dutch dev vacancies. Run with
 * <pre>
 * ./mvnw -q -B -o -pl taxonomy exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=nl.vaardig.taxonomy.extract.eval.SegmentRolesCost -Dexec.args="CORPUS SECONDS ROUNDS"
 * </pre>
 */
public final class SegmentRolesCost {

    private SegmentRolesCost() {
    }

    public static void main(String[] args) throws Exception {
        EvalFixtures fixtures = EvalFixtures.load();
        Map<String, List<String>> corpora = new LinkedHashMap<>();
        corpora.put("bench corpus", List.of(Files.readString(Path.of(args[0])).split("\f\n")));
        Path dev = ExtractionEvaluation.DEFAULT_EVAL.resolve("nl_vacancies_dev/vacancies.jsonl");
        if (Files.exists(dev)) {
            corpora.put("NL dev vacancies", fixtures.vacancies(dev).stream().map(AnnotatedText::text).toList());
        }
        int seconds = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Map<String, SkillExtractor> variants = new LinkedHashMap<>();
        variants.put("before", fixtures.extractor().withSegmentRoles(false));
        variants.put("segment roles", fixtures.extractor());
        ExtractionOptions options = ExtractionOptions.defaults();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Map.Entry<String, List<String>> corpus : corpora.entrySet()) {
            // round 0 warms both up and is not reported
            for (int round = 0; round <= rounds; round++) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-17s round %d:", corpus.getKey(), round));
                for (Map.Entry<String, SkillExtractor> v : variants.entrySet()) {
                    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
                    long cpu = threads.getCurrentThreadCpuTime();
                    long docs = 0;
                    int sink = 0;
                    while (System.nanoTime() < deadline) {
                        for (String d : corpus.getValue()) {
                            sink += v.getValue().extract(d, options).skills().size();
                            docs++;
                        }
                    }
                    double ms = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / docs;
                    line.append(String.format(Locale.ROOT, "  %s %.3f ms CPU/doc (%d docs, %d)", v.getKey(), ms, docs, sink));
                }
                if (round > 0) {
                    System.out.println(line);
                }
            }
        }
    }
}
