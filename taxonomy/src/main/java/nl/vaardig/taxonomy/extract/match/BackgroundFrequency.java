package nl.vaardig.taxonomy.extract.match;

import java.util.List;
import nl.vaardig.taxonomy.extract.text.Token;
import nl.vaardig.taxonomy.extract.text.Tokenizer;

/**
 * How rare each term is in ordinary prose, measured on a corpus of descriptions (ESCO's own). Label idf
 * alone cannot tell that "data" or "experience" are everyday words while "NoSQL" is not, because
 * both may be rare among labels.
 */
public final class BackgroundFrequency {

    private BackgroundFrequency() {
    }

    /** Smoothed idf per term id of {@code namespace}; terms never seen get the maximum. */
    public static float[] idf(Namespace namespace, List<String> documents, Vocabulary vocabulary) {
        int terms = vocabulary.size(namespace);
        int[] df = new int[terms];
        int[] seenIn = new int[terms];
        int docs = 0;
        for (String document : documents) {
            if (document.isBlank()) {
                continue;
            }
            docs++;
            for (Token token : Tokenizer.tokenize(document)) {
                Vocabulary.Terms t = vocabulary.lookup(token.norm());
                int id = namespace == Namespace.EN ? t.en() : t.nl();
                if (id >= 0 && seenIn[id] != docs) {
                    seenIn[id] = docs;
                    df[id]++;
                }
            }
        }
        float[] idf = new float[terms];
        for (int i = 0; i < terms; i++) {
            idf[i] = (float) Math.log((docs + 1.0) / (df[i] + 1.0));
        }
        return idf;
    }
}
