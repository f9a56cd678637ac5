package nl.vaardig.taxonomy.extract.text;

/**
 * One word of the prepared text: its folded form and where it sits in the view.
 * {@code upper} means written in capitals (an acronym or a product name such as "LESS" or "SAP").
 */
public record Token(String norm, int start, int end, boolean upper, boolean capitalised) {

    public Token {
        if (norm.isEmpty() || start < 0 || end <= start) {
            throw new IllegalArgumentException("empty token at " + start);
        }
    }
}
