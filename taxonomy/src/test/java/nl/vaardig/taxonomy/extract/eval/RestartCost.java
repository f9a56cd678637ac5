package nl.vaardig.taxonomy.extract.eval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.extract.retrieval.OccupationContext;
import nl.vaardig.taxonomy.extract.retrieval.RetrievalSnapshots;
import nl.vaardig.taxonomy.extract.retrieval.SkillRetrieval;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * Thread CPU of the platform's skill retrieval as a start builds it ({@link SkillRetrieval#shipped(Taxonomy,
 * RetrievalSnapshots)} and the occupation context over the same snapshots, on this thread): a first start into an
 * empty snapshot folder (everything built, then written), then {@code ROUNDS} restarts that read the snapshots. Uses
 * public API only, so the same file runs on an older commit beside a newer one. Run with
 * {@code -Dexec.mainClass=nl.vaardig.taxonomy.extract.eval.RestartCost -Dexec.args="FOLDER [ROUNDS]"}.
 */
public final class RestartCost {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private RestartCost() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        if (Files.exists(folder)) {
            throw new IllegalArgumentException(folder + " exists: give a new folder");
        }
        for (int start = 0; start <= rounds; start++) {
            RetrievalSnapshots snapshots = RetrievalSnapshots.in(folder, "restart-cost", System.out::println);
            long cpu = THREADS.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            SkillRetrieval retrieval = SkillRetrieval.shipped(taxonomy, snapshots);
            retrieval.withOccupationContext(OccupationContext.build(taxonomy, SkillRetrieval.OCCUPATION_LIFT, snapshots));
            System.out.printf(Locale.ROOT, "%s: %.0f ms thread CPU, %.0f ms wall; %s%n",
                    start == 0 ? "first start" : "restart " + start, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6,
                    (System.nanoTime() - wall) / 1e6, snapshots.outcomes());
            snapshots.writePending();
        }
    }
}
