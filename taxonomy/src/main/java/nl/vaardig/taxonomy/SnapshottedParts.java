package nl.vaardig.taxonomy;

import java.util.Objects;
import java.util.concurrent.Executor;
import nl.vaardig.taxonomy.extract.retrieval.OccupationContext;
import nl.vaardig.taxonomy.extract.retrieval.RetrievalSnapshots;
import nl.vaardig.taxonomy.extract.retrieval.SkillRetrieval;
import nl.vaardig.taxonomy.snapshot.EngineSnapshots;

/**
 * The engine parts kept as engine snapshots, each built (or read from {@code store}) by one call with the start's
 * configuration. A start ({@code EngineBuild}, which schedules them) and the packaging ({@link ShippedEngineSnapshots})
 * both build them through these calls, so that the snapshots written when the jar is packaged are under the keys a
 * start asks for: a part's configuration is stated here once.
 */
public record SnapshottedParts(EngineSnapshots store, RetrievalSnapshots retrieval) {

    private static final TaxonomyRuntime.Config CONFIG = TaxonomyRuntime.Config.defaults();

    public SnapshottedParts {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(retrieval, "retrieval");
    }

    /** The parts kept in {@code store}. */
    public static SnapshottedParts in(EngineSnapshots store) {
        return new SnapshottedParts(store, RetrievalSnapshots.on(store));
    }

    /** The ESCO model, which every other part needs. */
    public TaxonomyRuntime.Esco esco() {
        return TaxonomyRuntime.Esco.load(CONFIG, store);
    }

    /** The rest of the taxonomy runtime (CompetentNL, the job title index); its typeahead is built on {@code typeahead}. */
    public TaxonomyRuntime runtime(TaxonomyRuntime.Esco esco, Executor typeahead) {
        return TaxonomyRuntime.load(esco, CONFIG, typeahead, store);
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
