package nl.vaardig.web.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.vaardig.matching.scoring.MatchWeights;
import nl.vaardig.taxonomy.extract.ExtractionOptions;
import nl.vaardig.taxonomy.extract.SkillExtractor;
import nl.vaardig.taxonomy.search.TypeaheadQuery;
import org.junit.jupiter.api.Test;

class EngineBuildTest {

    private static final List<String> TEXTS = List.of(
            "Wij zoeken een kok die de keuken schoonhoudt en menu's samenstelt.",
            "You will maintain Java services, write SQL queries and review code with the team.",
            "Als verzorgende help je cliënten bij de persoonlijke verzorging en het toedienen van medicatie.");

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
}
