package nl.vaardig.web.feed;

import java.util.Locale;
import nl.vaardig.ingest.feed.RegionResolver;
import nl.vaardig.matching.engine.InMemoryDirectory;
import nl.vaardig.matching.engine.MatchingEngine;
import nl.vaardig.matching.scoring.MatchWeights;
import nl.vaardig.matching.scoring.SkillGraph;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.taxonomy.extract.SkillExtractor;
import nl.vaardig.taxonomy.region.LabourMarketRegions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The engines the feed pipeline needs — taxonomy, skill extractor, matching engine, region lookup — as
 * defaults: each backs off as soon as the application defines its own bean of that type (auto-configuration
 * runs after the application's configuration, so {@code @ConditionalOnMissingBean} is reliable here). The
 * matching index is in memory; the index consumer rebuilds it from the vacancy table at start. The defaults take
 * their parts from the JVM's {@link EngineBuild}, started with the application and built in parallel; an extractor or
 * engine over an application-defined taxonomy is built here from that taxonomy.
 */
@AutoConfiguration
public class FeedEngineDefaults {

    @Bean
    @ConditionalOnMissingBean
    TaxonomyRuntime taxonomyRuntime(@Value("${vaardig.startup.typeahead-in-background:true}") boolean typeaheadInBackground) {
        TaxonomyRuntime runtime = EngineBuild.shared().taxonomy();
        if (!typeaheadInBackground) {
            EngineBuild.shared().typeahead(); // tests that type into the suggest box right after start
        }
        return runtime;
    }

    /**
     * Label matching plus retrieval over skill documents: it finds more of the skills in text written without ESCO's
     * words (docs/benchmarks.md, issue 13). What the public endpoint runs; feed ingest uses the same model without
     * retrieval ({@link nl.vaardig.ingest.pipeline.ExtractorSkillSuggester}), because retrieval costs about ten times the CPU per document.
     */
    @Bean
    @ConditionalOnMissingBean
    SkillExtractor skillExtractor(TaxonomyRuntime taxonomy) {
        return taxonomy == EngineBuild.shared().taxonomy() ? EngineBuild.shared().extractor()
                : SkillExtractor.createWithRetrieval(taxonomy.taxonomy());
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    MatchingEngine matchingEngine(TaxonomyRuntime taxonomy) {
        SkillGraph graph = taxonomy == EngineBuild.shared().taxonomy() ? EngineBuild.shared().skillGraph()
                : SkillGraph.build(taxonomy.taxonomy(), MatchWeights.defaults());
        return MatchingEngine.open(InMemoryDirectory.create(), graph, MatchingEngine.Options.defaults());
    }

    @Bean
    @ConditionalOnMissingBean
    RegionResolver regionResolver() {
        LabourMarketRegions regions = LabourMarketRegions.shipped();
        return gemeente -> regions.regionOf(gemeente.strip()).map(region -> region.code().value().toUpperCase(Locale.ROOT));
    }
}
