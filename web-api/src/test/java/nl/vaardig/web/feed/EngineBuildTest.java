package nl.vaardig.web.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.vaardig.matching.scoring.MatchWeights;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.extract.ExtractionOptions;
import nl.vaardig.taxonomy.extract.SkillExtractor;
import nl.vaardig.taxonomy.snapshot.EngineSnapshots;
import nl.vaardig.taxonomy.search.TypeaheadQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineBuildTest {

    private static final List<String> TEXTS = List.of(
            "Wij zoeken een kok die de keuken schoonhoudt en menu's samenstelt.",
            "You will maintain Java services, write SQL queries and review code with the team.",
            "Als verzorgende help je cliënten bij de persoonlijke verzorging en het toedienen van medicatie.");
    private static final List<String> TITLES = List.of("verpleegkundige", "kok", "vrachtwagenchauffeur",
            "ontwikkelaar java", "docent wiskunde", "medewerker klantenservice");
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    void theJvmBuildsTheEnginesOnceAndEveryContextGetsTheSameParts() {
        EngineBuild first = EngineBuild.shared();
        EngineBuild second = EngineBuild.shared();

        assertThat(second).isSameAs(first);
        assertThat(second.taxonomy()).isSameAs(first.taxonomy());
        assertThat(second.extractor()).isSameAs(first.extractor());
        assertThat(first.skillGraph().taxonomy()).isSameAs(first.taxonomy().taxonomy());
    }

    @Test
    void theParallelBuildGivesWhatTheBeansBuiltOneAfterTheOther() {
        EngineBuild build = EngineBuild.shared();
        SkillExtractor sequential = SkillExtractor.createWithRetrieval(build.taxonomy().taxonomy());

        for (String text : TEXTS) {
            assertThat(build.extractor().extract(text, ExtractionOptions.defaults()))
                    .as(text).isEqualTo(sequential.extract(text, ExtractionOptions.defaults()));
        }
        assertThat(build.extractor().extract(TEXTS.get(0), ExtractionOptions.defaults()).skills()).isNotEmpty();
        assertThat(build.skillGraph().weights()).isEqualTo(MatchWeights.defaults());
        assertThat(build.skillGraph().skillCount()).isEqualTo(build.taxonomy().taxonomy().skillCount());
    }

    @Test
    void theTypeaheadWaitsForReadyThenIsBuilt() throws Exception {
        // one thread: whatever the finished engines release is queued before the fence below
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            EngineBuild build = new EngineBuild(pool);
            build.extractor();
            build.skillGraph();
            pool.submit(() -> { }).get(1, TimeUnit.MINUTES);

            assertThat(build.taxonomy().typeaheadIfBuilt()).as("typeahead before ready").isEmpty();

            build.startBackgroundParts();
            assertThat(build.typeahead().suggest(TypeaheadQuery.of("kapp", Locale.forLanguageTag("nl")))).isNotEmpty();
            assertThat(build.taxonomy().typeaheadIfBuilt()).isPresent();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theRetrievalAndTitleIndexesAreWrittenAfterReadyAndTheNextBuildReadsThemWithTheSameResults(@TempDir Path folder,
            @TempDir Path shippedTemp) throws Exception {
        ExecutorService firstPool = Executors.newFixedThreadPool(2);
        EngineBuild first = new EngineBuild(firstPool, snapshotsIn(folder));
        // the title index's outcome is the taxonomy's, which the extractor does not wait for
        first.taxonomy();
        first.extractor();
        first.skillGraph();
        assertThat(first.snapshotOutcomes()).extracting(EngineSnapshots.Outcome::source)
                .containsExactlyInAnyOrder(EngineSnapshots.Source.BUILT, EngineSnapshots.Source.BUILT,
                        EngineSnapshots.Source.BUILT, EngineSnapshots.Source.BUILT, EngineSnapshots.Source.BUILT);
        assertThat(snapshotFiles(folder)).as("nothing written before ready").isEmpty();
        // nothing to read: the ESCO model is parsed first, and the retrieval indexes start after the whole taxonomy
        // runtime, so after the title index
        assertThat(first.schedule()).isEqualTo(EngineBuild.Schedule.AFTER_TAXONOMY);
        assertThat(first.snapshotOutcomes()).extracting(EngineSnapshots.Outcome::name)
                .containsExactlyInAnyOrder("esco-model", "titles", "skills", "occupations", "occupation-sentences")
                .startsWith("esco-model", "titles");

        first.startBackgroundParts();
        // the pool shuts down once the typeahead is built and the snapshots are written
        assertThat(firstPool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
        assertThat(snapshotFiles(folder)).anyMatch(name -> name.startsWith("skills-"))
                .anyMatch(name -> name.startsWith("occupations-")).anyMatch(name -> name.startsWith("titles-"))
                .anyMatch(name -> name.startsWith("occupation-sentences-"))
                .anyMatch(name -> name.startsWith("esco-model-")).hasSize(5);

        ExecutorService secondPool = Executors.newFixedThreadPool(2);
        try {
            EngineBuild second = new EngineBuild(secondPool, snapshotsIn(folder));
            for (String text : TEXTS) {
                assertThat(second.extractor().extract(text, ExtractionOptions.defaults()))
                        .as(text).isEqualTo(first.extractor().extract(text, ExtractionOptions.defaults()));
            }
            for (String title : TITLES) {
                assertThat(second.taxonomy().titleMatcher().match(title, DUTCH, 10)).as(title)
                        .isEqualTo(first.taxonomy().titleMatcher().match(title, DUTCH, 10));
            }
            assertThat(second.snapshotOutcomes()).extracting(EngineSnapshots.Outcome::source)
                    .containsExactly(EngineSnapshots.Source.READ, EngineSnapshots.Source.READ,
                            EngineSnapshots.Source.READ, EngineSnapshots.Source.READ, EngineSnapshots.Source.READ);
            assertThat(second.schedule()).as("a restart: the engines start on the ESCO model alone")
                    .isEqualTo(EngineBuild.Schedule.AFTER_ESCO);
        } finally {
            secondPool.shutdownNow();
        }
        aFirstStartWithShippedSnapshotsCopiesThemAndReadsEveryPart(first, folder, shippedTemp);
    }

    /**
     * A first start with the snapshots the package step ships (the folder {@code built}, written by {@code first}):
     * they are copied into the empty folder, every part is read, and it extracts and matches titles as {@code first}.
     * In the test above, so that the build the archive comes from is not done twice.
     */
    private static void aFirstStartWithShippedSnapshotsCopiesThemAndReadsEveryPart(EngineBuild first, Path built,
            Path temp) throws Exception {
        // the archive the package step ships (ShippedEngineSnapshots writes it the same way)
        Path archive = temp.resolve("engine-snapshots.zip");
        try (OutputStream out = Files.newOutputStream(archive)) {
            String codeVersion = EngineSnapshots.codeVersionOf(EngineSnapshots.class).orElseThrow();
            assertThat(EngineSnapshots.in(built, codeVersion, problem -> { }).exportTo(out)).isEqualTo(5);
        }

        Path empty = temp.resolve("first-start");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            EngineBuild shipped = new EngineBuild(pool, snapshotsIn(empty),
                    Optional.of(archive.toUri().toURL()));
            for (String text : TEXTS) {
                assertThat(shipped.extractor().extract(text, ExtractionOptions.defaults()))
                        .as(text).isEqualTo(first.extractor().extract(text, ExtractionOptions.defaults()));
            }
            for (String title : TITLES) {
                assertThat(shipped.taxonomy().titleMatcher().match(title, DUTCH, 10)).as(title)
                        .isEqualTo(first.taxonomy().titleMatcher().match(title, DUTCH, 10));
            }
            assertThat(shipped.snapshotOutcomes()).extracting(EngineSnapshots.Outcome::source)
                    .containsExactly(EngineSnapshots.Source.READ, EngineSnapshots.Source.READ,
                            EngineSnapshots.Source.READ, EngineSnapshots.Source.READ, EngineSnapshots.Source.READ);
            assertThat(shipped.schedule()).as("the copied snapshots make it a restart")
                    .isEqualTo(EngineBuild.Schedule.AFTER_ESCO);
            assertThat(shipped.shippedSnapshots()).startsWith("5 copied in ");
            assertThat(snapshotFiles(empty)).hasSize(5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theIndexesWaitForTheFolderAndWithoutOneAreBuilt() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            EngineBuild build = new EngineBuild(pool, new CompletableFuture<>());
            Thread.sleep(2_000);
            assertThat(build.snapshotOutcomes()).as("no folder named yet").isEmpty();

            build.useSources(EngineBuild.Sources.none());
            build.useSources(EngineBuild.Sources.snapshotsIn(Optional.of(Path.of("ignored-second-call"))));

            assertThat(build.extractor().extract(TEXTS.get(0), ExtractionOptions.defaults()).skills()).isNotEmpty();
            build.taxonomy();
            assertThat(build.snapshotOutcomes()).extracting(EngineSnapshots.Outcome::detail)
                    .containsExactly("no snapshot folder", "no snapshot folder", "no snapshot folder",
                            "no snapshot folder", "no snapshot folder");
            assertThat(build.schedule()).isEqualTo(EngineBuild.Schedule.AFTER_TAXONOMY);
            assertThat(build.taxonomy().titleMatcher().match(TITLES.getFirst(), DUTCH, 5).occupations()).isNotEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anOperatorsEscoFolderReachesTheTaxonomyAndTheExtractor(@TempDir Path esco) throws Exception {
        // the official Dutch label of a skill the shipped data has none for, as ESCO's Dutch download gives it
        String purifier = "http://data.europa.eu/esco/skill/067a0c6d-4d8b-4e62-bce1-fc27c26f08c6";
        Files.createDirectories(esco.resolve("nl"));
        Files.writeString(esco.resolve("nl/skills_nl.csv"),
                "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,description\n"
                        + "KnowledgeSkillCompetence," + purifier + ",skill/competence,occupation-specific,"
                        + "griesreiniger bedienen,,,released,\n");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            EngineBuild build = new EngineBuild(pool, CompletableFuture.completedFuture(new EngineBuild.Sources(
                    Optional.empty(), TaxonomyRuntime.Config.defaults().withEscoOverrideDir(Optional.of(esco)))));

            var skill = build.taxonomy().taxonomy().skill(new SkillUri(purifier)).orElseThrow();
            assertThat(skill.label(DUTCH).text()).isEqualTo("griesreiniger bedienen");
            assertThat(skill.label(DUTCH).derived()).as("an official label, not marked as derived").isFalse();
            assertThat(build.extractor().extract("Je kunt een griesreiniger bedienen.", ExtractionOptions.defaults())
                    .skills()).extracting(found -> found.skillUri().value()).contains(purifier);
        } finally {
            pool.shutdownNow();
        }
    }

    private static CompletableFuture<EngineBuild.Sources> snapshotsIn(Path folder) {
        return CompletableFuture.completedFuture(EngineBuild.Sources.snapshotsIn(Optional.of(folder)));
    }

    private static List<String> snapshotFiles(Path folder) throws java.io.IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
