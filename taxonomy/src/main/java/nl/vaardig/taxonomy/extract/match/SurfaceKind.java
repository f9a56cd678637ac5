package nl.vaardig.taxonomy.extract.match;

/** Where a matchable phrase comes from; decides how much a verbatim hit is worth. */
public enum SurfaceKind {
    PREFERRED_LABEL(1.0f),
    ALTERNATIVE_LABEL(0.95f),
    HIDDEN_LABEL(0.8f),
    CURATED_SYNONYM(1.0f);

    private final float weight;

    SurfaceKind(float weight) {
        this.weight = weight;
    }

    public float weight() {
        return weight;
    }
}
