package nl.vaardig.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.vaardig.taxonomy.snapshot.EngineSnapshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShippedEngineSnapshotsTest {

    private static final EngineSnapshots.Codec<String> TEXT = new EngineSnapshots.Codec<>() {
        @Override
        public SortedMap<String, byte[]> write(String part) {
            return new TreeMap<>(Map.of("text", part.getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public String read(Map<String, byte[]> files) {
            return new String(files.get("text"), StandardCharsets.UTF_8);
        }
    };

    @Test
    void anArchiveIsKeptOnlyWhenEverySnapshotInItIsOfThisCodeVersion(@TempDir Path temp) throws IOException {
        Path archive = temp.resolve("engine-snapshots.zip");
        assertThat(ShippedEngineSnapshots.upToDate(archive, "code-1")).as("no archive yet").isFalse();

        EngineSnapshots store = EngineSnapshots.in(temp.resolve("built"), "code-1", problem -> { });
        store.get("part", store.key(out -> out.writeUTF("content")), TEXT, () -> "built");
        store.get("other", store.key(out -> out.writeUTF("other")), TEXT, () -> "other");
        store.writePending();
        try (OutputStream out = Files.newOutputStream(archive)) {
            assertThat(store.exportTo(out)).isEqualTo(2);
        }
        assertThat(ShippedEngineSnapshots.upToDate(archive, "code-1")).isTrue();
        assertThat(ShippedEngineSnapshots.upToDate(archive, "code-2")).as("the taxonomy jar changed").isFalse();

        Path empty = temp.resolve("empty.zip");
        try (OutputStream out = Files.newOutputStream(empty)) {
            Path nothing = Files.createDirectories(temp.resolve("nothing"));
            assertThat(EngineSnapshots.in(nothing, "code-1", problem -> { }).exportTo(out)).isZero();
        }
        assertThat(ShippedEngineSnapshots.upToDate(empty, "code-1")).as("no snapshots in it").isFalse();
        Files.write(archive, new byte[] {1, 2, 3});
        assertThat(ShippedEngineSnapshots.upToDate(archive, "code-1")).as("not a zip").isFalse();
    }
}
