package nl.vaardig.taxonomy.model;

/** Typed URI of an ESCO IscoGroup concept. */
public record IscoGroupUri(String value) implements ConceptUri {

    public IscoGroupUri {
        ConceptUri.requireUri(value, "IscoGroupUri");
    }

    @Override
    public ConceptKind kind() {
        return ConceptKind.ISCO_GROUP;
    }

    @Override
    public String toString() {
        return value;
    }
}
