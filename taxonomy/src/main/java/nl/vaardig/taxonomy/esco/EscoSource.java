package nl.vaardig.taxonomy.esco;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Where the ESCO CSV files are: the snapshot shipped on the classpath, a folder with an official ESCO download,
 * or several of these in order (a user-supplied folder first, so its {@code skills_nl.csv} is used). A file is
 * found as {@code name} or {@code name.gz}, in the root or in a sub-folder ({@code en/}, {@code nl/},
 * {@code relations/}, {@code crosswalks/}; a folder also tries {@code ../crosswalks}).
 */
public interface EscoSource {

    /** Classpath root of the ESCO v1.1.1 snapshot shipped in this module (gzip per file). */
    String SHIPPED_V1_1_1 = "nl/vaardig/taxonomy/esco/v1.1.1";

    Optional<EscoFile> find(String fileName);

    String describe();

    static EscoSource shippedSnapshot() {
        return classpath(SHIPPED_V1_1_1);
    }

    static EscoSource classpath(String root) {
        return new ClasspathSource(root.endsWith("/") ? root.substring(0, root.length() - 1) : root);
    }

    static EscoSource directory(Path dir) {
        return new DirectorySource(dir);
    }

    /** Looks in each source in turn; the first that has a file wins. */
    static EscoSource firstOf(EscoSource... sources) {
        List<EscoSource> list = List.of(sources);
        return new EscoSource() {
            @Override
            public Optional<EscoFile> find(String fileName) {
                for (EscoSource s : list) {
                    Optional<EscoFile> f = s.find(fileName);
                    if (f.isPresent()) {
                        return f;
                    }
                }
                return Optional.empty();
            }

            @Override
            public String describe() {
                return String.join(" then ", list.stream().map(EscoSource::describe).toList());
            }
        };
    }

    /** A located file; {@link #open()} returns the decompressed bytes. */
    record EscoFile(String name, String location, Opener opener) {
        public InputStream open() {
            try {
                InputStream raw = new BufferedInputStream(opener.open(), 1 << 16);
                return location.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open " + location, e);
            }
        }
    }

    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    /** Sub-folders worth trying for a file: the language folder of {@code x_nl.csv}, then relations. */
    private static List<String> subfolders(String fileName) {
        var out = new ArrayList<String>();
        out.add("");
        Matcher m = Pattern.compile(".*_([a-z]{2,3})\\.csv").matcher(fileName);
        if (m.matches()) {
            out.add(m.group(1) + "/");
        }
        out.add("relations/");
        out.add("crosswalks/");
        return out;
    }

    record ClasspathSource(String root) implements EscoSource {
        @Override
        public Optional<EscoFile> find(String fileName) {
            ClassLoader cl = Thread.currentThread().getContextClassLoader() != null
                    ? Thread.currentThread().getContextClassLoader() : EscoSource.class.getClassLoader();
            for (String sub : subfolders(fileName)) {
                for (String candidate : List.of(fileName, fileName + ".gz")) {
                    String path = root + "/" + sub + candidate;
                    if (cl.getResource(path) != null) {
                        return Optional.of(new EscoFile(fileName, "classpath:" + path, () -> {
                            InputStream in = cl.getResourceAsStream(path);
                            if (in == null) {
                                throw new IOException("classpath resource vanished: " + path);
                            }
                            return in;
                        }));
                    }
                }
            }
            return Optional.empty();
        }

        @Override
        public String describe() {
            return "classpath:" + root;
        }
    }

    record DirectorySource(Path dir) implements EscoSource {
        @Override
        public Optional<EscoFile> find(String fileName) {
            if (!Files.isDirectory(dir)) {
                return Optional.empty();
            }
            var dirs = new ArrayList<Path>();
            dirs.add(dir);
            try (Stream<Path> children = Files.list(dir)) {
                children.filter(Files::isDirectory).sorted().forEach(dirs::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir, e);
            }
            // the reference-data layout keeps the national crosswalks beside the version folder (esco/crosswalks)
            Path siblingCrosswalks = dir.toAbsolutePath().normalize().resolveSibling("crosswalks");
            if (Files.isDirectory(siblingCrosswalks)) {
                dirs.add(siblingCrosswalks);
            }
            for (Path d : dirs) {
                for (String candidate : List.of(fileName, fileName + ".gz")) {
                    Path p = d.resolve(candidate);
                    if (Files.isRegularFile(p)) {
                        return Optional.of(new EscoFile(fileName, p.toString(), () -> Files.newInputStream(p)));
                    }
                }
            }
            return Optional.empty();
        }

        @Override
        public String describe() {
            return dir.toString();
        }
    }
}
