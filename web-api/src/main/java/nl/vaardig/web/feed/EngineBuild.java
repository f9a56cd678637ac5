package nl.vaardig.web.feed;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import nl.vaardig.matching.scoring.MatchWeights;
import nl.vaardig.matching.scoring.SkillGraph;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.taxonomy.extract.SkillExtractor;
import nl.vaardig.taxonomy.extract.retrieval.SkillRetrieval;
import nl.vaardig.taxonomy.search.TaxonomyTypeahead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The taxonomy and the engines built on it as one graph of futures, instead of three beans built one after the other
 * in the bean order: the ESCO model first, then the title matcher, the extractor's label model, its
 * retrieval index and the matching engine's skill graph side by side on the machine's cores, and the typeahead (the
 * largest part, needed only by the suggest box, which answers 503 until then) after them and after "ready"
 * ({@link #startBackgroundParts()}): built earlier, it took a core from the Spring context and the lifecycle starts,
 * which are what the platform waits for. {@link EngineBuildStarter} starts the build when the application starts, so
 * it runs beside the embedded servers and the Spring context, and releases the typeahead when the application is
 * ready; each bean in {@link FeedEngineDefaults} waits for its own part only.
 *
 * <p>One build per JVM: every part is immutable, so the contexts of one JVM (integration tests, a restart inside a
 * test) share it and the taxonomy is loaded once. A build that failed is not kept: the next context tries again.
 */
public final class EngineBuild {

    private static final Logger log = LoggerFactory.getLogger(EngineBuild.class);
    private static EngineBuild shared;

    private final CompletableFuture<TaxonomyRuntime> taxonomy;
    private final CompletableFuture<SkillExtractor> extractor;
    private final CompletableFuture<SkillGraph> skillGraph;
    /** Completed when the application is ready (or a caller needs the typeahead now). */
    private final CompletableFuture<Void> backgroundReleased = new CompletableFuture<>();

    EngineBuild(ExecutorService pool) {
        long started = System.nanoTime();
        // the typeahead waits until what the first requests need is built and the platform is ready, then takes the
        // pool's threads
        CompletableFuture<Void> firstNeeds = new CompletableFuture<>();
        Executor afterFirstNeeds = task -> firstNeeds.thenCombine(backgroundReleased, (a, b) -> a)
                .thenRunAsync(task, pool);
        taxonomy = CompletableFuture.supplyAsync(
                () -> TaxonomyRuntime.load(TaxonomyRuntime.Config.defaults(), afterFirstNeeds), pool);
        CompletableFuture<SkillRetrieval> retrieval =
                taxonomy.thenApplyAsync(runtime -> SkillRetrieval.withOccupations(runtime.taxonomy()), pool);
        CompletableFuture<SkillExtractor> labels =
                taxonomy.thenApplyAsync(runtime -> SkillExtractor.create(runtime.taxonomy()), pool);
        extractor = labels.thenCombine(retrieval, (model, index) -> model.withRetrieval(taxonomy.join().taxonomy(), index));
        skillGraph = taxonomy.thenApplyAsync(runtime -> SkillGraph.build(runtime.taxonomy(), MatchWeights.defaults()), pool);
        CompletableFuture.allOf(taxonomy, extractor, skillGraph).whenComplete((done, failure) -> {
            firstNeeds.complete(null);
            if (failure == null) {
                log.info("Taxonomy, skill extractor and skill graph built in {} ms (taxonomy parts: {}); the typeahead "
                        + "follows when the platform is ready", millisSince(started), taxonomy.join().timings());
            }
        });
        // also reached when the taxonomy failed: then nothing else runs on the pool
        taxonomy.thenCompose(TaxonomyRuntime::typeaheadBuild).whenComplete((typeahead, failure) -> {
            pool.shutdown();
            if (failure == null) {
                log.info("Typeahead built, {} ms after the start of the engine build", millisSince(started));
            }
        });
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** The JVM's build, started now if no build is running or done (or the last one failed). */
    public static synchronized EngineBuild shared() {
        if (shared == null || shared.failed()) {
            shared = new EngineBuild(Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
                    daemonThreads()));
        }
        return shared;
    }

    public TaxonomyRuntime taxonomy() {
        return taxonomy.join();
    }

    /**
     * Lets the parts built after "ready" (the typeahead) start once the engines are built: called when the application
     * is ready, or by whoever needs them at once. Idempotent.
     */
    public void startBackgroundParts() {
        backgroundReleased.complete(null);
    }

    /** The typeahead, started now if it waits for "ready", and waited for. */
    public TaxonomyTypeahead typeahead() {
        startBackgroundParts();
        return taxonomy().typeahead();
    }

    /** Label matching plus retrieval over skill documents (the public extract endpoint's extractor). */
    public SkillExtractor extractor() {
        return extractor.join();
    }

    public SkillGraph skillGraph() {
        return skillGraph.join();
    }

    private boolean failed() {
        return taxonomy.isCompletedExceptionally() || extractor.isCompletedExceptionally()
                || skillGraph.isCompletedExceptionally();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "engine-build-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
