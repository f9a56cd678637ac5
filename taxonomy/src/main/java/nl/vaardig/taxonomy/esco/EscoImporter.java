package nl.vaardig.taxonomy.esco;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.vaardig.taxonomy.csv.BatchSink;
import nl.vaardig.taxonomy.csv.CsvHeaderException;
import nl.vaardig.taxonomy.csv.CsvTableLoader;
import nl.vaardig.taxonomy.csv.LoadStats;
import nl.vaardig.taxonomy.csv.RowMapper;
import nl.vaardig.taxonomy.model.EscoCollection;
import nl.vaardig.taxonomy.model.TaxonomyVersion;

/**
 * Imports an official ESCO v1.x CSV download (any set of languages present) into an {@link EscoRecordSink}.
 *
 * <p>The first language is the primary one: its concept files are required. For other languages the concept
 * files are optional; for skills, a language without {@code skills_<lang>.csv} falls back to
 * {@code derived_skill_labels_<lang>.csv} when present (labels marked derived). Relation files are
 * language-independent ({@code occupationSkillRelations.csv}) or, in newer downloads, carry the primary
 * language suffix ({@code occupationSkillRelations_en.csv}); both are accepted. Collections are read from the
 * first language that has them. With Dutch among the languages, the ESCO portal's national crosswalks are read
 * when present: ESCO ↔ VDAB competences (official ESCO Dutch skill labels, VDAB labels) and ESCO ↔ Dutch NOC
 * (national occupation titles).
 */
public final class EscoImporter {

    private static final Locale DUTCH = Locale.of("nl");

    private final EscoSource source;
    private final TaxonomyVersion version;
    private final List<Locale> languages;
    private final int batchSize;

    public EscoImporter(EscoSource source, TaxonomyVersion version, List<Locale> languages) {
        this(source, version, languages, CsvTableLoader.DEFAULT_BATCH_SIZE);
    }

    public EscoImporter(EscoSource source, TaxonomyVersion version, List<Locale> languages, int batchSize) {
        this.source = Objects.requireNonNull(source, "source");
        this.version = Objects.requireNonNull(version, "version");
        if (languages == null || languages.isEmpty()) {
            throw new IllegalArgumentException("at least one language is needed");
        }
        this.languages = languages.stream().map(l -> Locale.of(l.getLanguage().toLowerCase(Locale.ROOT))).distinct().toList();
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive");
        }
        this.batchSize = batchSize;
    }

    /** The shipped ESCO v1.1.1 snapshot, English then Dutch. */
    public static EscoImporter shippedSnapshot() {
        return new EscoImporter(EscoSource.shippedSnapshot(), TaxonomyVersion.ESCO_1_1_1,
                List.of(Locale.ENGLISH, Locale.of("nl")));
    }

    public EscoImportReport importInto(EscoRecordSink sink) {
        long started = System.nanoTime();
        var run = new Run();
        Locale primary = languages.getFirst();

        for (Locale lang : languages) {
            boolean required = lang.equals(primary);
            String l = lang.getLanguage();
            run.load("ISCOGroups_" + l + ".csv", required, EscoRowMappers.iscoGroups(version, lang), sink::iscoGroups);
            run.load("skillGroups_" + l + ".csv", required, EscoRowMappers.skillGroups(version, lang), sink::skillGroups);
            boolean officialSkills = run.load("skills_" + l + ".csv", required, EscoRowMappers.skills(version, lang), sink::skills);
            if (!officialSkills && !required) {
                String derived = "derived_skill_labels_" + l + ".csv";
                if (run.load(derived, false, EscoRowMappers.derivedSkillLabels(version, lang), sink::labels)) {
                    run.notes.add("skill labels in '" + l + "' come from " + derived
                            + " (DERIVED from the ESCO collections, not the official ESCO classification); "
                            + "skills without one fall back to English");
                }
            }
            run.load("occupations_" + l + ".csv", required, EscoRowMappers.occupations(version, lang), sink::occupations);
            run.load("skillsHierarchy_" + l + ".csv", required, EscoRowMappers.skillHierarchy(version, lang), sink::skillHierarchy);
        }

        run.loadEither(List.of("occupationSkillRelations.csv", "occupationSkillRelations_" + primary.getLanguage() + ".csv"),
                EscoRowMappers.occupationSkills(version), sink::occupationSkillRelations);
        run.loadEither(List.of("skillSkillRelations.csv", "skillSkillRelations_" + primary.getLanguage() + ".csv"),
                EscoRowMappers.skillSkills(version), sink::skillSkillRelations);
        run.loadEither(List.of("broaderRelationsSkillPillar.csv", "broaderRelationsSkillPillar_" + primary.getLanguage() + ".csv"),
                EscoRowMappers.broader(version), sink::broaderRelations);
        run.loadEither(List.of("broaderRelationsOccPillar.csv", "broaderRelationsOccPillar_" + primary.getLanguage() + ".csv"),
                EscoRowMappers.broader(version), sink::broaderRelations);

        for (EscoCollection c : EscoCollection.values()) {
            var names = languages.stream().map(lang -> c.fileStem() + "_" + lang.getLanguage() + ".csv").toList();
            Optional<String> found = names.stream().filter(n -> source.find(n).isPresent()).findFirst();
            if (found.isPresent()) {
                run.load(found.get(), false, EscoRowMappers.collection(version, c), sink::collectionMembers);
            } else {
                run.missingOptional.add(String.join(" or ", names));
            }
        }
        if (languages.contains(DUTCH)) {
            // after the concept files, so an operator's official skills_nl.csv keeps its preferred labels
            if (run.load(CrosswalkRowMappers.COMPETENCES_FILE, false, CrosswalkRowMappers.competences(version),
                    sink::competenceMappings)) {
                run.notes.add("official ESCO Dutch skill labels (and VDAB competence labels as weighted alternatives) from "
                        + CrosswalkRowMappers.COMPETENCES_FILE);
            }
            run.load(CrosswalkRowMappers.NATIONAL_TITLES_FILE, false, CrosswalkRowMappers.nationalTitles(version),
                    sink::nationalTitles);
        }
        return new EscoImportReport(version, source.describe(), run.stats, run.refused, run.missingRequired,
                run.missingOptional, run.notes, Duration.ofNanos(System.nanoTime() - started));
    }

    private final class Run {
        final List<LoadStats> stats = new ArrayList<>();
        final List<String> refused = new ArrayList<>();
        final List<String> missingRequired = new ArrayList<>();
        final List<String> missingOptional = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        /** Returns true when the file was found and its header was usable. */
        <R> boolean load(String fileName, boolean required, RowMapper<R> mapper, BatchSink<R> sink) {
            Optional<EscoSource.EscoFile> file = source.find(fileName);
            if (file.isEmpty()) {
                (required ? missingRequired : missingOptional).add(fileName);
                return false;
            }
            try {
                stats.add(CsvTableLoader.load(fileName, file.get().open(), mapper, sink, batchSize));
                return true;
            } catch (CsvHeaderException e) {
                refused.add(e.getMessage());
                return false;
            }
        }

        <R> void loadEither(List<String> fileNames, RowMapper<R> mapper, BatchSink<R> sink) {
            for (String name : fileNames) {
                if (source.find(name).isPresent()) {
                    load(name, true, mapper, sink);
                    return;
                }
            }
            missingRequired.add(String.join(" or ", fileNames));
        }
    }
}
