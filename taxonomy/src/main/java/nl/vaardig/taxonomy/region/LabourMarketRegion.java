package nl.vaardig.taxonomy.region;

import java.util.List;
import java.util.Objects;

/** An arbeidsmarktregio with its current gemeenten (sorted by name). */
public record LabourMarketRegion(AmrCode code, String name, List<Gemeente> gemeenten) {
    public LabourMarketRegion {
        Objects.requireNonNull(code, "code");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("region name must not be blank");
        }
        gemeenten = List.copyOf(gemeenten);
    }
}
