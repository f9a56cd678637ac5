package nl.vaardig.taxonomy.esco;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.vaardig.taxonomy.dutch.GeneratedDutchLabels;
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.taxonomy.model.TaxonomyVersion;

/**
 * Loads the in-memory {@link Taxonomy}: the shipped snapshot, optionally with a user-supplied folder (e.g. one
 * holding the official {@code skills_nl.csv}) searched first.
 */
public final class EscoTaxonomyLoader {

    private EscoTaxonomyLoader() {
    }

    /** The model and the report of the import that built it. */
    public record Loaded(Taxonomy taxonomy, EscoImportReport report) implements java.io.Serializable {
        public Loaded {
            Objects.requireNonNull(taxonomy, "taxonomy");
            Objects.requireNonNull(report, "report");
        }
    }

    /** The languages of the shipped model. */
    public static final List<Locale> SHIPPED_LANGUAGES = List.of(Locale.ENGLISH, Locale.of("nl"));

    /** ESCO v1.1.1 from the classpath snapshot, English + Dutch, with the generated Dutch skill labels. */
    public static Loaded shipped() {
        return load(EscoSource.shippedSnapshot(), TaxonomyVersion.ESCO_1_1_1, SHIPPED_LANGUAGES,
                GeneratedDutchLabels.shipped());
    }

    /**
     * The shipped snapshot, with files in {@code overrideDir} taking precedence when the folder exists (a missing
     * folder is ignored, so the same configuration works on a fresh clone).
     */
    public static Loaded shippedWithOverrides(Path overrideDir) {
        EscoSource source = overrideDir != null && Files.isDirectory(overrideDir)
                ? EscoSource.firstOf(EscoSource.directory(overrideDir), EscoSource.shippedSnapshot())
                : EscoSource.shippedSnapshot();
        return load(source, TaxonomyVersion.ESCO_1_1_1, SHIPPED_LANGUAGES, GeneratedDutchLabels.shipped());
    }

    /**
     * Imports and builds.
     *
     * @throws IllegalStateException when a required file is missing or unreadable (the report says which)
     */
    public static Loaded load(EscoSource source, TaxonomyVersion version, List<Locale> languages) {
        return load(source, version, languages, null);
    }

    /** Imports, adds the generated Dutch skill labels (when given and Dutch is among the languages) and builds. */
    public static Loaded load(EscoSource source, TaxonomyVersion version, List<Locale> languages,
                              GeneratedDutchLabels generated) {
        var sink = new ModelBuildingSink(version);
        EscoImportReport report = new EscoImporter(source, version, languages).importInto(sink);
        if (!report.complete()) {
            throw new IllegalStateException("ESCO import incomplete:\n" + report.summary());
        }
        if (generated != null && languages.stream().anyMatch(l -> l.getLanguage().equals("nl"))) {
            sink.generatedLabels(generated);
        }
        return new Loaded(sink.build(), report);
    }
}
