package nl.vaardig.taxonomy.competentnl;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A CompetentNL human capability with its Dutch alternative labels and, when known, how many CompetentNL occupations
 * require it ({@code idf} as computed by the third-party extract, see the data README).
 */
public record HumanCapability(HumanCapabilityUri uri, String prefLabel, List<String> altLabels, Optional<Usage> usage) {

    public HumanCapability {
        Objects.requireNonNull(uri, "uri");
        if (prefLabel == null || prefLabel.isBlank()) {
            throw new IllegalArgumentException("capability " + uri + " has no preferred label");
        }
        altLabels = List.copyOf(altLabels);
        Objects.requireNonNull(usage, "usage");
    }

    /** Occupations requiring the capability, out of all CompetentNL occupations. */
    public record Usage(int occupationCount, double coveragePercent, double idf) {
        public Usage {
            if (occupationCount < 0 || coveragePercent < 0 || coveragePercent > 100) {
                throw new IllegalArgumentException("implausible usage " + occupationCount + " / " + coveragePercent + "%");
            }
        }
    }
}
