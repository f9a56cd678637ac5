package nl.vaardig.taxonomy.model;

/**
 * The source of one surface form of a concept, kept on every label of the vocabulary so that search, title
 * matching and extraction can weigh it and a UI can say where a word comes from. Weights order the sources by how
 * safely a hit on the label means the concept: ESCO's own labels first, exact crosswalk mappings next, broad or
 * narrow mappings (a related concept's name, not this one's) well below.
 */
public enum LabelSource {
    ESCO_PREFERRED(1.0, false),
    ESCO_ALTERNATIVE(0.9, false),
    ESCO_HIDDEN(0.6, false),
    /** The official ESCO Dutch preferred label as published in the ESCO ↔ VDAB crosswalk. */
    ESCO_CROSSWALK(1.0, false),
    /** Dutch labels collected from the ESCO Dutch skill collections ({@code derived_skill_labels_nl.csv}). */
    ESCO_COLLECTION(0.9, true),
    VDAB_EXACT(0.85, false),
    VDAB_CLOSE(0.7, false),
    VDAB_NARROW(0.45, false),
    VDAB_BROAD(0.35, false),
    DUTCH_NOC_EXACT(1.0, false),
    DUTCH_NOC_CLOSE(0.85, false),
    DUTCH_NOC_NARROW(0.7, false),
    DUTCH_NOC_BROAD(0.5, false),
    COMPETENTNL(0.8, false),
    /** Vaardig's Dutch label generator (machine-derived, shown with "bron: afgeleid"). */
    GENERATED(0.5, true);

    private final double weight;
    private final boolean derived;

    LabelSource(double weight, boolean derived) {
        this.weight = weight;
        this.derived = derived;
    }

    /** Default weight in (0, 1] of a label from this source. */
    public double weight() {
        return weight;
    }

    /** True when a label from this source is not a published label of the concept (say "bron: afgeleid"). */
    public boolean derived() {
        return derived;
    }

    public static LabelSource vdab(MappingRelation relation) {
        return switch (relation) {
            case EXACT -> VDAB_EXACT;
            case CLOSE -> VDAB_CLOSE;
            case NARROW -> VDAB_NARROW;
            case BROAD -> VDAB_BROAD;
        };
    }

    public static LabelSource dutchNoc(MappingRelation relation) {
        return switch (relation) {
            case EXACT -> DUTCH_NOC_EXACT;
            case CLOSE -> DUTCH_NOC_CLOSE;
            case NARROW -> DUTCH_NOC_NARROW;
            case BROAD -> DUTCH_NOC_BROAD;
        };
    }
}
