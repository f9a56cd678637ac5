package nl.vaardig.taxonomy.extract.eval;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.vaardig.taxonomy.extract.ExtractionOptions;
import nl.vaardig.taxonomy.extract.SkillExtractor;

/**
 * What a request on a fresh thread costs the platform's extractor: the web API serves each request on a new virtual
 * thread, so everything kept per thread (Lucene's reused analysis chains, the stem memories, the retrieval
 * accumulators) starts empty for every text, which the single-thread bench never sees. Each round extracts the corpus
 * once on this thread and once with every document on a new virtual thread, in turns; process CPU time (the threads
 * of a virtual thread's carrier, GC and JIT included), so only the difference between the two in one round compares.
 * <pre>
 * java -cp taxonomy/target/test-classes:taxonomy/target/classes:$(cat CP) \
 *     nl.vaardig.taxonomy.extract.eval.FreshThreadCost CORPUS SECONDS ROUNDS
 * </pre>
 */
public final class FreshThreadCost {

    private FreshThreadCost() {
    }

    public static void main(String[] args) throws Exception {
        List<String> documents = List.of(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8).split("\f\n"));
        int seconds = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        SkillExtractor extractor = EvalFixtures.load().extractor();
        ExtractionOptions options = ExtractionOptions.defaults();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int round = -1; round < rounds; round++) {
            for (boolean fresh : new boolean[] {false, true}) {
                long deadline = System.nanoTime() + seconds * 1_000_000_000L;
                long cpu = os.getProcessCpuTime();
                long docs = 0;
                while (System.nanoTime() < deadline) {
                    for (String d : documents) {
                        if (fresh) {
                            Thread t = Thread.ofVirtual().start(() -> extractor.extract(d, options));
                            t.join();
                        } else {
                            extractor.extract(d, options);
                        }
                        docs++;
                    }
                }
                long used = os.getProcessCpuTime() - cpu;
                if (round >= 0) {
                    System.out.printf(Locale.ROOT, "round %d %s: %.3f ms process CPU per document (%d documents)%n",
                            round, fresh ? "a new virtual thread per document" : "one thread", used / 1e6 / docs, docs);
                }
            }
        }
    }
}
