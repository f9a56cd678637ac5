package nl.vaardig.taxonomy.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.tartarus.snowball.ext.DutchStemmer;

class CachedStemFilterTest {

    private static List<String> terms(TokenStream ts) throws IOException {
        List<String> out = new ArrayList<>();
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
            out.add(term.toString());
        }
        ts.end();
        return out;
    }

    private static String words(int from, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < from + count; i++) {
            // distinct letter words: "werkenaab", "werkenaac", ...
            out.append("werken").append((char) ('a' + i / 676 % 26)).append((char) ('a' + i / 26 % 26))
                    .append((char) ('a' + i % 26)).append(' ');
        }
        return out.toString();
    }

    @Test
    void stemsAsSnowballAndKeepsRememberingOnceTheMemoryHasFilled() throws IOException {
        Tokenizer source = new WhitespaceTokenizer();
        CachedStemFilter cached = new CachedStemFilter(source, new DutchStemmer());
        String first = words(0, CachedStemFilter.MAX_WORDS);
        source.setReader(new java.io.StringReader(first));
        List<String> stems = terms(cached);
        cached.close();
        assertThat(cached.remembered()).isEqualTo(CachedStemFilter.MAX_WORDS);

        // the texts read after the memory has filled are remembered too (before round 11 they never were)
        String later = words(CachedStemFilter.MAX_WORDS, 10) + words(CachedStemFilter.MAX_WORDS, 10);
        source.setReader(new java.io.StringReader(later));
        List<String> laterStems = terms(cached);
        cached.close();
        assertThat(cached.remembered()).isEqualTo(10);

        Tokenizer reference = new WhitespaceTokenizer();
        SnowballFilter snowball = new SnowballFilter(reference, new DutchStemmer());
        reference.setReader(new java.io.StringReader(first));
        assertThat(stems).isEqualTo(terms(snowball));
        snowball.close();
        reference.setReader(new java.io.StringReader(later));
        assertThat(laterStems).isEqualTo(terms(snowball)).hasSize(20);
        snowball.close();
    }
}
