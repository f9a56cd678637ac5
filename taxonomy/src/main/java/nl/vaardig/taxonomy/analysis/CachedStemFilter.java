package nl.vaardig.taxonomy.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Lucene's {@code SnowballFilter} with the stems it has made remembered: a Snowball stem depends on the word alone, and
 * running text repeats its words, so a look-up by the term's characters (no allocation) replaces most stemmer runs.
 * Keywords are left alone, as there. One instance per analyzer component, so per thread (the analyzer reuses its
 * components per thread); the memory is bounded by {@link #MAX_WORDS}.
 */
final class CachedStemFilter extends TokenFilter {

    /**
     * Words remembered per filter; when this many are held the memory is cleared and fills again with the words that
     * come next. A vacancy's everyday words fit, and a server with a few hundred request threads holds at most ~0.3 MB
     * per thread and language. (Until round 11 the first words were kept for good: a thread that had built an index
     * first kept that index's words and ran the stemmer for every word of the texts it read afterwards.)
     */
    static final int MAX_WORDS = 4_096;

    private final SnowballStemmer stemmer;
    private final CharArrayMap<char[]> stems = new CharArrayMap<>(1024, false);
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    /** How many words the filter remembers now (at most {@link #MAX_WORDS}). */
    int remembered() {
        return stems.size();
    }

    CachedStemFilter(TokenStream input, SnowballStemmer stemmer) {
        super(input);
        this.stemmer = stemmer;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword()) {
            return true;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        char[] known = stems.get(buffer, 0, length);
        if (known != null) {
            term.copyBuffer(known, 0, known.length);
            return true;
        }
        if (stems.size() >= MAX_WORDS) {
            stems.clear();
        }
        char[] word = java.util.Arrays.copyOf(buffer, length);
        stemmer.setCurrent(buffer, length);
        stemmer.stem();
        char[] stemmed = stemmer.getCurrentBuffer();
        int stemmedLength = stemmer.getCurrentBufferLength();
        if (stemmed != buffer) {
            term.copyBuffer(stemmed, 0, stemmedLength);
        } else {
            term.setLength(stemmedLength);
        }
        stems.put(word, java.util.Arrays.copyOf(term.buffer(), stemmedLength));
        return true;
    }
}
