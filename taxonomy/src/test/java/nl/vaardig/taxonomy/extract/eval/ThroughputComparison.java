package nl.vaardig.taxonomy.extract.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Several builds of the extractor in one JVM, one class loader each, measured in turns on the same corpus: on a busy
 * machine the load then falls on every build alike, so their ratio is fair where two separate runs are not.
 * A build is a source tree (e.g. {@code git archive COMMIT | tar -x -C DIR}) after {@code ./mvnw -q -o -pl taxonomy
 * test-compile}, with its test class path written by {@code dependency:build-classpath -Dmdep.includeScope=test
 * -Dmdep.outputFile=CP}. The corpus is documents separated by a form feed line ({@code \f\n}).
 * <pre>
 * java -cp taxonomy/target/test-classes nl.vaardig.taxonomy.extract.eval.ThroughputComparison \
 *     CORPUS labels|full|reranked SECONDS ROUNDS NAME=TREE:CP [NAME=TREE:CP ...]
 * </pre>
 * {@code labels} is label matching only ({@code SkillExtractor.create}), {@code full} the platform's extractor with
 * retrieval (the test fixtures' extractor), {@code reranked} the same with the shipped re-ranker over the candidates; builds from before retrieval existed run their only extractor in both modes.
 * A build given as {@code NAME=TREE:CP,common=S} runs its retrieval without the query terms of more than share S of
 * the skill documents ({@code SkillRetrieval.withoutCommonTerms}, issue 13 round 15); the same tree may be given twice.
 */
public final class ThroughputComparison {

    private record Build(String name, Object extractor, Method extract, Method skills, Object options) {
    }

    private ThroughputComparison() {
    }

    public static void main(String[] args) throws Exception {
        List<String> documents = List.of(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8).split("\f\n"));
        int[] sizes = documents.stream().mapToInt(d -> d.getBytes(StandardCharsets.UTF_8).length).toArray();
        String mode = args[1];
        int seconds = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        List<Build> builds = new ArrayList<>();
        for (String spec : Arrays.asList(args).subList(4, args.length)) {
            builds.add(load(spec, mode));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, List<Double>> results = new LinkedHashMap<>();
        // round -1 warms every build up and is not reported
        for (int round = -1; round < rounds; round++) {
            for (Build b : builds) {
                long deadline = System.nanoTime() + seconds * 1_000_000_000L;
                long cpu = threads.getCurrentThreadCpuTime();
                long bytes = 0;
                long docs = 0;
                long sink = 0;
                while (System.nanoTime() < deadline) {
                    for (int i = 0; i < sizes.length; i++) {
                        Object result = b.extract().invoke(b.extractor(), documents.get(i), b.options());
                        sink += ((List<?>) b.skills().invoke(result)).size();
                        bytes += sizes[i];
                        docs++;
                    }
                }
                long used = threads.getCurrentThreadCpuTime() - cpu;
                if (round >= 0) {
                    double mbPerSecond = bytes / 1e6 / (used / 1e9);
                    results.computeIfAbsent(b.name(), k -> new ArrayList<>()).add(mbPerSecond);
                    System.out.printf(Locale.ROOT, "round %d %s %s: %.2f MB/s per core of CPU time (%.3f ms CPU per document, %d skills returned in the round)%n",
                            round, b.name(), mode, mbPerSecond, used / 1e6 / docs, sink);
                }
            }
        }
        results.forEach((name, list) -> {
            List<Double> sorted = new ArrayList<>(list);
            Collections.sort(sorted);
            System.out.printf(Locale.ROOT, "median %s %s: %.2f MB/s per core of CPU time over %d rounds%n",
                    name, mode, sorted.get(sorted.size() / 2), sorted.size());
        });
    }

    private static Build load(String spec, String mode) throws Exception {
        String name = spec.substring(0, spec.indexOf('='));
        String[] buildAndOption = spec.substring(name.length() + 1).split(",common=", 2);
        String[] treeAndClassPath = buildAndOption[0].split(":", 2);
        List<URL> urls = new ArrayList<>();
        urls.add(Path.of(treeAndClassPath[0], "taxonomy/target/classes").toUri().toURL());
        urls.add(Path.of(treeAndClassPath[0], "taxonomy/target/test-classes").toUri().toURL());
        for (String jar : Files.readString(Path.of(treeAndClassPath[1])).strip().split(":")) {
            urls.add(Path.of(jar).toUri().toURL());
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        Class<?> fixtures = loader.loadClass("nl.vaardig.taxonomy.extract.eval.EvalFixtures");
        Class<?> extractorClass = loader.loadClass("nl.vaardig.taxonomy.extract.SkillExtractor");
        Class<?> optionsClass = loader.loadClass("nl.vaardig.taxonomy.extract.ExtractionOptions");
        Object loaded = fixtures.getMethod("load").invoke(null);
        boolean hasRetrieval = Arrays.stream(extractorClass.getMethods()).anyMatch(m -> m.getName().equals("withoutRetrieval"));
        Class<?> taxonomyClass = loader.loadClass("nl.vaardig.taxonomy.model.Taxonomy");
        Object extractor = "labels".equals(mode) && hasRetrieval
                ? extractorClass.getMethod("create", taxonomyClass).invoke(null, fixtures.getMethod("taxonomy").invoke(loaded))
                : fixtures.getMethod("extractor").invoke(loaded);
        if ("reranked".equals(mode)) {
            // the same index with the shipped re-ranker over its candidates
            Class<?> retrievalClass = loader.loadClass("nl.vaardig.taxonomy.extract.retrieval.SkillRetrieval");
            Class<?> rerankerClass = loader.loadClass("nl.vaardig.taxonomy.extract.retrieval.Reranker");
            Object model = ((java.util.Optional<?>) rerankerClass.getMethod("shipped").invoke(null)).orElseThrow();
            Object reranked = retrievalClass.getMethod("withReranker", rerankerClass)
                    .invoke(fixtures.getMethod("retrieval").invoke(loaded), model);
            extractor = extractorClass.getMethod("withRetrieval", taxonomyClass, retrievalClass)
                    .invoke(extractor, fixtures.getMethod("taxonomy").invoke(loaded), reranked);
        }
        if (buildAndOption.length == 2) {
            Class<?> retrievalClass = loader.loadClass("nl.vaardig.taxonomy.extract.retrieval.SkillRetrieval");
            Object current = fixtures.getMethod("retrieval").invoke(loaded);
            Object fewer = retrievalClass.getMethod("withoutCommonTerms", double.class)
                    .invoke(current, Double.parseDouble(buildAndOption[1]));
            extractor = extractorClass.getMethod("withRetrieval", taxonomyClass, retrievalClass)
                    .invoke(extractor, fixtures.getMethod("taxonomy").invoke(loaded), fewer);
        }
        Method skills = loader.loadClass("nl.vaardig.taxonomy.extract.ExtractionResult").getMethod("skills");
        return new Build(name, extractor, extractorClass.getMethod("extract", String.class, optionsClass), skills,
                optionsClass.getMethod("defaults").invoke(null));
    }
}
