package nl.vaardig.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.vaardig.taxonomy.search.TypeaheadQuery;
import org.junit.jupiter.api.Test;

class TaxonomyRuntimeTest {

    @Test
    void runtimeWithoutCompetentNlServesEveryPart() {
        var runtime = TaxonomyRuntime.load(new TaxonomyRuntime.Config(
                Optional.of(Path.of("/nonexistent/esco-overrides")), Optional.empty(), false));
        assertThat(runtime.taxonomy().occupationCount()).isEqualTo(3_007);
        assertThat(runtime.importReport().complete()).isTrue();
        assertThat(runtime.competentNl()).isEmpty();
        assertThat(runtime.competentNlLinks()).isEmpty();
        assertThat(runtime.typeahead().suggest(TypeaheadQuery.of("kapp", Locale.of("nl")))).isNotEmpty();
        assertThat(runtime.titleMatcher().match("kapper", Locale.of("nl"), 1).occupations()).isNotEmpty();
        assertThat(runtime.regions().all()).hasSize(35);
        System.out.println("runtime start-up: " + runtime.timings());
    }

    @Test
    void theTypeaheadCanBeBuiltAfterTheRuntimeIsReturnedAndAnswersTheSame() {
        var config = new TaxonomyRuntime.Config(Optional.of(Path.of("/nonexistent/esco-overrides")), Optional.empty(), false);
        List<Runnable> deferred = new ArrayList<>();
        var early = TaxonomyRuntime.load(config, deferred::add);

        assertThat(early.typeaheadIfBuilt()).isEmpty();
        assertThat(early.titleMatcher().match("kapper", Locale.of("nl"), 1).occupations()).isNotEmpty();
        assertThat(deferred).hasSize(1);
        deferred.getFirst().run();
        assertThat(early.typeaheadIfBuilt()).isPresent();

        var sequential = TaxonomyRuntime.load(config);
        assertThat(sequential.typeaheadIfBuilt()).isPresent();
        for (String prefix : List.of("kapp", "verpleeg", "java", "lasser")) {
            var query = TypeaheadQuery.of(prefix, Locale.of("nl"));
            assertThat(early.typeahead().suggest(query)).as(prefix).isNotEmpty()
                    .isEqualTo(sequential.typeahead().suggest(query));
        }
    }
}
