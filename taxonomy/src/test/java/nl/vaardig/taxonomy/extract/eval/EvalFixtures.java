package nl.vaardig.taxonomy.extract.eval;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.vaardig.taxonomy.extract.SkillExtractor;
import nl.vaardig.taxonomy.extract.lexicon.SynonymLexicon;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.extract.source.ExtractionSource;
import nl.vaardig.taxonomy.extract.source.TaxonomySource;
import nl.vaardig.taxonomy.extract.source.SkillEntry;
import nl.vaardig.taxonomy.extract.retrieval.SkillRetrieval;
import nl.vaardig.taxonomy.model.Taxonomy;

/** The extractor over the shipped ESCO snapshot, built once per JVM and shared by tests and runners. */
public final class EvalFixtures {

    public static final String DUTCH_SET = "/eval/extract/dutch_vacancies_annotations.csv";
    private static EvalFixtures instance;

    private final Taxonomy taxonomy;
    private final ExtractionSource source;
    private final SkillRetrieval retrieval;
    private final SkillExtractor extractor;
    private final Map<String, String> uriByLabel = new HashMap<>();
    private final Map<String, String> labelByUri = new HashMap<>();

    private EvalFixtures() {
        taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        source = TaxonomySource.from(taxonomy);
        retrieval = SkillRetrieval.withOccupations(taxonomy);
        extractor = SkillExtractor.create(source, SynonymLexicon.bundled()).withRetrieval(taxonomy, retrieval);
        for (SkillEntry s : source.skills()) {
            uriByLabel.put(s.preferredLabelEn(), s.uri());
            labelByUri.put(s.uri(), s.preferredLabelEn());
        }
    }

    public static synchronized EvalFixtures load() {
        if (instance == null) {
            instance = new EvalFixtures();
        }
        return instance;
    }

    public SkillExtractor extractor() {
        return extractor;
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** Retrieval over the full skill documents in retrieval order, as the application builds it. */
    public SkillRetrieval retrieval() {
        return retrieval;
    }

    public ExtractionSource source() {
        return source;
    }

    public Map<String, String> labelByUri() {
        return labelByUri;
    }

    public Map<String, String> uriByPreferredLabel() {
        return uriByLabel;
    }

    public List<AnnotatedText> annotations(Path file) {
        try {
            AnnotationsCsv.Loaded loaded = AnnotationsCsv.read(file, uriByLabel);
            loaded.problems().forEach(p -> System.err.println(file.getFileName() + " " + p));
            return loaded.texts();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public AnnotationsCsv.Loaded dutchSetWithProblems() {
        try (var in = EvalFixtures.class.getResourceAsStream(DUTCH_SET)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + DUTCH_SET);
            }
            return AnnotationsCsv.read(new InputStreamReader(in, StandardCharsets.UTF_8), uriByLabel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whole vacancies in the {@code nl_vacancies_dev/vacancies.jsonl} format: one JSON object a line with text and gold[].uri. */
    public List<AnnotatedText> vacancies(Path file) {
        try {
            return VacanciesJsonl.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<AnnotatedText> dutchSet() {
        return dutchSetWithProblems().texts();
    }
}
