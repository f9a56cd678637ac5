package nl.vaardig.taxonomy.testing;

import nl.vaardig.taxonomy.extract.lexicon.SynonymLexicon;
import nl.vaardig.taxonomy.search.TaxonomyTypeahead;

/** The typeahead over the shipped taxonomy, built once per test JVM. */
public final class ShippedTypeahead {

    private static volatile TaxonomyTypeahead instance;

    private ShippedTypeahead() {
    }

    public static TaxonomyTypeahead get() {
        TaxonomyTypeahead t = instance;
        if (t == null) {
            synchronized (ShippedTypeahead.class) {
                t = instance;
                if (t == null) {
                    t = instance = TaxonomyTypeahead.build(ShippedTaxonomy.get().taxonomy(),
                            SynonymLexicon.bundled().dutchPhrasesBySkill());
                }
            }
        }
        return t;
    }
}
