package nl.vaardig.taxonomy.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
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
    @Test
    void shippedSnapshotsAreCopiedIntoAFolderWithoutThisCodesAndThenRead(@TempDir Path temp) throws IOException {
        List<String> problems = new ArrayList<>();
        EngineSnapshots.KeyContent content = out -> out.writeUTF("content");
        EngineSnapshots packaged = EngineSnapshots.in(temp.resolve("packaged"), "code-1", problems::add);
        packaged.get("part", packaged.key(content), TEXT, () -> "built at package time");
        packaged.get("other-part", packaged.key(out -> out.writeUTF("other")), TEXT, () -> "other");
        packaged.writePending();
        byte[] archive = archive(packaged);

        // a first start: the folder holds an older code version's snapshot of the part, which the copy replaces
        Path folder = temp.resolve("data/engine-snapshot");
        EngineSnapshots old = EngineSnapshots.in(folder, "code-0", problems::add);
        old.get("part", old.key(content), TEXT, () -> "old");
        old.writePending();
        EngineSnapshots start = EngineSnapshots.in(folder, "code-1", problems::add);
        assertThat(start.installShipped(new ByteArrayInputStream(archive))).isEqualTo(2);
        assertThat(start.holdsThisCodeVersion()).isTrue();
        assertThat(start.get("part", start.key(content), TEXT, () -> "built at the start"))
                .isEqualTo("built at package time");
        assertThat(start.outcomes()).extracting(EngineSnapshots.Outcome::source)
                .containsExactly(EngineSnapshots.Source.READ);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("the old version of the part is gone, nothing half-written is left")
                    .hasSize(2).allMatch(name -> name.startsWith("part-") || name.startsWith("other-part-"));
        }
        // the next start holds this code's snapshots: nothing is copied again
        assertThat(EngineSnapshots.in(folder, "code-1", problems::add).installShipped(new ByteArrayInputStream(archive)))
                .isZero();
        assertThat(problems).isEmpty();
    }

    @Test
    void shippedSnapshotsOfAnotherCodeVersionAreNotCopied(@TempDir Path temp) throws IOException {
        EngineSnapshots packaged = EngineSnapshots.in(temp.resolve("packaged"), "code-1", message -> { });
        packaged.get("part", packaged.key(out -> out.writeUTF("content")), TEXT, () -> "packaged");
        packaged.writePending();

        Path folder = temp.resolve("engine-snapshot");
        EngineSnapshots start = EngineSnapshots.in(folder, "code-2", message -> { });
        assertThat(start.installShipped(new ByteArrayInputStream(archive(packaged)))).isZero();
        assertThat(start.get("part", start.key(out -> out.writeUTF("content")), TEXT, () -> "built")).isEqualTo("built");
        assertThat(EngineSnapshots.none().installShipped(new ByteArrayInputStream(archive(packaged)))).isZero();
    }

    @Test
    void aDamagedShippedFileIsNotUsedAndADamagedArchiveIsReported(@TempDir Path temp) throws IOException {
        EngineSnapshots packaged = EngineSnapshots.in(temp.resolve("packaged"), "code-1", message -> { });
        EngineSnapshots.KeyContent content = out -> out.writeUTF("content");
        packaged.get("part", packaged.key(content), TEXT, () -> "packaged");
        packaged.writePending();
        byte[] archive = archive(packaged);

        // the part's bytes changed in the archive (same length): copied, then refused on reading by its checksum
        byte[] changed = rewrite(archive, "text", "pbckaged".getBytes(StandardCharsets.UTF_8));
        List<String> problems = new ArrayList<>();
        EngineSnapshots start = EngineSnapshots.in(temp.resolve("a"), "code-1", problems::add);
        assertThat(start.installShipped(new ByteArrayInputStream(changed))).isEqualTo(1);
        assertThat(start.get("part", start.key(content), TEXT, () -> "built")).isEqualTo("built");
        assertThat(problems).singleElement().asString().contains("unusable");

        // not a zip of snapshot folders: reported, nothing copied, the part built
        problems.clear();
        EngineSnapshots other = EngineSnapshots.in(temp.resolve("b"), "code-1", problems::add);
        assertThat(other.installShipped(new ByteArrayInputStream(zipOf("../escape", new byte[] {1})))).isZero();
        assertThat(problems).singleElement().asString().contains("could not be copied");
        assertThat(other.holdsThisCodeVersion()).isFalse();
    }

    private static byte[] archive(EngineSnapshots store) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        store.exportTo(bytes);
        return bytes.toByteArray();
    }

    /** The archive with the content of every entry whose file name is {@code file} replaced. */
    private static byte[] rewrite(byte[] archive, String file, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(entry.getName().endsWith("/" + file) ? content : data);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] zipOf(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(name));
            out.write(content);
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void anArchiveIsKeptOnlyWhenEverySnapshotInItIsOfThisCodeVersion(@TempDir Path temp) throws IOException {
        Path archive = temp.resolve("engine-snapshots.zip");
        assertThat(EngineSnapshots.archiveIsOf(archive, "code-1")).as("no archive yet").isFalse();

        EngineSnapshots store = EngineSnapshots.in(temp.resolve("built"), "code-1", problem -> { });
        store.get("part", store.key(out -> out.writeUTF("content")), TEXT, () -> "built");
        store.get("other", store.key(out -> out.writeUTF("other")), TEXT, () -> "other");
        store.writePending();
        try (OutputStream out = Files.newOutputStream(archive)) {
            assertThat(store.exportTo(out)).isEqualTo(2);
        }
        assertThat(EngineSnapshots.archiveIsOf(archive, "code-1")).isTrue();
        assertThat(EngineSnapshots.archiveIsOf(archive, "code-2")).as("the taxonomy jar changed").isFalse();

        Path empty = temp.resolve("empty.zip");
        try (OutputStream out = Files.newOutputStream(empty)) {
            Path nothing = Files.createDirectories(temp.resolve("nothing"));
            assertThat(EngineSnapshots.in(nothing, "code-1", problem -> { }).exportTo(out)).isZero();
        }
        assertThat(EngineSnapshots.archiveIsOf(empty, "code-1")).as("no snapshots in it").isFalse();
        Files.write(archive, new byte[] {1, 2, 3});
        assertThat(EngineSnapshots.archiveIsOf(archive, "code-1")).as("not a zip").isFalse();
    }
}
