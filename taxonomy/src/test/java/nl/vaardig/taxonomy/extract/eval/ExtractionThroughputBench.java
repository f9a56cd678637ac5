package nl.vaardig.taxonomy.extract.eval;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.vaardig.taxonomy.extract.ExtractionOptions;
import nl.vaardig.taxonomy.extract.SkillExtractor;

/**
 * Single-thread throughput of {@link SkillExtractor#extract} in MB/s of UTF-8 input (one core). Corpus: the
 * Dutch vacancy set plus, when present, the English benchmark sentences grouped into 2 kB documents.
 * <pre>
 * ./mvnw -q -B -pl taxonomy test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=nl.vaardig.taxonomy.extract.eval.ExtractionThroughputBench -Dexec.args="[seconds]"
 * </pre>
 * {@code -Dexec.args="--write-corpus FILE"} writes the corpus for {@link ThroughputComparison} instead.
 */
public final class ExtractionThroughputBench {

    private ExtractionThroughputBench() {
    }

    public static void main(String[] args) throws java.io.IOException {
        boolean writeCorpus = args.length == 2 && "--write-corpus".equals(args[0]);
        boolean dump = args.length == 2 && "--dump".equals(args[0]);
        int seconds = args.length > 0 && !writeCorpus && !dump ? Integer.parseInt(args[0]) : 10;
        EvalFixtures fixtures = EvalFixtures.load();
        SkillExtractor extractor = fixtures.extractor();
        List<String> documents = new ArrayList<>();
        fixtures.dutchSet().forEach(t -> documents.add(t.text()));
        int dutch = documents.size();
        for (String split : List.of("tech", "house")) {
            Path file = ExtractionEvaluation.DEFAULT_BENCHMARK.resolve(split + "_validation_annotations.csv");
            if (Files.exists(file)) {
                StringBuilder doc = new StringBuilder();
                for (AnnotatedText t : fixtures.annotations(file)) {
                    doc.append(t.text()).append('\n');
                    if (doc.length() > 2_000) {
                        documents.add(doc.toString());
                        doc.setLength(0);
                    }
                }
            }
        }
        if (writeCorpus) {
            // the same documents for ThroughputComparison, which measures other builds on them
            Files.writeString(Path.of(args[1]), String.join("\f\n", documents), StandardCharsets.UTF_8);
            System.out.printf(Locale.ROOT, "corpus: %d documents written to %s%n", documents.size(), args[1]);
            return;
        }
        if (dump) {
            dump(fixtures, documents, Path.of(args[1]));
            return;
        }
        long bytesPerPass = documents.stream().mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length).sum();
        ExtractionOptions options = ExtractionOptions.defaults();
        run(extractor, documents, options, Math.max(2, seconds / 2));
        long[] measured = run(extractor, documents, options, seconds);
        double mb = measured[0] / 1e6;
        double secs = measured[1] / 1e9;
        double cpuSecs = measured[3] / 1e9;
        System.out.printf(Locale.ROOT, "corpus: %d documents (%d Dutch vacancies), %.1f kB per pass%n",
                documents.size(), dutch, bytesPerPass / 1e3);
        System.out.printf(Locale.ROOT, "throughput: %.2f MB/s per core of CPU time (%.3f ms CPU per document);"
                        + " %.2f MB/s wall clock on one thread%n",
                mb / cpuSecs, cpuSecs * 1e3 / measured[2], mb / secs);
        // the same with the learnt re-ranker over the retrieved candidates (an ablation: the platform runs retrieval order)
        SkillExtractor reranked = extractor.withRetrieval(fixtures.taxonomy(), fixtures.retrieval().withReranker(
                nl.vaardig.taxonomy.extract.retrieval.Reranker.shipped().orElseThrow()));
        run(reranked, documents, options, Math.max(2, seconds / 2));
        long[] withReranker = run(reranked, documents, options, seconds);
        System.out.printf(Locale.ROOT, "with the re-ranker: %.2f MB/s per core of CPU time (%.3f ms CPU per document)%n",
                withReranker[0] / 1e6 / (withReranker[3] / 1e9), withReranker[3] / 1e6 / withReranker[2]);
        // the same without retrieval over skill documents: what the retrieved candidates cost
        SkillExtractor labelsOnly = extractor.withoutRetrieval();
        run(labelsOnly, documents, options, Math.max(2, seconds / 2));
        long[] labels = run(labelsOnly, documents, options, seconds);
        System.out.printf(Locale.ROOT, "without retrieval: %.2f MB/s per core of CPU time (%.3f ms CPU per document)%n",
                labels[0] / 1e6 / (labels[3] / 1e9), labels[3] / 1e6 / labels[2]);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        nl.vaardig.taxonomy.extract.retrieval.SkillRetrieval.shipped(fixtures.taxonomy());
        System.out.printf(Locale.ROOT, "building retrieval (skill documents, Lucene index, terms, re-ranker load): %.1f s CPU, %.1f s wall%n",
                (threads.getCurrentThreadCpuTime() - cpu) / 1e9, (System.nanoTime() - wall) / 1e9);
    }

    /**
     * Every document's full result from the three extractors (retrieval order, re-ranked, labels only), one line each:
     * a speed-up that changes no result leaves this file byte for byte the same.
     */
    private static void dump(EvalFixtures fixtures, List<String> documents, Path file) throws java.io.IOException {
        SkillExtractor full = fixtures.extractor();
        SkillExtractor reranked = full.withRetrieval(fixtures.taxonomy(), fixtures.retrieval().withReranker(
                nl.vaardig.taxonomy.extract.retrieval.Reranker.shipped().orElseThrow()));
        SkillExtractor labels = full.withoutRetrieval();
        ExtractionOptions options = ExtractionOptions.defaults();
        List<String> lines = new ArrayList<>();
        for (String d : documents) {
            lines.add("full " + canonical(full.extract(d, options)));
            lines.add("reranked " + canonical(reranked.extract(d, options)));
            lines.add("labels " + canonical(labels.extract(d, options)));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "results of %d documents × 3 extractors written to %s%n", documents.size(), file);
    }

    /** The result as text with the kinds of evidence in enum order ({@code Set.copyOf} iterates in a per-JVM order). */
    private static String canonical(nl.vaardig.taxonomy.extract.ExtractionResult result) {
        List<String> skills = result.skills().stream().map(s -> s.toString().replaceFirst("kinds=\\[[^\\]]*\\]",
                java.util.regex.Matcher.quoteReplacement("kinds=" + new java.util.TreeSet<>(s.kinds())))).toList();
        return result.language() + " " + result.occupations() + " " + skills + " " + result.warnings();
    }

    /** Returns {bytes, wall nanos, documents, CPU nanos of this thread}; CPU time is immune to other load. */
    private static long[] run(SkillExtractor extractor, List<String> documents, ExtractionOptions options, int seconds) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        // UTF-8 sizes once, before the clock starts: the bench measures the extractor, not the encoder
        int[] sizes = documents.stream().mapToInt(d -> d.getBytes(StandardCharsets.UTF_8).length).toArray();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long bytes = 0;
        long docs = 0;
        int sink = 0;
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < sizes.length; i++) {
                sink += extractor.extract(documents.get(i), options).skills().size();
                bytes += sizes[i];
                docs++;
            }
        }
        if (sink == Integer.MIN_VALUE) {
            System.out.println(sink);
        }
        return new long[] {bytes, System.nanoTime() - start, docs, threads.getCurrentThreadCpuTime() - cpuStart};
    }
}
