package nl.vaardig.taxonomy.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which classification release a record or model belongs to, e.g. {@code esco-1.1.1}. Carried on every
 * imported record so that a later release can be loaded beside an earlier one.
 */
public record TaxonomyVersion(String id) implements java.io.Serializable {

    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9]*-[0-9][0-9a-z.\\-]*");

    public static final TaxonomyVersion ESCO_1_1_1 = new TaxonomyVersion("esco-1.1.1");

    public TaxonomyVersion {
        Objects.requireNonNull(id, "id");
        if (!SHAPE.matcher(id).matches()) {
            throw new IllegalArgumentException("taxonomy version must look like 'esco-1.1.1', was '" + id + "'");
        }
    }

    public static TaxonomyVersion esco(String release) {
        return new TaxonomyVersion("esco-" + release);
    }

    @Override
    public String toString() {
        return id;
    }
}
