package nl.vaardig.taxonomy.extract.retrieval;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.vaardig.taxonomy.snapshot.EngineSnapshots;
import nl.vaardig.taxonomy.snapshot.LuceneFiles;
import org.apache.lucene.util.Version;

/**
 * Built retrieval indexes kept between starts in {@link EngineSnapshots}, so that a restart reads them instead of
 * analysing every skill and occupation document again. A retriever's snapshot is its Lucene files ({@code index/})
 * and its pre-analysed terms ({@code terms.bin}); its key is a SHA-256 of the snapshot format, the Lucene version, the
 * code version and every document with the build options — any change gives another key and so a rebuild (see
 * {@link EngineSnapshots} for the folder, the manifest and what happens to an unusable snapshot).
 */
public final class RetrievalSnapshots {

    /** Bumped whenever the layout of a snapshot changes. */
    static final int FORMAT = 1;
    private static final String TERMS = "terms.bin";
    private static final String INDEX = "index";

    private final EngineSnapshots store;
    private RetrievalSnapshots(EngineSnapshots store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The retrieval snapshots kept in {@code store} (beside the other engine parts). */
    public static RetrievalSnapshots on(EngineSnapshots store) {
        return new RetrievalSnapshots(store);
    }

    /** No folder: every retriever is built, nothing is written. */
    public static RetrievalSnapshots none() {
        return new RetrievalSnapshots(EngineSnapshots.none());
    }

    /** Snapshots in {@code root} of their own ({@link EngineSnapshots#in}). */
    public static RetrievalSnapshots in(Path root, String codeVersion, java.util.function.Consumer<String> problems) {
        return new RetrievalSnapshots(EngineSnapshots.in(root, codeVersion, problems));
    }

    public Optional<Path> root() {
        return store.root();
    }

    /** What became of each part asked for so far (of the whole store). */
    public List<EngineSnapshots.Outcome> outcomes() {
        return store.outcomes();
    }

    /** Writes every part built since the last call ({@link EngineSnapshots#writePending()}). */
    public int writePending() throws IOException {
        return store.writePending();
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
        return store.get(name, key(documents, descriptions, maxPostings),
                codec(descriptions, maxPostings, bilingual, translationLabelWeight, sentencePairs),
                () -> SkillRetriever.build(documents, descriptions, maxPostings, bilingual, translationLabelWeight,
                        sentencePairs));
    }

    /** A retriever as its Lucene files and its terms, and back (opened with these options, as after a build). */
    private static EngineSnapshots.Codec<SkillRetriever> codec(boolean descriptions, int maxPostings,
                                                               List<SkillDocument> bilingual,
                                                               double translationLabelWeight,
                                                               List<SkillDocument> sentencePairs) {
        return new EngineSnapshots.Codec<>() {
            @Override
            public SortedMap<String, byte[]> write(SkillRetriever retriever) throws IOException {
                TreeMap<String, byte[]> files = new TreeMap<>();
                LuceneFiles.put(files, INDEX, retriever.directory());
                ByteArrayOutputStream terms = new ByteArrayOutputStream();
                try (DataOutputStream out = new DataOutputStream(terms)) {
                    retriever.terms().write(out);
                }
                files.put(TERMS, terms.toByteArray());
                return files;
            }

            @Override
            public SkillRetriever read(Map<String, byte[]> files) throws IOException {
                byte[] terms = files.get(TERMS);
                if (terms == null) {
                    throw new IOException("the manifest lists no terms");
                }
                var index = LuceneFiles.read(files, INDEX, SkillRetriever.inMemoryDirectory());
                SkillTerms skillTerms;
                try (DataInputStream in = new DataInputStream(new BufferedInputStream(new ByteArrayInputStream(terms)))) {
                    skillTerms = SkillTerms.read(in);
                }
                return SkillRetriever.open(index, skillTerms, descriptions, maxPostings, bilingual,
                        translationLabelWeight, sentencePairs);
            }
        };
    }

    /** SHA-256 of the format, the Lucene and code versions, the build options and every document, in hex. */
    String key(List<SkillDocument> documents, boolean descriptions, int maxPostings) {
        return store.key(out -> {
            out.writeUTF("vaardig retrieval snapshot");
            out.writeInt(FORMAT);
            out.writeInt(SkillTerms.FORMAT);
            out.writeUTF(Version.LATEST.toString());
            out.writeBoolean(descriptions);
            out.writeInt(maxPostings);
            out.writeInt(documents.size());
            for (SkillDocument d : documents) {
                out.writeInt(d.ordinal());
                EngineSnapshots.writeString(out, d.uri());
                writeLabels(out, d.labelsNl());
                writeLabels(out, d.labelsEn());
                EngineSnapshots.writeString(out, d.descriptionNl());
                EngineSnapshots.writeString(out, d.descriptionEn());
                writeStrings(out, d.contextNl());
                writeStrings(out, d.contextEn());
                out.writeDouble(d.specificity());
            }
        });
    }

    private static void writeLabels(DataOutputStream out, List<SkillDocument.WeightedLabel> labels) throws IOException {
        out.writeInt(labels.size());
        for (SkillDocument.WeightedLabel l : labels) {
            EngineSnapshots.writeString(out, l.text());
            out.writeDouble(l.weight());
        }
    }

    private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            EngineSnapshots.writeString(out, s);
        }
    }

    /** {@link EngineSnapshots#codeVersionOf}. */
    public static Optional<String> codeVersionOf(Class<?> type) {
        return EngineSnapshots.codeVersionOf(type);
    }
}
