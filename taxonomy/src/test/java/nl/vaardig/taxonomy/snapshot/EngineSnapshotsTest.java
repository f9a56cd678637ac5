package nl.vaardig.taxonomy.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineSnapshotsTest {

    /** A part that is one string, in one file. */
    private static final EngineSnapshots.Codec<String> TEXT = new EngineSnapshots.Codec<>() {
        @Override
        public SortedMap<String, byte[]> write(String part) {
            return new TreeMap<>(Map.of("text", part.getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public String read(Map<String, byte[]> files) throws IOException {
            byte[] bytes = files.get("text");
            if (bytes == null) {
                throw new IOException("no text file");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    };

    @Test
    void aFolderHoldsThisCodeVersionOnlyOnceThatCodeWroteASnapshotThere(@TempDir Path temp) throws IOException {
        Path folder = temp.resolve("engine-snapshot");
        List<String> problems = new ArrayList<>();
        EngineSnapshots first = EngineSnapshots.in(folder, "code-1", problems::add);
        assertThat(first.holdsThisCodeVersion()).as("no folder yet").isFalse();
        Files.createDirectories(folder);
        assertThat(first.holdsThisCodeVersion()).as("an empty folder").isFalse();

        assertThat(first.get("part", first.key(out -> out.writeUTF("content")), TEXT, () -> "built"))
                .isEqualTo("built");
        assertThat(first.holdsThisCodeVersion()).as("built, not yet written").isFalse();
        assertThat(first.writePending()).isEqualTo(1);
        assertThat(first.holdsThisCodeVersion()).isTrue();
        assertThat(EngineSnapshots.in(folder, "code-1", problems::add).holdsThisCodeVersion())
                .as("the next start of the same code").isTrue();

        EngineSnapshots upgraded = EngineSnapshots.in(folder, "code-2", problems::add);
        assertThat(upgraded.holdsThisCodeVersion()).as("only another code version's snapshot").isFalse();
        assertThat(EngineSnapshots.none().holdsThisCodeVersion()).isFalse();
        assertThat(problems).isEmpty();
    }

    @Test
    void anUnfinishedWriteOrAStrayFileDoesNotMakeARestart(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve(".part-writing-1"));
        Files.writeString(folder.resolve(".part-writing-1/manifest.properties"), "code=code-1\n");
        Files.createDirectories(folder.resolve("part-0123456789abcdef"));
        Files.writeString(folder.resolve("stray.txt"), "code=code-1\n");

        assertThat(EngineSnapshots.in(folder, "code-1", message -> { }).holdsThisCodeVersion()).isFalse();
    }
}
