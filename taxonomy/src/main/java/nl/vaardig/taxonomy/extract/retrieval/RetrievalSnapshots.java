package nl.vaardig.taxonomy.extract.retrieval;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.util.Version;

/**
 * Built retrieval indexes kept in a folder between starts, so that a restart reads them instead of analysing every
 * skill and occupation document again (the largest part of the engine build). Each snapshot is keyed by a SHA-256 of
 * everything that decides its content: the snapshot format, the Lucene version, the code version of this module
 * (its jar or classes; it holds the analysis and the shipped data) and every document with the build options — any
 * change gives another key and so a rebuild. A snapshot is a folder {@code <name>-<key>} with the index's files, the
 * pre-analysed terms and a manifest (key, and the size and CRC32C of every file) written last and moved into place
 * in one rename; one whose manifest, sizes, checksums or content do not hold is reported, deleted and rebuilt, never
 * used. A retriever built here is written by {@link #writePending()}, which the caller runs when the platform is
 * ready, so a first start is not slower; other versions of the same name are deleted then.
 *
 * <p>The files are read into memory (the index as before, in one buffer per file), so a folder replaced or deleted
 * while the platform runs does not affect it.
 */
public final class RetrievalSnapshots {

    /** Bumped whenever the layout of a snapshot changes. */
    static final int FORMAT = 1;
    private static final String MANIFEST = "manifest.properties";
    private static final String TERMS = "terms.bin";
    private static final String INDEX = "index/";

    /** What became of one retriever at this start. */
    public enum Source { READ, BUILT }

    /** One retriever's outcome: read from its snapshot, or built (and why: no snapshot, or an unusable one). */
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

    private final Path root;
    private final String codeVersion;
    private final Consumer<String> problems;
    private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    private final List<Pending> pending = Collections.synchronizedList(new ArrayList<>());

    private record Pending(String name, String key, SkillRetriever retriever) {
    }

    private RetrievalSnapshots(Path root, String codeVersion, Consumer<String> problems) {
        this.root = root;
        this.codeVersion = codeVersion;
        this.problems = problems;
    }

    /** No folder: every retriever is built, nothing is written. */
    public static RetrievalSnapshots none() {
        return new RetrievalSnapshots(null, "", message -> { });
    }

    /**
     * Snapshots in {@code root} (created when the first is written) for code of {@code codeVersion}
     * ({@link #codeVersionOf}); {@code problems} hears of every unusable snapshot (it is rebuilt).
     */
    public static RetrievalSnapshots in(Path root, String codeVersion, Consumer<String> problems) {
        Objects.requireNonNull(root, "root");
        if (codeVersion == null || codeVersion.isBlank()) {
            throw new IllegalArgumentException("a code version is needed");
        }
        return new RetrievalSnapshots(root, codeVersion, Objects.requireNonNull(problems, "problems"));
    }

    public Optional<Path> root() {
        return Optional.ofNullable(root);
    }

    /** What became of each retriever asked for so far. */
    public List<Outcome> outcomes() {
        synchronized (outcomes) {
            return List.copyOf(outcomes);
        }
    }

    /**
     * The retriever {@link SkillRetriever#build(List, boolean, int)} gives for these documents: read from its snapshot
     * when one with the same key is there and sound, otherwise built (and written at the next {@link #writePending}).
     */
    SkillRetriever retriever(String name, List<SkillDocument> documents, boolean descriptions, int maxPostings) {
        return retriever(name, documents, descriptions, maxPostings, List.of(), WordTranslations.SAFE_LABEL);
    }

    /**
     * As {@link #retriever(String, List, boolean, int)}, its word translations also learnt from {@code bilingual} and
     * from labels of at least {@code translationLabelWeight} ({@link SkillRetriever#build(List, boolean, List, double)}).
     * The translations are derived when the retriever opens, from the stored terms, so they are not part of the key.
     */
    SkillRetriever retriever(String name, List<SkillDocument> documents, boolean descriptions, int maxPostings,
                             List<SkillDocument> bilingual, double translationLabelWeight) {
        return retriever(name, documents, descriptions, maxPostings, bilingual, translationLabelWeight, List.of());
    }

    /**
     * As {@link #retriever(String, List, boolean, int, List, double)}, with the translations learnt from
     * {@code sentencePairs} merged in (derived when the retriever opens, like the other translations).
     */
    SkillRetriever retriever(String name, List<SkillDocument> documents, boolean descriptions, int maxPostings,
                             List<SkillDocument> bilingual, double translationLabelWeight,
                             List<SkillDocument> sentencePairs) {
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("snapshot name must be lower-case letters, digits and '-': " + name);
        }
        long started = System.nanoTime();
        if (root == null) {
            SkillRetriever built = SkillRetriever.build(documents, descriptions, maxPostings, bilingual,
                    translationLabelWeight, sentencePairs);
            outcomes.add(new Outcome(name, Source.BUILT, "no snapshot folder", millisSince(started)));
            return built;
        }
        String key = key(documents, descriptions, maxPostings);
        Path folder = folder(name, key);
        String why = "no snapshot of this version";
        if (Files.isDirectory(folder)) {
            try {
                SkillRetriever read = read(folder, key, descriptions, maxPostings, bilingual, translationLabelWeight,
                        sentencePairs);
                outcomes.add(new Outcome(name, Source.READ, folder.getFileName().toString(), millisSince(started)));
                return read;
            } catch (IOException | RuntimeException e) {
                why = "unusable snapshot: " + e.getMessage();
                problems.accept("Retrieval snapshot " + folder + " is unusable (" + e.getMessage()
                        + "); it is deleted and rebuilt");
                deleteQuietly(folder);
            }
        }
        SkillRetriever built = SkillRetriever.build(documents, descriptions, maxPostings, bilingual,
                translationLabelWeight, sentencePairs);
        pending.add(new Pending(name, key, built));
        outcomes.add(new Outcome(name, Source.BUILT, why, millisSince(started)));
        return built;
    }

    /**
     * Writes the snapshot of every retriever built since the last call, and deletes the other versions of each name.
     * Returns how many were written.
     */
    public int writePending() throws IOException {
        List<Pending> todo;
        synchronized (pending) {
            todo = List.copyOf(pending);
            pending.clear();
        }
        for (Pending p : todo) {
            write(p);
        }
        return todo.size();
    }

    private Path folder(String name, String key) {
        return root.resolve(name + "-" + key.substring(0, 16));
    }

    private void write(Pending p) throws IOException {
        Files.createDirectories(root);
        Path target = folder(p.name(), p.key());
        Path temporary = Files.createTempDirectory(root, "." + p.name() + "-writing-");
        try {
            TreeMap<String, String> files = new TreeMap<>();
            ByteBuffersDirectory index = p.retriever().directory();
            Files.createDirectories(temporary.resolve(INDEX));
            for (String file : index.listAll()) {
                try (IndexInput in = index.openInput(file, IOContext.READONCE)) {
                    byte[] bytes = new byte[Math.toIntExact(in.length())];
                    in.readBytes(bytes, 0, bytes.length);
                    files.put(INDEX + file, writeFile(temporary.resolve(INDEX + file), bytes));
                }
            }
            java.io.ByteArrayOutputStream terms = new java.io.ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(terms)) {
                p.retriever().terms().write(out);
            }
            files.put(TERMS, writeFile(temporary.resolve(TERMS), terms.toByteArray()));
            Properties manifest = new Properties();
            manifest.setProperty("key", p.key());
            manifest.setProperty("format", Integer.toString(FORMAT));
            files.forEach((file, sizeAndSum) -> manifest.setProperty("file." + file, sizeAndSum));
            java.io.StringWriter text = new java.io.StringWriter();
            manifest.store(text, "retrieval snapshot " + p.name());
            writeFile(temporary.resolve(MANIFEST), text.toString().getBytes(StandardCharsets.UTF_8));
            if (Files.exists(target)) {
                deleteQuietly(target);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target);
            }
        } finally {
            deleteQuietly(temporary);
        }
        try (Stream<Path> others = Files.list(root)) {
            others.filter(other -> !other.equals(target))
                    .filter(other -> other.getFileName().toString().startsWith(p.name() + "-")
                            || other.getFileName().toString().startsWith("." + p.name() + "-writing-"))
                    .forEach(RetrievalSnapshots::deleteQuietly);
        }
    }

    /** Writes and syncs the file; its manifest entry ({@code size:crc32c}). */
    private static String writeFile(Path file, byte[] bytes) throws IOException {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        return bytes.length + ":" + crc(bytes);
    }

    private SkillRetriever read(Path folder, String key, boolean descriptions, int maxPostings,
                                List<SkillDocument> bilingual, double translationLabelWeight,
                                List<SkillDocument> sentencePairs) throws IOException {
        Properties manifest = new Properties();
        Path manifestFile = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            throw new IOException("no manifest (a write that did not finish)");
        }
        try (InputStream in = Files.newInputStream(manifestFile)) {
            manifest.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        if (!key.equals(manifest.getProperty("key"))) {
            throw new IOException("its manifest names another key");
        }
        ByteBuffersDirectory index = SkillRetriever.inMemoryDirectory();
        byte[] terms = null;
        int indexFiles = 0;
        for (String property : new java.util.TreeSet<>(manifest.stringPropertyNames())) {
            if (!property.startsWith("file.")) {
                continue;
            }
            String file = property.substring("file.".length());
            byte[] bytes = Files.readAllBytes(folder.resolve(file));
            String expected = manifest.getProperty(property);
            String actual = bytes.length + ":" + crc(bytes);
            if (!actual.equals(expected)) {
                throw new IOException(file + " is " + actual + " (size:crc32c), the manifest says " + expected);
            }
            if (file.equals(TERMS)) {
                terms = bytes;
            } else if (file.startsWith(INDEX) && file.indexOf('/', INDEX.length()) < 0) {
                try (IndexOutput out = index.createOutput(file.substring(INDEX.length()), IOContext.DEFAULT)) {
                    out.writeBytes(bytes, bytes.length);
                }
                indexFiles++;
            } else {
                throw new IOException("unexpected file " + file + " in the manifest");
            }
        }
        if (terms == null || indexFiles == 0) {
            throw new IOException("the manifest lists no " + (terms == null ? "terms" : "index files"));
        }
        SkillTerms skillTerms;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new ByteArrayInputStream(terms)))) {
            skillTerms = SkillTerms.read(in);
        }
        return SkillRetriever.open(index, skillTerms, descriptions, maxPostings, bilingual, translationLabelWeight,
                sentencePairs);
    }

    /** SHA-256 of the format, the Lucene and code versions, the build options and every document, in hex. */
    String key(List<SkillDocument> documents, boolean descriptions, int maxPostings) {
        MessageDigest sha = sha256();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new DigestOutputStream(OutputStream.nullOutputStream(), sha)))) {
            out.writeUTF("vaardig retrieval snapshot");
            out.writeInt(FORMAT);
            out.writeInt(SkillTerms.FORMAT);
            out.writeUTF(Version.LATEST.toString());
            out.writeUTF(codeVersion);
            out.writeBoolean(descriptions);
            out.writeInt(maxPostings);
            out.writeInt(documents.size());
            for (SkillDocument d : documents) {
                out.writeInt(d.ordinal());
                writeString(out, d.uri());
                writeLabels(out, d.labelsNl());
                writeLabels(out, d.labelsEn());
                writeString(out, d.descriptionNl());
                writeString(out, d.descriptionEn());
                writeStrings(out, d.contextNl());
                writeStrings(out, d.contextEn());
                out.writeDouble(d.specificity());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void writeLabels(DataOutputStream out, List<SkillDocument.WeightedLabel> labels) throws IOException {
        out.writeInt(labels.size());
        for (SkillDocument.WeightedLabel l : labels) {
            writeString(out, l.text());
            out.writeDouble(l.weight());
        }
    }

    private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            writeString(out, s);
        }
    }

    /** Length-prefixed UTF-8 (writeUTF stops at 64 kB). */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /**
     * The code version of the module that holds {@code type}: a SHA-256 of its jar, or of every file under its classes
     * folder; empty when neither can be read (then no snapshot should be trusted).
     */
    public static Optional<String> codeVersionOf(Class<?> type) {
        try {
            java.security.CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            java.net.URL location = source.getLocation();
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
            java.net.URLConnection connection = location.openConnection();
            if (connection instanceof java.net.JarURLConnection jar) {
                try (InputStream in = jar.getJarFileURL().openStream()) {
                    return Optional.of(digest(in, sha));
                }
            }
            return Optional.empty();
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
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
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // left for the next write to clear; a leftover folder is never read without its manifest and checksums
        }
    }
}
