package nl.vaardig.taxonomy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import nl.vaardig.taxonomy.snapshot.EngineSnapshots;

/**
 * The engine snapshots of the shipped taxonomy, built when the application is packaged so that a first start reads
 * them instead of building them ({@link EngineSnapshots#installShipped}). Every snapshotted part depends only on the
 * shipped data and the code: the ESCO model, the job title index, the skill retrieval index with its occupation sentences, and the
 * occupation context — built here by the same calls as at a start ({@link SnapshottedParts}), so their keys are the ones a start asks for, as
 * long as the code version is the same (this module's jar, the one the application carries) and the data too (an ESCO
 * override folder or another CompetentNL extract at the start gives other keys: those parts are built then, as
 * before).
 *
 * <p>{@code java … nl.vaardig.taxonomy.ShippedEngineSnapshots <archive.zip>}: writes the archive (a zip of the
 * snapshot folders, {@link EngineSnapshots#exportTo}); the working folder decides where CompetentNL is found, as at a
 * start.
 */
public final class ShippedEngineSnapshots {

    private ShippedEngineSnapshots() {
    }

    /**
     * Builds every snapshotted part in a temporary folder under {@code work} for code version {@code codeVersion} and
     * writes them to {@code archive}. Returns how many snapshots it holds.
     */
    public static int build(String codeVersion, Path work, OutputStream archive) throws IOException {
        Path folder = Files.createTempDirectory(work, "engine-snapshots-");
        try {
            EngineSnapshots store = EngineSnapshots.in(folder, codeVersion, problem -> {
                throw new IllegalStateException(problem);
            });
            buildParts(store);
            store.writePending();
            return store.exportTo(archive);
        } finally {
            deleteTree(folder);
        }
    }

    /** The parts a start reads from the store, built two at a time as the start builds them. */
    static void buildParts(EngineSnapshots store) {
        SnapshottedParts parts = SnapshottedParts.in(store);
        TaxonomyRuntime.Esco esco = parts.esco();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<?>> built = List.of(
                    CompletableFuture.runAsync(() -> parts.runtime(esco, task -> { }), pool),
                    CompletableFuture.runAsync(() -> parts.skills(esco), pool),
                    CompletableFuture.runAsync(() -> parts.occupations(esco), pool));
            CompletableFuture.allOf(built.toArray(CompletableFuture[]::new)).join();
        } finally {
            pool.shutdown();
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ShippedEngineSnapshots <archive.zip>");
        }
        long started = System.nanoTime();
        Path archive = Path.of(args[0]).toAbsolutePath();
        Optional<String> codeVersion = EngineSnapshots.codeVersionOf(EngineSnapshots.class);
        if (codeVersion.isEmpty()) {
            throw new IllegalStateException("no code version: the taxonomy module's classes cannot be read");
        }
        if (EngineSnapshots.archiveIsOf(archive, codeVersion.get())) {
            System.out.printf(java.util.Locale.ROOT, "engine snapshots of code %s are up to date in %s%n",
                    codeVersion.get().substring(0, 12), archive);
            return;
        }
        Files.createDirectories(archive.getParent());
        Path partial = Files.createTempFile(archive.getParent(), ".engine-snapshots-", ".zip");
        try {
            int snapshots;
            try (OutputStream out = Files.newOutputStream(partial)) {
                snapshots = build(codeVersion.get(), archive.getParent(), out);
            }
            Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING);
            System.out.printf(java.util.Locale.ROOT, "%d engine snapshots (code %s) written to %s (%,d bytes) in %d s%n",
                    snapshots, codeVersion.get().substring(0, 12), archive, Files.size(archive),
                    (System.nanoTime() - started) / 1_000_000_000L);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
