package nl.vaardig.local.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** One throw-away data folder per JVM (tests), removed when the JVM exits. */
final class EphemeralDataDirectory {

    private static Path directory;

    private EphemeralDataDirectory() {
    }

    static synchronized Path forThisJvm() {
        if (directory == null) {
            try {
                directory = Files.createTempDirectory("vaardig-it-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path toDelete = directory;
            // Registered before the servers' own hook; deletion retries after they stopped.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(toDelete), "vaardig-tmp-cleanup"));
        }
        return directory;
    }

    static void deleteQuietly(Path root) {
        for (int attempt = 0; attempt < 20 && Files.exists(root); attempt++) {
            try (Stream<Path> paths = Files.walk(root)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // a server may still be writing; try again shortly
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
