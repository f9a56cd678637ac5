package nl.vaardig.taxonomy.testing;

import nl.vaardig.taxonomy.title.JobTitleMatcher;

/** The job title matcher over the shipped taxonomy without CompetentNL, built once per test JVM. */
public final class ShippedTitleMatcher {

    private static volatile JobTitleMatcher instance;

    private ShippedTitleMatcher() {
    }

    public static JobTitleMatcher get() {
        JobTitleMatcher m = instance;
        if (m == null) {
            synchronized (ShippedTitleMatcher.class) {
                m = instance;
                if (m == null) {
                    m = instance = JobTitleMatcher.build(ShippedTaxonomy.get().taxonomy());
                }
            }
        }
        return m;
    }
}
