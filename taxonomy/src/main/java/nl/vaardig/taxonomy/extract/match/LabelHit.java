package nl.vaardig.taxonomy.extract.match;

/**
 * A label found in a segment: {@code coverage} is the share of the label's term weight present (1 for a
 * verbatim hit), {@code compactness} how tightly the matched terms sit together (1 = adjacent), and
 * {@code fromToken..toToken} (inclusive) the tokens that carry the evidence.
 */
public record LabelHit(LabelIndex index, int label, boolean verbatim, float coverage, float compactness,
                       int matchedTerms, int fromToken, int toToken) {

    public int owner() {
        return index.owner(label);
    }

    public SurfaceKind kind() {
        return index.kind[label];
    }

    public float weight() {
        return index.weight[label];
    }

    /** Summed background idf of the label's terms: low for labels made of everyday words. */
    public float specificity() {
        return index.specificity[label];
    }

    /** Another skill has the very same phrase. */
    public boolean ambiguous() {
        return verbatim && index.sharedPhrase[label];
    }

    public int termCount() {
        return index.terms[label].length;
    }
}
