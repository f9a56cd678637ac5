package nl.vaardig.taxonomy.snapshot;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.CodeSource;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Built engine parts kept in a folder between starts, so that a restart reads them instead of building them again
 * (the retrieval indexes, the job title index). Each snapshot is keyed by a SHA-256 of everything that decides its
 * content ({@link #key}: the code version of the taxonomy module — its jar or classes, which hold the analysis code and
 * the shipped data — plus what the part writes: its format, library versions, every input and option); any change
 * gives another key and so a rebuild. A snapshot is a folder {@code <name>-<key>} with the part's files and a manifest
 * (key, and the size and CRC32C of every file) written last and moved into place in one rename; one whose manifest,
 * sizes, checksums or content do not hold is reported, deleted and rebuilt, never used. A part built here is written
 * by {@link #writePending()}, which the caller runs when the platform is ready, so a first start is not slower; the
 * other versions of the same name are deleted then.
 *
 * <p>The files are read into memory, so a folder replaced or deleted while the platform runs does not affect it.
 */
public final class EngineSnapshots {

    private static final String MANIFEST = "manifest.properties";
    /** The manifest's property naming the code version that wrote the snapshot ({@link #holdsThisCodeVersion()}). */
    private static final String CODE = "code";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    /** A file of a snapshot: one name, or one folder and a name; no other paths. */
    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*(/[A-Za-z0-9_][A-Za-z0-9._-]*)?");
    /** A snapshot's folder in the shipped archive: {@code <name>-<16 hex digits of its key>}. */
    private static final Pattern SHIPPED_FOLDER = Pattern.compile("[a-z][a-z0-9-]*-[0-9a-f]{16}");

    /** What became of one part at this start. */
    public enum Source { READ, BUILT }

    /** One part's outcome: read from its snapshot, or built (and why: no snapshot, or an unusable one). */
    public record Outcome(String name, Source source, String detail, long millis) {
        public Outcome {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public String toString() {
            return name + " " + source.name().toLowerCase(Locale.ROOT) + " in " + millis + " ms (" + detail + ")";
        }
    }

    /** How a part becomes files and back. {@code read} throws on content that does not parse. */
    public interface Codec<T> {
        SortedMap<String, byte[]> write(T part) throws IOException;

        T read(Map<String, byte[]> files) throws IOException;
    }

    /** Writes what decides a part's content into its key. */
    @FunctionalInterface
    public interface KeyContent {
        void writeTo(DataOutputStream out) throws IOException;
    }

    private record Pending<T>(String name, String key, T part, Codec<T> codec) {
        SortedMap<String, byte[]> files() throws IOException {
            return codec.write(part);
        }
    }

    private final Path root;
    private final String codeVersion;
    private final Consumer<String> problems;
    private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    private final List<Pending<?>> pending = Collections.synchronizedList(new ArrayList<>());

    private EngineSnapshots(Path root, String codeVersion, Consumer<String> problems) {
        this.root = root;
        this.codeVersion = codeVersion;
        this.problems = problems;
    }

    /** No folder: every part is built, nothing is written. */
    public static EngineSnapshots none() {
        return new EngineSnapshots(null, "", message -> { });
    }

    /**
     * Snapshots in {@code root} (created when the first is written) for code of {@code codeVersion}
     * ({@link #codeVersionOf}); {@code problems} hears of every unusable snapshot (it is rebuilt).
     */
    public static EngineSnapshots in(Path root, String codeVersion, Consumer<String> problems) {
        Objects.requireNonNull(root, "root");
        if (codeVersion == null || codeVersion.isBlank()) {
            throw new IllegalArgumentException("a code version is needed");
        }
        return new EngineSnapshots(root, codeVersion, Objects.requireNonNull(problems, "problems"));
    }

    public Optional<Path> root() {
        return Optional.ofNullable(root);
    }

    /** What became of each part asked for so far. */
    public List<Outcome> outcomes() {
        synchronized (outcomes) {
            return List.copyOf(outcomes);
        }
    }

    /**
     * Whether the folder holds at least one sound-looking snapshot written by this code version (its manifest names
     * it): then this start is a restart that reads its parts. False without a folder, on an empty one, and when only
     * snapshots of another code version are there (the first start after an upgrade): every part will be built. Only
     * the manifests are read, not the parts' files.
     */
    public boolean holdsThisCodeVersion() {
        if (root == null || !Files.isDirectory(root)) {
            return false;
        }
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(folder -> !folder.getFileName().toString().startsWith("."))
                    .map(folder -> folder.resolve(MANIFEST))
                    .filter(Files::isRegularFile)
                    .anyMatch(manifest -> codeVersion.equals(manifestProperty(manifest, CODE)));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private static String manifestProperty(Path manifestFile, String property) {
        try {
            return loadManifest(manifestFile).getProperty(property);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static Properties loadManifest(Path manifestFile) throws IOException {
        return parseManifest(Files.readAllBytes(manifestFile));
    }

    private static Properties parseManifest(byte[] bytes) throws IOException {
        Properties manifest = new Properties();
        manifest.load(new java.io.StringReader(new String(bytes, StandardCharsets.UTF_8)));
        return manifest;
    }

    /**
     * SHA-256 (hex) of the code version and {@code content}: the key of a part whose content {@code content} decides.
     * Without a folder the key is not needed and not computed (empty string).
     */
    public String key(KeyContent content) {
        if (root == null) {
            return "";
        }
        MessageDigest sha = sha256();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new DigestOutputStream(OutputStream.nullOutputStream(), sha)))) {
            out.writeUTF("vaardig engine snapshot");
            out.writeUTF(codeVersion);
            content.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * The part named {@code name}: read from its snapshot when one with {@code key} is there and sound, otherwise
     * {@code build} (and written at the next {@link #writePending}).
     */
    public <T> T get(String name, String key, Codec<T> codec, Supplier<T> build) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("snapshot name must be lower-case letters, digits and '-': " + name);
        }
        long started = System.nanoTime();
        if (root == null) {
            T built = build.get();
            outcomes.add(new Outcome(name, Source.BUILT, "no snapshot folder", millisSince(started)));
            return built;
        }
        Path folder = folder(name, key);
        String why = "no snapshot of this version";
        if (Files.isDirectory(folder)) {
            try {
                T read = codec.read(readFiles(folder, key));
                outcomes.add(new Outcome(name, Source.READ, folder.getFileName().toString(), millisSince(started)));
                return read;
            } catch (IOException | RuntimeException e) {
                why = "unusable snapshot: " + e.getMessage();
                problems.accept("Snapshot " + folder + " is unusable (" + e.getMessage() + "); it is deleted and rebuilt");
                deleteQuietly(folder);
            }
        }
        T built = build.get();
        pending.add(new Pending<>(name, key, built, codec));
        outcomes.add(new Outcome(name, Source.BUILT, why, millisSince(started)));
        return built;
    }

    /**
     * Writes the snapshot of every part built since the last call, and deletes the other versions of each name.
     * Returns how many were written.
     */
    public int writePending() throws IOException {
        List<Pending<?>> todo;
        synchronized (pending) {
            todo = List.copyOf(pending);
            pending.clear();
        }
        for (Pending<?> p : todo) {
            write(p.name(), p.key(), p.files());
        }
        return todo.size();
    }

    /**
     * Writes every sound snapshot of the folder written by this code version (its manifest names it, its files match
     * their sizes and checksums) into {@code zip}: the entries {@code <snapshot folder>/<file>}, each folder's manifest
     * last. This is what the build ships ({@link #installShipped}). Returns how many snapshots were written.
     */
    public int exportTo(OutputStream zip) throws IOException {
        if (root == null) {
            throw new IllegalStateException("no snapshot folder");
        }
        List<Path> folders;
        try (Stream<Path> list = Files.list(root)) {
            folders = list.filter(folder -> !folder.getFileName().toString().startsWith("."))
                    .filter(folder -> codeVersion.equals(manifestProperty(folder.resolve(MANIFEST), CODE)))
                    .sorted().toList();
        }
        ZipOutputStream out = new ZipOutputStream(zip);
        for (Path folder : folders) {
            Map<String, byte[]> files = readFiles(folder, loadManifest(folder.resolve(MANIFEST)).getProperty("key"));
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                putEntry(out, folder.getFileName() + "/" + file.getKey(), file.getValue());
            }
            putEntry(out, folder.getFileName() + "/" + MANIFEST, Files.readAllBytes(folder.resolve(MANIFEST)));
        }
        out.finish();
        return folders.size();
    }

    private static void putEntry(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0);
        out.putNextEntry(entry);
        out.write(bytes);
        out.closeEntry();
    }

    /**
     * Copies the snapshots shipped with the application ({@code zip}, written by {@link #exportTo} when it was built)
     * into the folder, when the folder holds none of this code version (a first start, or the first after an
     * upgrade): the parts are then read instead of built. Only snapshots whose manifest names this code version are
     * copied, each as {@link #write} does (a hidden folder, moved into place with its manifest), the other versions of
     * each name deleted; their keys and checksums are checked when they are read, as for any snapshot. Returns how
     * many were copied (0: the folder already holds this code's, there is no folder, or the shipped ones are of
     * another code version). A damaged archive is reported and copies nothing more.
     */
    public int installShipped(InputStream zip) {
        if (root == null || holdsThisCodeVersion()) {
            return 0;
        }
        try {
            int installed = 0;
            for (Map.Entry<String, SortedMap<String, byte[]>> snapshot : readArchive(zip).entrySet()) {
                byte[] manifest = snapshot.getValue().remove(MANIFEST);
                if (!codeVersion.equals(parseManifest(manifest).getProperty(CODE))) {
                    continue;
                }
                String name = snapshot.getKey().substring(0, snapshot.getKey().lastIndexOf('-'));
                install(name, root.resolve(snapshot.getKey()), snapshot.getValue(), manifest);
                installed++;
            }
            return installed;
        } catch (IOException | RuntimeException e) {
            problems.accept("The shipped engine snapshots could not be copied to " + root + " (" + e.getMessage()
                    + "); the parts they lack are built");
            return 0;
        }
    }

    /**
     * Whether {@code archive} (written by {@link #exportTo}) holds snapshots, every one of them written by code version
     * {@code codeVersion}: then a package build whose taxonomy jar did not change keeps it instead of building it
     * again. False when it is missing, cannot be read, or holds none.
     */
    public static boolean archiveIsOf(Path archive, String codeVersion) {
        if (!Files.isRegularFile(archive)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(archive)) {
            SortedMap<String, SortedMap<String, byte[]>> snapshots = readArchive(in);
            for (SortedMap<String, byte[]> files : snapshots.values()) {
                if (!codeVersion.equals(parseManifest(files.get(MANIFEST)).getProperty(CODE))) {
                    return false;
                }
            }
            return !snapshots.isEmpty();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The snapshots of an archive written by {@link #exportTo}: per snapshot folder, its files (the manifest among
     * them). Entries outside that layout, or a folder without its manifest, make it damaged.
     */
    private static SortedMap<String, SortedMap<String, byte[]>> readArchive(InputStream zip) throws IOException {
        SortedMap<String, SortedMap<String, byte[]>> snapshots = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(zip)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                int slash = entry.getName().indexOf('/');
                String folder = slash < 0 ? "" : entry.getName().substring(0, slash);
                String file = entry.getName().substring(slash + 1);
                if (!SHIPPED_FOLDER.matcher(folder).matches() || !FILE.matcher(file).matches()) {
                    throw new IOException("unexpected entry " + entry.getName());
                }
                snapshots.computeIfAbsent(folder, f -> new TreeMap<>()).put(file, in.readAllBytes());
            }
        }
        for (Map.Entry<String, SortedMap<String, byte[]>> snapshot : snapshots.entrySet()) {
            if (!snapshot.getValue().containsKey(MANIFEST)) {
                throw new IOException(snapshot.getKey() + " has no manifest");
            }
        }
        return snapshots;
    }

    private void install(String name, Path target, SortedMap<String, byte[]> content, byte[] manifest)
            throws IOException {
        Files.createDirectories(root);
        Path temporary = Files.createTempDirectory(root, "." + name + "-writing-");
        try {
            for (Map.Entry<String, byte[]> file : content.entrySet()) {
                Path path = temporary.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                writeFile(path, file.getValue());
            }
            writeFile(temporary.resolve(MANIFEST), manifest);
            moveIntoPlace(temporary, target);
        } finally {
            deleteQuietly(temporary);
        }
        deleteOtherVersions(name, target);
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        if (Files.exists(target)) {
            deleteQuietly(target);
        }
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target);
        }
    }

    private void deleteOtherVersions(String name, Path target) throws IOException {
        try (Stream<Path> others = Files.list(root)) {
            others.filter(other -> !other.equals(target))
                    .filter(other -> other.getFileName().toString().startsWith(name + "-")
                            || other.getFileName().toString().startsWith("." + name + "-writing-"))
                    .forEach(EngineSnapshots::deleteQuietly);
        }
    }

    private Path folder(String name, String key) {
        return root.resolve(name + "-" + key.substring(0, 16));
    }

    private void write(String name, String key, SortedMap<String, byte[]> content) throws IOException {
        Files.createDirectories(root);
        Path target = folder(name, key);
        Path temporary = Files.createTempDirectory(root, "." + name + "-writing-");
        try {
            TreeMap<String, String> files = new TreeMap<>();
            for (Map.Entry<String, byte[]> file : content.entrySet()) {
                if (!FILE.matcher(file.getKey()).matches() || file.getKey().equals(MANIFEST)) {
                    throw new IllegalArgumentException("not a snapshot file name: " + file.getKey());
                }
                Path path = temporary.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                files.put(file.getKey(), writeFile(path, file.getValue()));
            }
            Properties manifest = new Properties();
            manifest.setProperty("key", key);
            manifest.setProperty(CODE, codeVersion);
            files.forEach((file, sizeAndSum) -> manifest.setProperty("file." + file, sizeAndSum));
            StringWriter text = new StringWriter();
            manifest.store(text, "engine snapshot " + name);
            writeFile(temporary.resolve(MANIFEST), text.toString().getBytes(StandardCharsets.UTF_8));
            moveIntoPlace(temporary, target);
        } finally {
            deleteQuietly(temporary);
        }
        deleteOtherVersions(name, target);
    }

    /** Writes and syncs the file; its manifest entry ({@code size:crc32c}). */
    private static String writeFile(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        return bytes.length + ":" + crc(bytes);
    }

    /** Every file the manifest names, checked against its size and CRC32C. */
    private static Map<String, byte[]> readFiles(Path folder, String key) throws IOException {
        Path manifestFile = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            throw new IOException("no manifest (a write that did not finish)");
        }
        Properties manifest = loadManifest(manifestFile);
        if (!key.equals(manifest.getProperty("key"))) {
            throw new IOException("its manifest names another key");
        }
        TreeMap<String, byte[]> files = new TreeMap<>();
        for (String property : new TreeSet<>(manifest.stringPropertyNames())) {
            if (!property.startsWith("file.")) {
                continue;
            }
            String file = property.substring("file.".length());
            if (!FILE.matcher(file).matches()) {
                throw new IOException("unexpected file " + file + " in the manifest");
            }
            byte[] bytes = Files.readAllBytes(folder.resolve(file));
            String expected = manifest.getProperty(property);
            String actual = bytes.length + ":" + crc(bytes);
            if (!actual.equals(expected)) {
                throw new IOException(file + " is " + actual + " (size:crc32c), the manifest says " + expected);
            }
            files.put(file, bytes);
        }
        return files;
    }

    /** Length-prefixed UTF-8 (writeUTF stops at 64 kB), for keys and codecs. */
    public static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** A string {@link #writeString} wrote; a length below 0 or above 1 MiB is refused (a damaged file). */
    public static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 1 << 20) {
            throw new IOException("implausible string length " + length);
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    /**
     * The code version of the module that holds {@code type}: a SHA-256 of its jar, or of every file under its classes
     * folder; empty when neither can be read (then no snapshot should be trusted).
     */
    public static Optional<String> codeVersionOf(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            URL location = source.getLocation();
            MessageDigest sha = sha256();
            if ("file".equals(location.getProtocol())) {
                Path path = Path.of(location.toURI());
                if (Files.isDirectory(path)) {
                    try (Stream<Path> files = Files.walk(path)) {
                        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                            sha.update(path.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                            sha.update(Files.readAllBytes(file));
                        }
                    }
                    return Optional.of(HexFormat.of().formatHex(sha.digest()));
                }
                try (InputStream in = Files.newInputStream(path)) {
                    return Optional.of(digest(in, sha));
                }
            }
            // a jar inside the application's jar (jar:nested:…/app.jar/!BOOT-INF/lib/x.jar!/): the inner jar's bytes
            URLConnection connection = location.openConnection();
            if (connection instanceof JarURLConnection jar) {
                try (InputStream in = jar.getJarFileURL().openStream()) {
                    return Optional.of(digest(in, sha));
                }
            }
            return Optional.empty();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String digest(InputStream in, MessageDigest sha) throws IOException {
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
            sha.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String crc(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return Long.toHexString(crc.getValue());
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static void deleteQuietly(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // left for the next write to clear; a leftover folder is never read without its manifest and checksums
        }
    }
}
