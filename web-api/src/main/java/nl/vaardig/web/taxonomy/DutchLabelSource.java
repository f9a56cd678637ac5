package nl.vaardig.web.taxonomy;

import nl.vaardig.taxonomy.model.ResolvedLabel;

/**
 * Where the Dutch label in an export comes from, as its own column: official ESCO ("officieel"), derived
 * ("afgeleid", automatically translated, not the ESCO name) or none ("geen": the Dutch column repeats the English).
 */
public enum DutchLabelSource {
    OFFICIAL("officieel"),
    DERIVED("afgeleid"),
    NONE("geen");

    private final String column;

    DutchLabelSource(String column) {
        this.column = column;
    }

    /** The word in the export column (Dutch in every export, like the column's header). */
    public String column() {
        return column;
    }

    /** {@code dutch} must be the label resolved for Dutch; a fallback means no Dutch label exists. */
    public static DutchLabelSource of(ResolvedLabel dutch) {
        if (dutch.fallback() || !"nl".equals(dutch.language().getLanguage())) {
            return NONE;
        }
        return dutch.derived() ? DERIVED : OFFICIAL;
    }
}
