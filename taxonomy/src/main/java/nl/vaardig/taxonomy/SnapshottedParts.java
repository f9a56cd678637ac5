package nl.vaardig.taxonomy;

import java.util.Objects;
import java.util.concurrent.Executor;
import nl.vaardig.taxonomy.extract.retrieval.OccupationContext;
import nl.vaardig.taxonomy.extract.retrieval.RetrievalSnapshots;
import nl.vaardig.taxonomy.extract.retrieval.SkillRetrieval;
import nl.vaardig.taxonomy.snapshot.EngineSnapshots;

/**
 * The engine parts kept as engine snapshots, each built (or read from {@code store}) by one call with the start's
 * configuration {@code config}. A start ({@code EngineBuild}, which schedules them) and the packaging
 * ({@link ShippedEngineSnapshots}, on the defaults) both build them through these calls, so that the snapshots written
 * when the jar is packaged are under the keys a start on the shipped data asks for: a part's configuration is stated
 * here once. A start with an operator's ESCO folder parses its model and gets other keys for the parts built on it
 * (every key holds the content that decides the part), so those are built then and written for the next start.
 */
public record SnapshottedParts(EngineSnapshots store, RetrievalSnapshots retrieval, TaxonomyRuntime.Config config) {

    public SnapshottedParts {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(retrieval, "retrieval");
        Objects.requireNonNull(config, "config");
    }

    /** The parts kept in {@code store}, on the shipped data ({@link TaxonomyRuntime.Config#defaults()}). */
    public static SnapshottedParts in(EngineSnapshots store) {
        return in(store, TaxonomyRuntime.Config.defaults());
    }

    /** The parts kept in {@code store}, on what {@code config} names. */
    public static SnapshottedParts in(EngineSnapshots store, TaxonomyRuntime.Config config) {
        return new SnapshottedParts(store, RetrievalSnapshots.on(store), config);
    }

    /** The ESCO model, which every other part needs. */
    public TaxonomyRuntime.Esco esco() {
        return TaxonomyRuntime.Esco.load(config, store);
    }

    /** The rest of the taxonomy runtime (CompetentNL, the job title index); its typeahead is built on {@code typeahead}. */
    public TaxonomyRuntime runtime(TaxonomyRuntime.Esco esco, Executor typeahead) {
        return TaxonomyRuntime.load(esco, config, typeahead, store);
    }

    /** The skill retrieval index with its occupation sentences. */
    public SkillRetrieval skills(TaxonomyRuntime.Esco esco) {
        return SkillRetrieval.shipped(esco.taxonomy(), retrieval);
    }

    /** The occupation context the skill retrieval is lifted by. */
    public OccupationContext occupations(TaxonomyRuntime.Esco esco) {
        return OccupationContext.build(esco.taxonomy(), SkillRetrieval.OCCUPATION_LIFT, retrieval);
    }
}
