package nl.vaardig.taxonomy.extract.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.extract.ExtractionOptions;
import nl.vaardig.taxonomy.extract.SkillExtractor;
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.taxonomy.snapshot.EngineSnapshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetrievalSnapshotsTest {

    @TempDir
    Path folder;

    private final List<String> problems = new ArrayList<>();

    private static SkillDocument doc(int ordinal, List<String> nl, List<String> en, String description,
                                     List<String> context) {
        return new SkillDocument(ordinal, "http://data.europa.eu/esco/skill/" + ordinal,
                nl.stream().map(l -> new SkillDocument.WeightedLabel(l, 1)).toList(),
                en.stream().map(l -> new SkillDocument.WeightedLabel(l, 1)).toList(), "", description, context,
                List.of(), 2);
    }

    /** Ordinal 3 is left out on purpose: a skill without a document is a gap the terms must keep. */
    private static final List<SkillDocument> DOCS = List.of(
            doc(0, List.of("goederen opslaan"), List.of("store goods"), "Keep goods in a warehouse.", List.of("magazijn")),
            doc(1, List.of("goederen verpakken"), List.of("pack goods"), "Put goods in boxes.", List.of()),
            doc(2, List.of(), List.of("inspect goods"), "Check goods for damage.", List.of("kwaliteit")),
            doc(4, List.of("heftruck besturen"), List.of("operate forklift"), "Drive a forklift truck.", List.of()),
            // a weak (generated) label goes to its own field
            new SkillDocument(5, "http://data.europa.eu/esco/skill/5",
                    List.of(new SkillDocument.WeightedLabel("dozen stapelen", 0.5)),
                    List.of(new SkillDocument.WeightedLabel("stack boxes", 1)), "", "", List.of(), List.of(), 1.5));

    private static final List<String> SENTENCES = List.of("Je slaat goederen op in het magazijn",
            "goederen inspecteren", "You drive a forklift and pack boxes", "heftruck", "warehouse damage", "dozen stapelen");

    private RetrievalSnapshots snapshots(String codeVersion) {
        return RetrievalSnapshots.in(folder, codeVersion, problems::add);
    }

    @Test
    void aSnapshotReadBackSearchesExactlyAsTheBuiltIndex() throws IOException {
        RetrievalSnapshots first = snapshots("code-1");
        SkillRetriever built = first.retriever("skills", DOCS, true, 0);
        assertThat(first.writePending()).isEqualTo(1);

        RetrievalSnapshots second = snapshots("code-1");
        SkillRetriever read = second.retriever("skills", DOCS, true, 0);

        assertThat(first.outcomes()).singleElement().extracting(EngineSnapshots.Outcome::source)
                .isEqualTo(EngineSnapshots.Source.BUILT);
        assertThat(second.outcomes()).singleElement().extracting(EngineSnapshots.Outcome::source)
                .isEqualTo(EngineSnapshots.Source.READ);
        assertSameSearches(built, read);
        assertThat(bytes(read.terms())).isEqualTo(bytes(built.terms()));
        assertThat(read.translatedTerms()).isEqualTo(built.translatedTerms()).isPositive();
        assertThat(second.writePending()).isZero();
        assertThat(problems).isEmpty();
    }

    private static SkillDocument sentencePair(int ordinal, String dutch, String english) {
        return new SkillDocument(ordinal, "http://data.europa.eu/esco/occupation/" + ordinal,
                List.of(new SkillDocument.WeightedLabel(dutch, 1)), List.of(new SkillDocument.WeightedLabel(english, 1)),
                "", "", List.of(), List.of(), 0);
    }

    @Test
    void translationsFromDescriptionSentencesAreStoredInTheSnapshotAndReadBack() throws IOException {
        // "tillen" is in no label: three aligned description sentences teach "lift"
        List<SkillDocument> pairs = List.of(sentencePair(0, "Zij tillen dozen.", "They lift boxes."),
                sentencePair(1, "Zij tillen patiënten.", "They lift patients."),
                sentencePair(2, "Zij tillen lasten.", "They lift loads."));
        List<SkillDocument> docs = new ArrayList<>(DOCS);
        docs.add(doc(6, List.of(), List.of("lift heavy weights"), "", List.of()));
        RetrievalSnapshots first = snapshots("code-1");
        SkillRetriever built = first.retriever("skills", docs, true, 0, List.of(), WordTranslations.ANY_LABEL, pairs);
        first.writePending();
        SkillRetriever read = snapshots("code-1").retriever("skills", docs, true, 0, List.of(),
                WordTranslations.ANY_LABEL, pairs);
        SkillRetriever withoutPairs = RetrievalSnapshots.none().retriever("skills", docs, true, 0, List.of(),
                WordTranslations.ANY_LABEL);

        String sentence = "Je kunt zware dozen tillen";
        List<SkillRetriever.Hit> hits = read.search(read.analyse(sentence, true), true, 5);
        assertThat(hits).isEqualTo(built.search(built.analyse(sentence, true), true, 5));
        assertThat(hits).extracting(SkillRetriever.Hit::ordinal).contains(6);
        assertThat(withoutPairs.search(withoutPairs.analyse(sentence, true), true, 5))
                .extracting(SkillRetriever.Hit::ordinal).doesNotContain(6);
        assertThat(read.translatedTerms()).isEqualTo(built.translatedTerms())
                .isGreaterThan(withoutPairs.translatedTerms());
        assertThat(read.translations()).isEqualTo(built.translations()).isNotEqualTo(withoutPairs.translations());
        assertThat(snapshotFolders("skills")).singleElement()
                .satisfies(f -> assertThat(f.resolve("translations.bin")).isNotEmptyFile());
    }

    @Test
    void otherSentencePairsGiveAnotherKeyAndSoNewTranslations() throws IOException {
        List<SkillDocument> pairs = List.of(sentencePair(0, "Zij tillen dozen.", "They lift boxes."),
                sentencePair(1, "Zij tillen patiënten.", "They lift patients."),
                sentencePair(2, "Zij tillen lasten.", "They lift loads."));
        RetrievalSnapshots first = snapshots("code-1");
        first.retriever("skills", DOCS, true, 0, List.of(), WordTranslations.ANY_LABEL, List.of());
        first.writePending();
        RetrievalSnapshots second = snapshots("code-1");
        SkillRetriever withPairs = second.retriever("skills", DOCS, true, 0, List.of(), WordTranslations.ANY_LABEL, pairs);

        assertThat(second.outcomes().getFirst().source()).isEqualTo(EngineSnapshots.Source.BUILT);
        assertThat(withPairs.translations()).isEqualTo(RetrievalSnapshots.none().retriever("skills", DOCS, true, 0,
                List.of(), WordTranslations.ANY_LABEL, pairs).translations());
    }

    @Test
    void aDamagedTranslationsFileIsReportedDeletedAndRebuilt() throws IOException {
        Path translations = writtenSnapshot().resolve("translations.bin");
        byte[] bytes = Files.readAllBytes(translations);
        bytes[bytes.length - 1] ^= 0x5A;
        Files.write(translations, bytes);

        assertRebuiltBecause("translations.bin is");
    }

    @Test
    void prunedPostingsAreRebuiltFromTheSnapshotAsAfterABuild() throws IOException {
        RetrievalSnapshots first = snapshots("code-1");
        SkillRetriever built = first.retriever("occupations", DOCS, true, 1);
        first.writePending();

        SkillRetriever read = snapshots("code-1").retriever("occupations", DOCS, true, 1);

        assertSameSearches(built, read);
        // one posting per term: "goederen" reaches one document only
        assertThat(read.search(read.analyse("goederen", true), true, 5)).hasSize(1);
    }

    @Test
    void anotherCodeVersionOrChangedDocumentsRebuildAndReplaceTheOldSnapshot() throws IOException {
        RetrievalSnapshots first = snapshots("code-1");
        first.retriever("skills", DOCS, true, 0);
        first.writePending();

        RetrievalSnapshots newCode = snapshots("code-2");
        newCode.retriever("skills", DOCS, true, 0);
        assertThat(newCode.outcomes().getFirst().source()).isEqualTo(EngineSnapshots.Source.BUILT);
        assertThat(newCode.outcomes().getFirst().detail()).isEqualTo("no snapshot of this version");
        newCode.writePending();
        assertThat(snapshotFolders("skills")).hasSize(1);

        List<SkillDocument> changed = new ArrayList<>(DOCS);
        changed.set(1, doc(1, List.of("dozen vouwen"), List.of("fold boxes"), "Fold boxes.", List.of()));
        RetrievalSnapshots newData = snapshots("code-2");
        SkillRetriever rebuilt = newData.retriever("skills", changed, true, 0);
        assertThat(newData.outcomes().getFirst().source()).isEqualTo(EngineSnapshots.Source.BUILT);
        assertThat(rebuilt.search(rebuilt.analyse("dozen vouwen", true), true, 5))
                .extracting(SkillRetriever.Hit::ordinal).first().isEqualTo(1);
        // another option is another index as well
        RetrievalSnapshots otherOption = snapshots("code-2");
        otherOption.retriever("skills", DOCS, false, 0);
        assertThat(otherOption.outcomes().getFirst().source()).isEqualTo(EngineSnapshots.Source.BUILT);
        assertThat(problems).isEmpty();
    }

    @Test
    void aDamagedTermsFileIsReportedDeletedAndRebuilt() throws IOException {
        Path terms = writtenSnapshot().resolve("terms.bin");
        byte[] bytes = Files.readAllBytes(terms);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(terms, bytes);

        assertRebuiltBecause("terms.bin is");
    }

    @Test
    void aTruncatedIndexFileIsReportedAndRebuilt() throws IOException {
        Path index;
        try (Stream<Path> files = Files.list(writtenSnapshot().resolve("index"))) {
            index = files.filter(f -> f.getFileName().toString().endsWith(".cfs")
                    || f.getFileName().toString().endsWith(".doc")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(index);
        Files.write(index, java.util.Arrays.copyOf(bytes, bytes.length - 7));

        assertRebuiltBecause(" is ");
    }

    @Test
    void aSnapshotWithoutItsManifestIsAnUnfinishedWriteAndRebuilt() throws IOException {
        Files.delete(writtenSnapshot().resolve("manifest.properties"));

        assertRebuiltBecause("no manifest");
    }

    @Test
    void aMissingIndexFileIsReportedAndRebuilt() throws IOException {
        Path snapshot = writtenSnapshot();
        try (Stream<Path> files = Files.list(snapshot.resolve("index"))) {
            Files.delete(files.filter(f -> f.getFileName().toString().startsWith("segments")).findFirst().orElseThrow());
        }

        assertRebuiltBecause("segments");
    }

    @Test
    void withoutAFolderEverythingIsBuiltAndNothingWritten() throws IOException {
        RetrievalSnapshots none = RetrievalSnapshots.none();
        none.retriever("skills", DOCS, true, 0);

        assertThat(none.outcomes().getFirst().source()).isEqualTo(EngineSnapshots.Source.BUILT);
        assertThat(none.writePending()).isZero();
        assertThat(none.root()).isEmpty();
    }

    @Test
    void theCodeVersionIsAHashOfTheModulesClasses() {
        String version = RetrievalSnapshots.codeVersionOf(SkillRetriever.class).orElseThrow();

        assertThat(version).hasSize(64).matches("[0-9a-f]+");
        assertThat(RetrievalSnapshots.codeVersionOf(SkillTerms.class)).contains(version);
        // a JDK class has no code source to hash
        assertThat(RetrievalSnapshots.codeVersionOf(String.class)).isEmpty();
    }

    /**
     * The platform's retrieval (skill index and occupation context) read back from snapshots extracts exactly what the
     * built one does, on the shipped taxonomy, and what the platform's retrieval without snapshots
     * ({@link SkillRetrieval#withOccupations}) does: the word translations (from occupations and all labels) are
     * derived on opening, so a snapshot must not lose them.
     */
    @Test
    void theShippedRetrievalReadBackExtractsExactlyAsBuilt() throws IOException {
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        RetrievalSnapshots first = snapshots("code-1");
        SkillRetrieval built = SkillRetrieval.shipped(taxonomy, first).withOccupationContext(
                OccupationContext.build(taxonomy, SkillRetrieval.OCCUPATION_LIFT, first));
        assertThat(first.writePending()).isEqualTo(3);
        RetrievalSnapshots second = snapshots("code-1");
        SkillRetrieval read = SkillRetrieval.shipped(taxonomy, second).withOccupationContext(
                OccupationContext.build(taxonomy, SkillRetrieval.OCCUPATION_LIFT, second));
        // the occupation sentences and the word translations are read too: a restart derives neither again
        assertThat(second.outcomes()).extracting(EngineSnapshots.Outcome::name).containsExactlyInAnyOrder(
                RetrievalSnapshots.OCCUPATION_SENTENCES, "skills", "occupations");
        assertThat(second.outcomes()).extracting(EngineSnapshots.Outcome::source)
                .containsOnly(EngineSnapshots.Source.READ);
        assertThat(second.skillDocuments(taxonomy)).isEqualTo(SkillDocuments.from(taxonomy));
        assertThat(read.retriever().translations()).isEqualTo(built.retriever().translations());

        SkillRetrieval withoutSnapshots = SkillRetrieval.withOccupations(taxonomy);
        SkillExtractor labels = SkillExtractor.create(taxonomy);
        SkillExtractor fromBuilt = labels.withRetrieval(taxonomy, built);
        SkillExtractor fromRead = labels.withRetrieval(taxonomy, read);
        List<String> texts = List.of(
                "Je rijdt met een heftruck en slaat goederen op in het magazijn. Je controleert de voorraad.",
                "We zoeken een verpleegkundige die medicatie toedient en wonden verzorgt.",
                "You design relational databases, write SQL queries and review code with the team.");
        for (String text : texts) {
            assertThat(fromRead.extract(text, ExtractionOptions.defaults()))
                    .isEqualTo(fromBuilt.extract(text, ExtractionOptions.defaults()));
            for (boolean dutch : new boolean[] {true, false}) {
                assertThat(read.score(text, dutch, 25)).isEqualTo(built.score(text, dutch, 25)).isNotEmpty()
                        .isEqualTo(withoutSnapshots.score(text, dutch, 25));
            }
        }
        assertThat(problems).isEmpty();
    }

    private Path writtenSnapshot() throws IOException {
        RetrievalSnapshots first = snapshots("code-1");
        first.retriever("skills", DOCS, true, 0);
        first.writePending();
        return snapshotFolders("skills").getFirst();
    }

    private void assertRebuiltBecause(String reason) throws IOException {
        RetrievalSnapshots again = snapshots("code-1");
        SkillRetriever rebuilt = again.retriever("skills", DOCS, true, 0);

        EngineSnapshots.Outcome outcome = again.outcomes().getFirst();
        assertThat(outcome.source()).isEqualTo(EngineSnapshots.Source.BUILT);
        assertThat(outcome.detail()).startsWith("unusable snapshot").contains(reason);
        assertThat(problems).singleElement().asString().contains("is unusable").contains("rebuilt");
        assertThat(snapshotFolders("skills")).isEmpty();
        assertSameSearches(RetrievalSnapshots.none().retriever("skills", DOCS, true, 0), rebuilt);

        assertThat(again.writePending()).isEqualTo(1);
        RetrievalSnapshots third = snapshots("code-1");
        third.retriever("skills", DOCS, true, 0);
        assertThat(third.outcomes().getFirst().source()).isEqualTo(EngineSnapshots.Source.READ);
    }

    private List<Path> snapshotFolders(String name) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(name + "-")).toList();
        }
    }

    private static void assertSameSearches(SkillRetriever expected, SkillRetriever actual) {
        for (String sentence : SENTENCES) {
            for (boolean dutch : new boolean[] {true, false}) {
                List<SkillRetriever.Hit> want = expected.search(expected.analyse(sentence, dutch), dutch, 5);
                assertThat(actual.search(actual.analyse(sentence, dutch), dutch, 5)).as(sentence).isEqualTo(want);
                assertThat(actual.searchWithLucene(actual.analyse(sentence, dutch), dutch, 5)).as(sentence)
                        .isEqualTo(expected.searchWithLucene(expected.analyse(sentence, dutch), dutch, 5));
            }
        }
        assertThat(expected.search(expected.analyse(SENTENCES.getFirst(), true), true, 5)).isNotEmpty();
    }

    private static byte[] bytes(SkillTerms terms) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(out)) {
            terms.write(data);
        }
        return out.toByteArray();
    }
}
