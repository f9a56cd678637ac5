package nl.vaardig.web.taxonomy;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.CompletableFuture;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.taxonomy.search.TaxonomyTypeahead;
import nl.vaardig.web.feed.EngineBuild;
import nl.vaardig.web.platform.problem.ApiProblemHandler;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The suggest box in the seconds after "ready", while the typeahead is still being built, and once it is there. */
class SuggestWhileStartingTest {

    @Test
    void answers503ProblemWithRetryAfterUntilTheTypeaheadIsBuiltThenSuggests() throws Exception {
        TaxonomyRuntime built = EngineBuild.shared().taxonomy();
        CompletableFuture<TaxonomyTypeahead> typeahead = new CompletableFuture<>();
        TaxonomyRuntime starting = new TaxonomyRuntime(built.taxonomy(), built.importReport(), built.competentNl(),
                built.competentNlLinks(), typeahead, built.titleMatcher(), built.regions(), built.timings());
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new SuggestController(starting))
                .setControllerAdvice(new ApiProblemHandler()).build();

        mvc.perform(get("/api/public/taxonomy/suggest").param("q", "kapp"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://vaardig.nl/problems/unavailable"))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(jsonPath("$.startingPart").value("typeahead"));
        // an empty query needs no typeahead: answered as before
        mvc.perform(get("/api/public/taxonomy/suggest").param("q", " "))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty());

        typeahead.complete(EngineBuild.shared().typeahead());

        mvc.perform(get("/api/public/taxonomy/suggest").param("q", "kapp"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isNotEmpty());
    }
}
