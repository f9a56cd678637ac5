package nl.vaardig.web.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.vaardig.matching.scoring.MatchWeights;
import nl.vaardig.taxonomy.extract.ExtractionOptions;
import nl.vaardig.taxonomy.extract.SkillExtractor;
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
}
