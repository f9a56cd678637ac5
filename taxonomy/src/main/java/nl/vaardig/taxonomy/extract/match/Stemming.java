package nl.vaardig.taxonomy.extract.match;

import java.util.Map;
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

    /**
     * Dutch language names must not collapse onto country names ("Nederlands" is the language skill,
     * "Nederland" the country every vacancy mentions).
     */
    private static final Map<String, String> DUTCH_EXCEPTIONS = Map.of("nederlands", "nederlands",
            "nederlandse", "nederlands", "engels", "engels", "engelse", "engels", "duits", "duits", "duitse", "duits",
            "frans", "frans", "franse", "frans");

    static String stem(Namespace namespace, String folded) {
        if (namespace == Namespace.NL) {
            String exception = DUTCH_EXCEPTIONS.get(folded);
            if (exception != null) {
                return exception;
            }
        }
        if (folded.length() <= 3 || !Character.isLetter(folded.charAt(folded.length() - 1))) {
            return folded;
        }
        SnowballStemmer stemmer = (namespace == Namespace.EN ? ENGLISH : DUTCH).get();
        stemmer.setCurrent(folded);
        stemmer.stem();
        String stem = stemmer.getCurrent();
        return namespace == Namespace.NL ? undoubled(stem) : stem;
    }

    /**
     * Snowball's Dutch stemmer leaves "bestell" (bestellen) next to "bestel" (bestelt) and "plann" next to
     * "plan": a final double consonant is made single so that both forms meet.
     */
    private static String undoubled(String stem) {
        int n = stem.length();
        if (n > 3) {
            char last = stem.charAt(n - 1);
            if (last == stem.charAt(n - 2) && "aeiouy".indexOf(last) < 0 && Character.isLetter(last)) {
                return stem.substring(0, n - 1);
            }
        }
        return stem;
    }
}
