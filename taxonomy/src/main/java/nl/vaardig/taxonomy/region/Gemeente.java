package nl.vaardig.taxonomy.region;

import java.util.Objects;
import java.util.Optional;

/**
 * One gemeente name as CBS used it, with the last year it existed ({@link #current()} when that is the latest
 * year in the table) and its classification then. {@code amr} is null for names that ended before the
 * arbeidsmarktregio's existed.
 */
public record Gemeente(GemeenteCode code, String name, int lastYear, boolean current, AmrCode amr, String provinceCode,
                       String province, String coropCode, String corop) {

    public Gemeente {
        Objects.requireNonNull(code, "code");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("gemeente name must not be blank");
        }
        if (lastYear < 1800 || lastYear > 2200) {
            throw new IllegalArgumentException("implausible year " + lastYear);
        }
        provinceCode = provinceCode == null ? "" : provinceCode;
        province = province == null ? "" : province;
        coropCode = coropCode == null ? "" : coropCode;
        corop = corop == null ? "" : corop;
    }

    public Optional<AmrCode> labourMarketRegion() {
        return Optional.ofNullable(amr);
    }
}
