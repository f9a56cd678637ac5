package nl.vaardig.taxonomy.testing;

import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;

/** Loads the shipped ESCO snapshot once per test JVM; tests share the immutable result. */
public final class ShippedTaxonomy {

    private static volatile EscoTaxonomyLoader.Loaded loaded;

    private ShippedTaxonomy() {
    }

    public static EscoTaxonomyLoader.Loaded get() {
        EscoTaxonomyLoader.Loaded l = loaded;
        if (l == null) {
            synchronized (ShippedTaxonomy.class) {
                l = loaded;
                if (l == null) {
                    l = loaded = EscoTaxonomyLoader.shipped();
                }
            }
        }
        return l;
    }
}
