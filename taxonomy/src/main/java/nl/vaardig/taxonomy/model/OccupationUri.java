package nl.vaardig.taxonomy.model;

/** Typed URI of an ESCO Occupation concept. */
public record OccupationUri(String value) implements ConceptUri {

    public OccupationUri {
        ConceptUri.requireUri(value, "OccupationUri");
    }

    @Override
    public ConceptKind kind() {
        return ConceptKind.OCCUPATION;
    }

    @Override
    public String toString() {
        return value;
    }
}
