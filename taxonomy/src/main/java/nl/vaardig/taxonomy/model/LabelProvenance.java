package nl.vaardig.taxonomy.model;

/**
 * Where the labels a concept is shown with come from. Only {@link #ESCO_OFFICIAL} may be presented as the official
 * ESCO classification; {@link #ESCO_DERIVED} labels were collected mechanically from other ESCO files (the Dutch
 * skill collections) and {@link #GENERATED} labels were produced by Vaardig's own Dutch label generator. A UI shows
 * both with the note "bron: afgeleid".
 */
public enum LabelProvenance {
    ESCO_OFFICIAL,
    ESCO_DERIVED,
    GENERATED;

    /** Lower is better: an official label replaces a derived one, a derived one a generated one. */
    int rank() {
        return ordinal();
    }
}
