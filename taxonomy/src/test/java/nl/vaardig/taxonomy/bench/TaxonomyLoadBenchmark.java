package nl.vaardig.taxonomy.bench;

import java.lang.management.ManagementFactory;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;

/**
 * Cold load of the shipped ESCO snapshot into the in-memory model, and the heap the model keeps. Run in a fresh JVM:
 * {@code ./mvnw -q -pl taxonomy test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=nl.vaardig.taxonomy.bench.TaxonomyLoadBenchmark}.
 */
public final class TaxonomyLoadBenchmark {

    private TaxonomyLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long heapBefore = usedHeapAfterGc();
        long t0 = System.nanoTime();
        EscoTaxonomyLoader.Loaded loaded = EscoTaxonomyLoader.shipped();
        long coldMs = (System.nanoTime() - t0) / 1_000_000;
        long heapAfter = usedHeapAfterGc();
        System.out.println(loaded.report().summary());
        System.out.printf("cold load (import + build): %d ms; JVM uptime at start of load: %d ms%n", coldMs,
                ManagementFactory.getRuntimeMXBean().getUptime() - coldMs);
        System.out.printf("heap retained by the model: %.1f MB%n", (heapAfter - heapBefore) / 1024.0 / 1024.0);
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            EscoTaxonomyLoader.shipped();
            System.out.printf("warm load %d: %d ms%n", i + 1, (System.nanoTime() - t) / 1_000_000);
        }
        if (loaded.taxonomy().skillCount() == 0) {
            throw new IllegalStateException("nothing loaded");
        }
    }

    static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
