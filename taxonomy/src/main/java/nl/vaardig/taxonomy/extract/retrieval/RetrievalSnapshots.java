package nl.vaardig.taxonomy.extract.retrieval;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.vaardig.taxonomy.dutch.GeneratedDutchLabels;
import nl.vaardig.taxonomy.model.ConceptLabels;
import nl.vaardig.taxonomy.model.LanguageLabels;
import nl.vaardig.taxonomy.model.LinkedSkill;
import nl.vaardig.taxonomy.model.Occupation;
import nl.vaardig.taxonomy.model.Taxonomy;
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
    static final int FORMAT = 2;
    private static final String TERMS = "terms.bin";
    /** Since format 2: the retriever's word translations, so a restart does not learn them again. */
    private static final String TRANSLATIONS = "translations.bin";
    private static final String SENTENCES = "sentences.bin";
    /** The snapshot name of the skills' occupation sentences ({@link #skillDocuments}). */
    static final String OCCUPATION_SENTENCES = "occupation-sentences";
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
        return retriever(name, documents, descriptions, maxPostings, bilingual, translationLabelWeight, sentencePairs,
                QueryWeights.HAND_SET);
    }

    /**
     * As {@link #retriever(String, List, boolean, int, List, double, List)}, queried with {@code weights}: the impacts
     * are merged with them when the retriever opens, so they are not part of the key either.
     */
    SkillRetriever retriever(String name, List<SkillDocument> documents, boolean descriptions, int maxPostings,
                             List<SkillDocument> bilingual, double translationLabelWeight,
                             List<SkillDocument> sentencePairs, QueryWeights weights) {
        return store.get(name, key(documents, descriptions, maxPostings, bilingual, translationLabelWeight, sentencePairs),
                codec(descriptions, maxPostings, weights),
                () -> SkillRetriever.build(documents, descriptions, maxPostings, bilingual, translationLabelWeight,
                        sentencePairs, weights));
    }

    /**
     * The platform's skill documents ({@link SkillDocuments#from(Taxonomy)}): the occupation sentences, which take
     * seconds of CPU to link to their skills, read from their snapshot when one with the same key is there (its key:
     * the code version, the skill documents without them and every occupation's descriptions and skills).
     */
    List<SkillDocument> skillDocuments(Taxonomy taxonomy) {
        List<SkillDocument> related = SkillDocuments.from(taxonomy, HeldOut.NOTHING, GeneratedDutchLabels.shipped(),
                SkillDocuments.Context.RELATED);
        OccupationSentences.Linked linked = store.get(OCCUPATION_SENTENCES, sentencesKey(related, taxonomy),
                new SentencesCodec(taxonomy.skillCount()),
                () -> OccupationSentences.link(taxonomy, SkillTerms.of(related, false)));
        return SkillDocuments.withOccupationSentences(related, linked);
    }

    /** A retriever as its Lucene files, its terms and its word translations, and back (opened with these options). */
    private static EngineSnapshots.Codec<SkillRetriever> codec(boolean descriptions, int maxPostings,
                                                               QueryWeights weights) {
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
                ByteArrayOutputStream translations = new ByteArrayOutputStream();
                try (DataOutputStream out = new DataOutputStream(translations)) {
                    retriever.translations().write(out);
                }
                files.put(TRANSLATIONS, translations.toByteArray());
                return files;
            }

            @Override
            public SkillRetriever read(Map<String, byte[]> files) throws IOException {
                byte[] terms = files.get(TERMS);
                byte[] translations = files.get(TRANSLATIONS);
                if (terms == null || translations == null) {
                    throw new IOException("the manifest lists no " + (terms == null ? TERMS : TRANSLATIONS));
                }
                var index = LuceneFiles.read(files, INDEX, SkillRetriever.inMemoryDirectory());
                SkillTerms skillTerms;
                try (DataInputStream in = new DataInputStream(new BufferedInputStream(new ByteArrayInputStream(terms)))) {
                    skillTerms = SkillTerms.read(in);
                }
                WordTranslations table;
                try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                        new ByteArrayInputStream(translations)))) {
                    table = WordTranslations.read(in);
                }
                return SkillRetriever.open(index, skillTerms, descriptions, maxPostings, table, weights);
            }
        };
    }

    /** Per skill ordinal the Dutch and English occupation sentences given to it ({@code -1}: none). */
    private record SentencesCodec(int skills) implements EngineSnapshots.Codec<OccupationSentences.Linked> {
        @Override
        public SortedMap<String, byte[]> write(OccupationSentences.Linked linked) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(linked.dutch().length);
                for (List<String>[] side : List.of(linked.dutch(), linked.english())) {
                    for (List<String> sentences : side) {
                        out.writeInt(sentences == null ? -1 : sentences.size());
                        for (String sentence : sentences == null ? List.<String>of() : sentences) {
                            EngineSnapshots.writeString(out, sentence);
                        }
                    }
                }
            }
            return new TreeMap<>(Map.of(SENTENCES, bytes.toByteArray()));
        }

        @Override
        @SuppressWarnings("unchecked")
        public OccupationSentences.Linked read(Map<String, byte[]> files) throws IOException {
            byte[] bytes = files.get(SENTENCES);
            if (bytes == null) {
                throw new IOException("the manifest lists no " + SENTENCES);
            }
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
                int n = in.readInt();
                if (n != skills) {
                    throw new IOException("sentences of " + n + " skills, the taxonomy has " + skills);
                }
                List<String>[] dutch = new List[n];
                List<String>[] english = new List[n];
                for (List<String>[] side : List.of(dutch, english)) {
                    for (int i = 0; i < n; i++) {
                        int count = in.readInt();
                        if (count < -1 || count > 100_000) {
                            throw new IOException("implausible sentence count " + count);
                        }
                        if (count >= 0) {
                            side[i] = new ArrayList<>(count);
                            for (int k = 0; k < count; k++) {
                                side[i].add(EngineSnapshots.readString(in));
                            }
                        }
                    }
                }
                if (in.read() != -1) {
                    throw new IOException(SENTENCES + " has bytes after its last sentence");
                }
                return new OccupationSentences.Linked(dutch, english);
            }
        }
    }

    /** SHA-256 of the code version, the skill documents and every occupation's descriptions and skill ordinals. */
    String sentencesKey(List<SkillDocument> related, Taxonomy taxonomy) {
        return store.key(out -> {
            out.writeUTF("vaardig occupation sentences");
            out.writeInt(FORMAT);
            writeDocuments(out, related);
            out.writeInt(taxonomy.occupationCount());
            for (int o = 0; o < taxonomy.occupationCount(); o++) {
                Occupation occupation = taxonomy.occupationAt(o);
                EngineSnapshots.writeString(out, occupation.uri().value());
                for (java.util.Locale language : List.of(ConceptLabels.DUTCH, ConceptLabels.ENGLISH)) {
                    EngineSnapshots.writeString(out, occupation.labels().in(language)
                            .map(LanguageLabels::description).orElse(""));
                }
                List<LinkedSkill> skills = taxonomy.skillsOf(occupation.uri());
                out.writeInt(skills.size());
                for (LinkedSkill linked : skills) {
                    out.writeInt(taxonomy.skillOrdinal(linked.skill()).orElse(-1));
                }
            }
        });
    }

    /** SHA-256 of the format, the Lucene and code versions, the build options and every document, in hex. */
    String key(List<SkillDocument> documents, boolean descriptions, int maxPostings) {
        return key(documents, descriptions, maxPostings, List.of(), WordTranslations.SAFE_LABEL, List.of());
    }

    /** As {@link #key(List, boolean, int)}, with what the word translations are learnt from (they are stored too). */
    String key(List<SkillDocument> documents, boolean descriptions, int maxPostings, List<SkillDocument> bilingual,
               double translationLabelWeight, List<SkillDocument> sentencePairs) {
        return store.key(out -> {
            out.writeUTF("vaardig retrieval snapshot");
            out.writeInt(FORMAT);
            out.writeInt(SkillTerms.FORMAT);
            out.writeInt(WordTranslations.FORMAT);
            out.writeUTF(Version.LATEST.toString());
            out.writeBoolean(descriptions);
            out.writeInt(maxPostings);
            writeDocuments(out, documents);
            out.writeDouble(translationLabelWeight);
            out.writeUTF(WordTranslations.PLATFORM_MERGE.name());
            writeDocuments(out, bilingual);
            writeDocuments(out, sentencePairs);
        });
    }

    private static void writeDocuments(DataOutputStream out, List<SkillDocument> documents) throws IOException {
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
