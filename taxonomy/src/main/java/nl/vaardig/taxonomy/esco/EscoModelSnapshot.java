package nl.vaardig.taxonomy.esco;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import nl.vaardig.taxonomy.model.TaxonomyVersion;
import nl.vaardig.taxonomy.snapshot.EngineSnapshots;

/**
 * The loaded ESCO model ({@link EscoTaxonomyLoader.Loaded}: the taxonomy with its labels in every language and their
 * provenance, vocabulary, relations, groups, collections and integrity issues, and the import report) as an engine
 * snapshot, so that a restart reads it instead of parsing the CSV files. Java serialization of the model's records:
 * measured on the shipped taxonomy (round 12 of issue 16, a fresh JVM each) it reads in 1.2–1.4 s of thread CPU
 * against 2.2–2.3 s for the CSV import and build (process CPU 2.9–3.3 s against 5.1–6.1 s), 26 MB, with no
 * serializer to keep in step with the model: the records deserialize through their canonical constructors, so every
 * validation holds for what is read. Only classes of the taxonomy module and of {@code java.lang}, {@code java.util}
 * and {@code java.time} are accepted on reading; anything else makes the snapshot unusable (it is parsed again).
 *
 * <p>The key is the code version (the taxonomy jar, which holds the shipped CSV files, the generated Dutch labels and
 * these classes), the taxonomy version and the languages; a model loaded with an ESCO override folder is never
 * snapshotted.
 */
public final class EscoModelSnapshot {

    static final String NAME = "esco-model";
    private static final String FILE = "model.ser";
    /** Bumped when the snapshot's layout changes in a way the code version would not show. */
    private static final int FORMAT = 1;
    private static final ObjectInputFilter CLASSES = ObjectInputFilter.Config.createFilter(
            "maxdepth=64;nl.vaardig.taxonomy.**;java.lang.*;java.util.*;java.time.*;!*");

    private EscoModelSnapshot() {
    }

    /** How the model becomes the snapshot's one file and back. */
    public static final EngineSnapshots.Codec<EscoTaxonomyLoader.Loaded> CODEC = new EngineSnapshots.Codec<>() {
        @Override
        public SortedMap<String, byte[]> write(EscoTaxonomyLoader.Loaded model) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 25);
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeInt(FORMAT);
                out.writeObject(model);
            }
            TreeMap<String, byte[]> files = new TreeMap<>();
            files.put(FILE, bytes.toByteArray());
            return files;
        }

        @Override
        public EscoTaxonomyLoader.Loaded read(Map<String, byte[]> files) throws IOException {
            byte[] bytes = files.get(FILE);
            if (bytes == null) {
                throw new IOException("no " + FILE);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
                in.setObjectInputFilter(CLASSES);
                int format = in.readInt();
                if (format != FORMAT) {
                    throw new IOException("format " + format + ", expected " + FORMAT);
                }
                return (EscoTaxonomyLoader.Loaded) in.readObject();
            } catch (ClassNotFoundException | ClassCastException | InvalidClassException e) {
                throw new IOException("not an ESCO model: " + e.getMessage(), e);
            }
        }
    };

    /** The key of a model of {@code version} in {@code languages} loaded from the shipped files. */
    public static String key(EngineSnapshots snapshots, TaxonomyVersion version, List<Locale> languages) {
        return snapshots.key(out -> {
            out.writeUTF("vaardig esco model");
            out.writeInt(FORMAT);
            out.writeUTF(version.id());
            out.writeInt(languages.size());
            for (Locale language : languages) {
                out.writeUTF(language.toLanguageTag());
            }
        });
    }

    /**
     * The shipped model: read from its snapshot in {@code snapshots} when one of this code version is there and sound,
     * otherwise {@code parse}d (and written with the store's other pending parts).
     */
    public static EscoTaxonomyLoader.Loaded shipped(EngineSnapshots snapshots, Supplier<EscoTaxonomyLoader.Loaded> parse) {
        return snapshots.get(NAME, key(snapshots, TaxonomyVersion.ESCO_1_1_1, EscoTaxonomyLoader.SHIPPED_LANGUAGES),
                CODEC, parse);
    }
}
