package nl.vaardig.taxonomy.model;

/**
 * Where a set of labels comes from. {@link #ESCO_DERIVED} labels were collected mechanically from other ESCO
 * files (e.g. Dutch skill labels from the Dutch collections) and must not be shown as the official ESCO
 * classification: a UI shows them with a note.
 */
public enum LabelProvenance {
    ESCO_OFFICIAL,
    ESCO_DERIVED
}
