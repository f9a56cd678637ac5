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
     * Words remembered per filter, first come first kept; past this the stemmer runs for new words. A vacancy's
     * everyday words fit, and a server with a few hundred request threads holds at most ~0.3 MB per thread and language.
     */
    static final int MAX_WORDS = 4_096;

    private final SnowballStemmer stemmer;
    private final CharArrayMap<char[]> stems = new CharArrayMap<>(1024, false);
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

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
        char[] word = stems.size() < MAX_WORDS ? java.util.Arrays.copyOf(buffer, length) : null;
        stemmer.setCurrent(buffer, length);
        stemmer.stem();
        char[] stemmed = stemmer.getCurrentBuffer();
        int stemmedLength = stemmer.getCurrentBufferLength();
        if (stemmed != buffer) {
            term.copyBuffer(stemmed, 0, stemmedLength);
        } else {
            term.setLength(stemmedLength);
        }
        if (word != null) {
            stems.put(word, java.util.Arrays.copyOf(term.buffer(), stemmedLength));
        }
        return true;
    }
}
