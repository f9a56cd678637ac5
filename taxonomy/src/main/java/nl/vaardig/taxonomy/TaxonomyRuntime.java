package nl.vaardig.taxonomy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import nl.vaardig.taxonomy.competentnl.CompetentNlData;
import nl.vaardig.taxonomy.competentnl.CompetentNlEscoLinks;
import nl.vaardig.taxonomy.competentnl.CompetentNlLoader;
import nl.vaardig.taxonomy.esco.EscoImportReport;
import nl.vaardig.taxonomy.esco.EscoModelSnapshot;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.taxonomy.region.LabourMarketRegions;
import nl.vaardig.taxonomy.extract.lexicon.SynonymLexicon;
import nl.vaardig.taxonomy.search.TaxonomyTypeahead;
import nl.vaardig.taxonomy.snapshot.EngineSnapshots;
import nl.vaardig.taxonomy.title.JobTitleMatcher;

/**
 * Everything the taxonomy module serves, loaded once at application start: the ESCO model (shipped snapshot,
 * optionally overridden by a folder with official files such as {@code skills_nl.csv}), CompetentNL when its folder
 * is configured, the typeahead, the job title matcher and the labour-market regions. Immutable and thread-safe;
 * web-api wraps it in a Spring bean. The typeahead may still be in the making ({@link #load(Config, Executor)}):
 * {@link #typeaheadIfBuilt()} says so without waiting.
 */
public record TaxonomyRuntime(Taxonomy taxonomy, EscoImportReport importReport, Optional<CompetentNlData> competentNl,
                              Optional<CompetentNlEscoLinks> competentNlLinks,
                              CompletableFuture<TaxonomyTypeahead> typeaheadBuild,
                              JobTitleMatcher titleMatcher, LabourMarketRegions regions, Timings timings) {

    public TaxonomyRuntime {
        Objects.requireNonNull(taxonomy, "taxonomy");
        Objects.requireNonNull(importReport, "importReport");
        Objects.requireNonNull(competentNl, "competentNl");
        Objects.requireNonNull(competentNlLinks, "competentNlLinks");
        Objects.requireNonNull(typeaheadBuild, "typeaheadBuild");
        Objects.requireNonNull(titleMatcher, "titleMatcher");
        Objects.requireNonNull(regions, "regions");
        Objects.requireNonNull(timings, "timings");
    }

    /**
     * Where to read from. {@code escoOverrideDir}: a folder whose ESCO CSVs take precedence over the shipped ones
     * (ignored when absent). {@code competentNlDir}: the CompetentNL extract; empty means
     * {@link CompetentNlLoader#configuredLocation()}.
     */
    public record Config(Optional<Path> escoOverrideDir, Optional<Path> competentNlDir, boolean useCompetentNl) {
        public Config {
            Objects.requireNonNull(escoOverrideDir, "escoOverrideDir");
            Objects.requireNonNull(competentNlDir, "competentNlDir");
        }

        public static Config defaults() {
            return new Config(Optional.empty(), Optional.empty(), true);
        }

        /** This configuration with {@code dir} (empty: none) as the ESCO override folder. */
        public Config withEscoOverrideDir(Optional<Path> dir) {
            return new Config(dir, competentNlDir, useCompetentNl);
        }
    }

    /** Start-up cost of each part before the runtime is returned, in milliseconds (the typeahead's is its own). */
    public record Timings(long escoMillis, long competentNlMillis, long titleMatcherMillis) {
    }

    /** The typeahead, waiting for it while it is still being built. */
    public TaxonomyTypeahead typeahead() {
        return typeaheadBuild.join();
    }

    /** The typeahead once it is built; empty while it is being built (a failed build throws). */
    public Optional<TaxonomyTypeahead> typeaheadIfBuilt() {
        return typeaheadBuild.isDone() ? Optional.of(typeaheadBuild.join()) : Optional.empty();
    }

    public static TaxonomyRuntime load(Config config) {
        return load(config, Runnable::run);
    }

    /**
     * As {@link #load(Config)}, but the typeahead (the largest part, and only the suggest box needs it) is built on
     * {@code typeaheadExecutor} and the runtime is returned without waiting for it. {@code Runnable::run} builds it
     * in this thread first, as {@link #load(Config)} does.
     */
    public static TaxonomyRuntime load(Config config, Executor typeaheadExecutor) {
        return load(Esco.load(config), config, typeaheadExecutor, EngineSnapshots.none());
    }

    /** The ESCO model, the first part of a load: every engine builds on it, only the runtime's other parts wait. */
    public record Esco(EscoTaxonomyLoader.Loaded loaded, long millis) {
        public Esco {
            Objects.requireNonNull(loaded, "loaded");
        }

        public static Esco load(Config config) {
            return load(config, EngineSnapshots.none());
        }

        /**
         * As {@link #load(Config)}, but the shipped model is read from its snapshot in {@code snapshots} when they hold
         * this version of it ({@link EscoModelSnapshot}), and parsed otherwise; a model with an ESCO override folder is
         * always parsed.
         */
        public static Esco load(Config config, EngineSnapshots snapshots) {
            long started = System.nanoTime();
            EscoTaxonomyLoader.Loaded esco = config.escoOverrideDir().isPresent()
                    ? EscoTaxonomyLoader.shippedWithOverrides(config.escoOverrideDir().get())
                    : EscoModelSnapshot.shipped(snapshots, EscoTaxonomyLoader::shipped);
            return new Esco(esco, ms(System.nanoTime() - started));
        }

        public Taxonomy taxonomy() {
            return loaded.taxonomy();
        }
    }

    /**
     * The rest of {@link #load(Config, Executor)} on a loaded ESCO model: CompetentNL, the job title matcher (its index
     * read from {@code snapshots} when they hold this version of it: {@link JobTitleMatcher#build(Taxonomy, Map,
     * EngineSnapshots)}) and the typeahead on {@code typeaheadExecutor}.
     */
    public static TaxonomyRuntime load(Esco loaded, Config config, Executor typeaheadExecutor, EngineSnapshots snapshots) {
        EscoTaxonomyLoader.Loaded esco = loaded.loaded();
        CompletableFuture<TaxonomyTypeahead> typeahead = CompletableFuture.supplyAsync(() ->
                TaxonomyTypeahead.build(esco.taxonomy(), SynonymLexicon.bundled().dutchPhrasesBySkill()), typeaheadExecutor);
        long t2 = System.nanoTime();
        Optional<CompetentNlData> cnl = !config.useCompetentNl() ? Optional.empty()
                : config.competentNlDir().map(CompetentNlLoader::load).orElseGet(CompetentNlLoader::loadConfigured);
        Optional<CompetentNlEscoLinks> links = cnl.map(d -> CompetentNlEscoLinks.link(d, esco.taxonomy()));
        Map<OccupationUri, List<String>> extra = links.map(CompetentNlEscoLinks::extraDutchLabels).orElse(Map.of());
        long t3 = System.nanoTime();
        JobTitleMatcher matcher = JobTitleMatcher.build(esco.taxonomy(), extra, snapshots);
        long t4 = System.nanoTime();
        return new TaxonomyRuntime(esco.taxonomy(), esco.report(), cnl, links, typeahead, matcher,
                LabourMarketRegions.shipped(), new Timings(loaded.millis(), ms(t3 - t2), ms(t4 - t3)));
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
