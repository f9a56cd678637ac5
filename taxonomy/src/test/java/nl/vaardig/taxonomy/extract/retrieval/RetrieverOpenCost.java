package nl.vaardig.taxonomy.extract.retrieval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.taxonomy.snapshot.EngineSnapshots;

/**
 * Thread CPU of what a restart does to open the platform's skill retrieval from its snapshot (issue 16, round 14):
 * {@link SkillRetrieval#shipped(Taxonomy, RetrievalSnapshots)} over a snapshot folder a start of the platform wrote,
 * then the same index queried with the hand-set weights and with the platform's weights again
 * ({@link SkillRetrieval#withWeights}: the impacts merged once more), and one English and one Dutch query after each.
 * Run with the test classpath: {@code RetrieverOpenCost SNAPSHOT_FOLDER CODE_VERSION [ROUNDS]}, the folder a copy of
 * a data folder's {@code snapshots} (the code version is in its manifests).
 */
public final class RetrieverOpenCost {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private RetrieverOpenCost() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        String codeVersion = args[1];
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        for (int round = 1; round <= rounds; round++) {
            EngineSnapshots store = EngineSnapshots.in(folder, codeVersion, System.out::println);
            SkillRetrieval platform = timed(round, "open from the snapshot (platform weights)", () ->
                    SkillRetrieval.shipped(taxonomy, RetrievalSnapshots.on(store)));
            System.out.println("  " + store.outcomes());
            timed(round, "first English query", () -> platform.score("manage a team of nurses", false, 10));
            timed(round, "first Dutch query", () -> platform.score("leiding geven aan een team verpleegkundigen", true, 10));
            SkillRetrieval handSet = timed(round, "the same index with the hand-set weights", () ->
                    platform.withWeights(QueryWeights.HAND_SET));
            timed(round, "the platform's weights again", () -> handSet.withWeights(SkillRetrieval.PLATFORM_WEIGHTS));
        }
    }

    private static <T> T timed(int round, String what, Supplier<T> step) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        T out = step.get();
        System.out.printf(Locale.ROOT, "round %d %-48s %8.0f ms thread CPU%n", round, what,
                (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
        return out;
    }
}
