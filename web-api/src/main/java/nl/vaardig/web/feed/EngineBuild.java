package nl.vaardig.web.feed;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import nl.vaardig.matching.scoring.MatchWeights;
import nl.vaardig.matching.scoring.SkillGraph;
import nl.vaardig.taxonomy.SnapshottedParts;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.taxonomy.extract.SkillExtractor;
import nl.vaardig.taxonomy.extract.retrieval.OccupationContext;
import nl.vaardig.taxonomy.extract.retrieval.RetrievalSnapshots;
import nl.vaardig.taxonomy.extract.retrieval.SkillRetrieval;
import nl.vaardig.taxonomy.search.TaxonomyTypeahead;
import nl.vaardig.taxonomy.snapshot.EngineSnapshots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The taxonomy and the engines built on it as one graph of futures, instead of three beans built one after the other
 * in the bean order: the ESCO model first, then side by side on the machine's cores the rest of the taxonomy runtime
 * (CompetentNL, then the job title matcher), the extractor's label model, its two retrieval indexes and the matching
 * engine's skill graph — on a restart each waits for the ESCO model only, on a first start ({@link Schedule}) for the
 * whole taxonomy runtime — and the typeahead (the
 * largest part, needed only by the suggest box, which answers 503 until then) after them and after "ready"
 * ({@link #startBackgroundParts()}): built earlier, it took a core from the Spring context and the lifecycle starts,
 * which are what the platform waits for. {@link EngineBuildStarter} starts the build when the application starts, so
 * it runs beside the embedded servers and the Spring context, and releases the typeahead when the application is
 * ready; each bean in {@link FeedEngineDefaults} waits for its own part only.
 *
 * <p>The ESCO model, the two retrieval indexes (skills, occupations; the skills' with its word translations), the skills'
 * occupation sentences and the job title index are read from {@link EngineSnapshots} in
 * the data folder ({@link RetrievalSnapshots}, {@code JobTitleMatcher.build(…, EngineSnapshots)}) when it holds them
 * for this code and data ({@link #useSources}: the folder is known once the environment is prepared, a moment
 * after the build started; every part waits for it); otherwise they are built, and written
 * there after "ready" and the typeahead, so that the next start reads them. A folder without this code's snapshots (a
 * first start) first gets the ones built when the jar was packaged ({@link #SHIPPED_SNAPSHOTS}), so a first start
 * reads them too when the shipped data is what it runs on. An operator's ESCO folder ({@link Sources#taxonomy()},
 * e.g. the official Dutch skill labels) makes the ESCO model parsed at every start and gives the parts built on it
 * other keys: they are built at the first start with it and read from their snapshots after that.
 *
 * <p>One build per JVM: every part is immutable, so the contexts of one JVM (integration tests, a restart inside a
 * test) share it and the taxonomy is loaded once. A build that failed is not kept: the next context tries again.
 */
public final class EngineBuild {

    private static final Logger log = LoggerFactory.getLogger(EngineBuild.class);
    /**
     * The engine snapshots of the shipped data, built when the jar is packaged
     * ({@code nl.vaardig.taxonomy.ShippedEngineSnapshots}, web-api's pom); absent in a build that skipped it.
     */
    static final String SHIPPED_SNAPSHOTS = "/engine-snapshots.zip";
    private static EngineBuild shared;

    private final CompletableFuture<TaxonomyRuntime> taxonomy;
    private final CompletableFuture<SkillExtractor> extractor;
    private final CompletableFuture<SkillGraph> skillGraph;
    /** What the build reads from, once the environment says ({@link EngineBuildSources}). */
    private final CompletableFuture<Sources> sources;
    private final CompletableFuture<EngineSnapshots> snapshots;
    private final CompletableFuture<Schedule> schedule;
    /** What became of the shipped snapshots at this start (copied, not needed, none), for the build's log line. */
    private final AtomicReference<String> shippedCopy = new AtomicReference<>("no snapshot folder");
    /** Completed when the application is ready (or a caller needs the typeahead now). */
    private final CompletableFuture<Void> backgroundReleased = new CompletableFuture<>();

    /** When the extractor's parts and the skill graph start. */
    enum Schedule {
        /** A restart: the snapshot folder holds this code's parts, so they start as soon as the ESCO model is loaded. */
        AFTER_ESCO("after the ESCO model: a restart"),
        /**
         * Every part is built (no folder, an empty one, or only another code version's snapshots): they start after
         * the whole taxonomy runtime (CompetentNL and the title matcher), two at a time, so that a core is left for the
         * Spring context and the embedded servers while the title matcher builds.
         */
        AFTER_TAXONOMY("after the taxonomy runtime: nothing to read");

        private final String description;

        Schedule(String description) {
            this.description = description;
        }
    }

    /**
     * What a build reads from: the folder of its snapshots (empty: none) and the taxonomy's configuration (an
     * operator's ESCO folder, whose files take precedence over the shipped ones).
     */
    record Sources(Optional<Path> snapshotFolder, TaxonomyRuntime.Config taxonomy) {
        Sources {
            Objects.requireNonNull(snapshotFolder, "snapshotFolder");
            Objects.requireNonNull(taxonomy, "taxonomy");
        }

        /** The shipped data, and no snapshots. */
        static Sources none() {
            return snapshotsIn(Optional.empty());
        }

        /** The shipped data, with the snapshots in {@code folder} (empty: none). */
        static Sources snapshotsIn(Optional<Path> folder) {
            return new Sources(folder, TaxonomyRuntime.Config.defaults());
        }
    }

    /** A build without snapshots (tests). */
    EngineBuild(ExecutorService pool) {
        this(pool, CompletableFuture.completedFuture(Sources.none()));
    }

    /** A build without shipped snapshots (tests). */
    EngineBuild(ExecutorService pool, CompletableFuture<Sources> sources) {
        this(pool, sources, Optional.empty());
    }

    /**
     * {@code shipped}: the engine snapshots built when the application was packaged ({@link #SHIPPED_SNAPSHOTS}),
     * copied into an empty snapshot folder before the parts are read or built.
     */
    EngineBuild(ExecutorService pool, CompletableFuture<Sources> sources, Optional<URL> shipped) {
        long started = System.nanoTime();
        this.sources = sources;
        // the typeahead waits until what the first requests need is built and the platform is ready, then takes the
        // pool's threads; the snapshot writes follow it
        CompletableFuture<Void> firstNeeds = new CompletableFuture<>();
        Executor afterFirstNeeds = task -> firstNeeds.thenCombine(backgroundReleased, (a, b) -> a)
                .thenRunAsync(task, pool);
        // the ESCO model first; the engines need only it, so they do not wait for CompetentNL and the title matcher. It
        // is read from its snapshot when the folder holds one (a restart, or a first start with the shipped ones), so
        // it waits for the folder, as the indexes do
        snapshots = sources.thenApplyAsync(from -> snapshotsIn(from.snapshotFolder(), shipped, shippedCopy), pool);
        CompletableFuture<SnapshottedParts> parts = snapshots.thenCombine(sources,
                (store, from) -> SnapshottedParts.in(store, from.taxonomy()));
        CompletableFuture<TaxonomyRuntime.Esco> esco = parts.thenApplyAsync(SnapshottedParts::esco, pool);
        taxonomy = esco.thenCombineAsync(parts, (model, built) -> built.runtime(model, afterFirstNeeds), pool);
        // a restart reads the title index (well under a second), so the engines start on the ESCO model alone; a first
        // start builds every part, and all of them at once on two cores beside the Spring context and the embedded
        // servers made it 10-18 s slower with 20-30 s more CPU (round 9): then they wait for the whole taxonomy runtime
        schedule = snapshots.thenApply(store -> store.holdsThisCodeVersion() ? Schedule.AFTER_ESCO : Schedule.AFTER_TAXONOMY);
        CompletableFuture<TaxonomyRuntime.Esco> engineStart = schedule.thenCompose(when ->
                when == Schedule.AFTER_ESCO ? esco : taxonomy.thenApply(runtime -> esco.join()));
        CompletableFuture<SkillRetrieval> skills = engineStart.thenCombineAsync(parts,
                (model, built) -> built.skills(model), pool);
        CompletableFuture<OccupationContext> occupations = engineStart.thenCombineAsync(parts,
                (model, built) -> built.occupations(model), pool);
        CompletableFuture<SkillExtractor> labels =
                engineStart.thenApplyAsync(model -> SkillExtractor.create(model.taxonomy()), pool);
        extractor = labels.thenCombine(skills.thenCombine(occupations, SkillRetrieval::withOccupationContext),
                (model, index) -> model.withRetrieval(esco.join().taxonomy(), index));
        skillGraph = engineStart.thenApplyAsync(model -> SkillGraph.build(model.taxonomy(), MatchWeights.defaults()),
                pool);
        CompletableFuture.allOf(taxonomy, extractor, skillGraph).whenComplete((done, failure) -> {
            firstNeeds.complete(null);
            if (failure == null) {
                log.info("Taxonomy, skill extractor and skill graph built in {} ms (engines {}; taxonomy parts: {}; "
                        + "shipped snapshots: {}; snapshots: {}); the typeahead follows when the platform is ready",
                        millisSince(started), schedule.join().description, taxonomy.join().timings(),
                        shippedCopy.get(), snapshots.join().outcomes());
            }
        });
        // also reached when the taxonomy failed: then nothing else runs on the pool
        CompletableFuture<Void> typeahead = taxonomy.thenCompose(TaxonomyRuntime::typeaheadBuild)
                .handle((built, failure) -> {
                    if (failure == null) {
                        log.info("Typeahead built, {} ms after the start of the engine build", millisSince(started));
                    }
                    return null;
                });
        // after the typeahead, so that after "ready" one background thread competes with the requests, as before
        CompletableFuture.allOf(extractor, skillGraph, typeahead)
                .thenRunAsync(() -> writeSnapshots(snapshots.join()), pool)
                .whenComplete((done, failure) -> pool.shutdown());
    }

    private static EngineSnapshots snapshotsIn(Optional<Path> folder, Optional<URL> shipped,
            AtomicReference<String> shippedCopy) {
        if (folder.isEmpty()) {
            return EngineSnapshots.none();
        }
        Optional<String> codeVersion = EngineSnapshots.codeVersionOf(EngineSnapshots.class);
        if (codeVersion.isEmpty()) {
            log.info("No code version for the engine snapshots (the taxonomy module's classes cannot be read): "
                    + "the retrieval and title indexes are built at every start");
            return EngineSnapshots.none();
        }
        EngineSnapshots store = EngineSnapshots.in(folder.get(), codeVersion.get(), log::warn);
        shippedCopy.set(shipped.map(archive -> installShipped(store, archive)).orElse("none in this build"));
        return store;
    }

    /**
     * Copies the shipped snapshots into a folder that holds none of this code version (a first start); what it did,
     * for the build's log line (this runs before the logging system is set up, which drops earlier lines).
     */
    private static String installShipped(EngineSnapshots store, URL archive) {
        if (store.holdsThisCodeVersion()) {
            return "not needed";
        }
        long started = System.nanoTime();
        try (InputStream in = archive.openStream()) {
            int installed = store.installShipped(in);
            return installed + " copied in " + millisSince(started) + " ms"
                    + (installed == 0 ? " (none of this code version, or the archive is damaged: the parts are built)" : "");
        } catch (java.io.IOException e) {
            return "unreadable (" + e.getMessage() + "): the parts are built";
        }
    }

    private static void writeSnapshots(EngineSnapshots store) {
        long started = System.nanoTime();
        try {
            int written = store.writePending();
            if (written > 0) {
                log.info("{} engine snapshot(s) written to {} in {} ms", written, store.root().orElseThrow(),
                        millisSince(started));
            }
        } catch (java.io.IOException | RuntimeException e) {
            log.warn("Engine snapshots could not be written to {}: the next start builds the indexes again",
                    store.root().map(Path::toString).orElse("-"), e);
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /**
     * The JVM's build, started now if no build is running or done (or the last one failed); a build started here
     * keeps no snapshots.
     */
    public static synchronized EngineBuild shared() {
        if (shared == null || shared.failed()) {
            shared = new EngineBuild(pool(), CompletableFuture.completedFuture(Sources.none()));
        }
        return shared;
    }

    /**
     * As {@link #shared()}, but a build started here waits for {@link #useSources} before it reads anything (the
     * application's start: the snapshot folder and the ESCO folder are known once the environment is prepared).
     */
    static synchronized EngineBuild startShared() {
        if (shared == null || shared.failed()) {
            shared = new EngineBuild(pool(), new CompletableFuture<>(),
                    Optional.ofNullable(EngineBuild.class.getResource(SHIPPED_SNAPSHOTS)));
        }
        return shared;
    }

    /**
     * What the build reads from. Only the first call of a build counts: later contexts of the JVM share the parts
     * already read or built.
     */
    void useSources(Sources from) {
        sources.complete(from);
    }

    private static ExecutorService pool() {
        return Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), daemonThreads());
    }

    /** What became of the snapshotted parts (read from a snapshot or built); empty until the folder is known. */
    public java.util.List<EngineSnapshots.Outcome> snapshotOutcomes() {
        return snapshots.isDone() && !snapshots.isCompletedExceptionally() ? snapshots.join().outcomes()
                : java.util.List.of();
    }

    /** What became of the shipped snapshots (known once the snapshot folder is). */
    String shippedSnapshots() {
        snapshots.join();
        return shippedCopy.get();
    }

    /** When the engines start (known once the snapshot folder is). */
    Schedule schedule() {
        return schedule.join();
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
