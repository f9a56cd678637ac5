package nl.vaardig.taxonomy.extract.match;

import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Snowball stemming for both namespaces. Snowball stemmers keep state, so each thread gets its own pair;
 * stems are pure functions of the word, so results stay deterministic.
 */
final class Stemming {

    private static final ThreadLocal<SnowballStemmer> ENGLISH = ThreadLocal.withInitial(EnglishStemmer::new);
    private static final ThreadLocal<SnowballStemmer> DUTCH = ThreadLocal.withInitial(DutchStemmer::new);

    private Stemming() {
    }

    static String stem(Namespace namespace, String folded) {
        if (folded.length() <= 3 || !Character.isLetter(folded.charAt(folded.length() - 1))) {
            return folded;
        }
        SnowballStemmer stemmer = (namespace == Namespace.EN ? ENGLISH : DUTCH).get();
        stemmer.setCurrent(folded);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
