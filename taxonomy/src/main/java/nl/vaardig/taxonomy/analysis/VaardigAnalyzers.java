package nl.vaardig.taxonomy.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The one place where Vaardig's text analysis is defined; search, title matching and text extraction all use
 * these analyzers so that index and query always agree. All are thread-safe singletons.
 *
 * <ul>
 *   <li>{@link #dutch()}: standard tokens → lower case ({@link Locale#ROOT}) → diacritics folded → abbreviations
 *       kept and expanded (BHV → bedrijfshulpverlening) → stop words → compound parts added at the same position
 *       (vrachtwagenchauffeur → vrachtwagen, chauffeur) → Dutch Snowball stem.</li>
 *   <li>{@link #dutchSentences()}: the same with verb forms read as their infinitive and separable verbs re-joined
 *       before the stop words ("stel het plan op" → also opstellen); for skill retrieval.</li>
 *   <li>{@link #english()}: the same with English possessives, stop words, abbreviations and Snowball stemmer,
 *       without decompounding.</li>
 *   <li>{@link #folding()}: lower case and folded only; for exact and prefix (typeahead) matching.</li>
 *   <li>{@link #dutchFoldingWithParts()}: folded, not stemmed, with Dutch compound parts; for prefix matching
 *       inside compounds ("chauf" finds "vrachtwagenchauffeur").</li>
 * </ul>
 */
public final class VaardigAnalyzers {

    private VaardigAnalyzers() {
    }

    private static final class Holder {
        static final CharArraySet DUTCH_STOP = folded(DutchAnalyzer.getDefaultStopSet());
        static final CharArraySet ENGLISH_STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        static final Analyzer DUTCH = new LanguageAnalyzer(true, false);
        static final Analyzer DUTCH_SENTENCES = new LanguageAnalyzer(true, true);
        static final Analyzer ENGLISH = new LanguageAnalyzer(false, false);
        static final WordPositions DUTCH_SENTENCE_POSITIONS = new WordPositions(DUTCH_SENTENCES,
                new LanguageAnalyzer(true, true, true), Abbreviations.dutch(), true);
        static final WordPositions ENGLISH_POSITIONS = new WordPositions(ENGLISH, new LanguageAnalyzer(false, false, true),
                Abbreviations.english(), false);
        static final Analyzer FOLDING = new FoldingAnalyzer(false);
        static final Analyzer DUTCH_PARTS = new FoldingAnalyzer(true);
    }

    public static Analyzer dutch() {
        return Holder.DUTCH;
    }

    /**
     * {@link #dutch()} for running text, where verbs are inflected and split: every verb form also as its infinitive
     * ("je stelt" → stellen) and separable verbs re-joined at their particle ("stel het plan op" → opstellen), before
     * stop words, compound parts and stemming. For skill retrieval, on both the index and the query side.
     */
    public static Analyzer dutchSentences() {
        return Holder.DUTCH_SENTENCES;
    }

    public static Analyzer english() {
        return Holder.ENGLISH;
    }

    /** The terms {@link #dutchSentences()} makes of a text and their first positions, word by word where it can. */
    public static WordPositions dutchSentencePositions() {
        return Holder.DUTCH_SENTENCE_POSITIONS;
    }

    /** The terms {@link #english()} makes of a text and their first positions, word by word where it can. */
    public static WordPositions englishPositions() {
        return Holder.ENGLISH_POSITIONS;
    }

    public static Analyzer folding() {
        return Holder.FOLDING;
    }

    public static Analyzer dutchFoldingWithParts() {
        return Holder.DUTCH_PARTS;
    }

    /** Dutch for {@code nl}, English for everything else (ESCO's fallback language). */
    public static Analyzer forLanguage(Locale language) {
        return "nl".equals(language.getLanguage()) ? dutch() : english();
    }

    /** The terms an analyzer makes of a text, in order (stacked terms included). */
    public static List<String> terms(Analyzer analyzer, String text) {
        var out = new ArrayList<String>();
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The folded Dutch stop words the analyzers remove (and {@link DutchVerbFilter} leaves without an infinitive). */
    static CharArraySet dutchStop() {
        return Holder.DUTCH_STOP;
    }

    private static CharArraySet folded(CharArraySet words) {
        var out = new CharArraySet(words.size(), true);
        for (Object w : words) {
            out.add(TextFolding.fold(new String((char[]) w)));
        }
        return CharArraySet.unmodifiableSet(out);
    }

    private static final class LanguageAnalyzer extends Analyzer {
        private final boolean dutch;
        private final boolean verbs;
        private final SynonymMap abbreviations;
        /**
         * Only the steps before the abbreviations: the words the per-word steps read where no abbreviation is
         * ({@link WordPositions}).
         */
        private final boolean front;

        LanguageAnalyzer(boolean dutch, boolean verbs) {
            this(dutch, verbs, false);
        }

        LanguageAnalyzer(boolean dutch, boolean verbs, boolean front) {
            this.dutch = dutch;
            this.verbs = verbs;
            this.front = front;
            this.abbreviations = (dutch ? Abbreviations.dutch() : Abbreviations.english()).synonymMap();
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream ts = new LowerCaseFilter(source);
            ts = new ASCIIFoldingFilter(ts);
            if (!dutch) {
                ts = new EnglishPossessiveFilter(ts);
            }
            if (front) {
                // WordPositions reads a text with an abbreviation whole: no expansions to read here
                return new TokenStreamComponents(source, ts);
            }
            ts = new SynonymGraphFilter(ts, abbreviations, true);
            // queries here are built token by token, and indexes need a flat stream: flatten the synonym graph
            ts = new FlattenGraphFilter(ts);
            if (verbs) {
                ts = new DutchVerbFilter(ts, DutchVerbLemmas.shipped(), dutchStop());
            }
            ts = new StopFilter(ts, dutch ? Holder.DUTCH_STOP : Holder.ENGLISH_STOP);
            if (dutch && verbs) {
                ts = new DecompoundFilter(ts, DutchDecompounder.withVerbStems());
                ts = new VerbPartFilter(ts, DutchVerbLemmas.shipped());
                ts = new CachedStemFilter(ts, new DutchStemmer());
            } else if (dutch) {
                ts = new DecompoundFilter(ts, DutchDecompounder.shipped());
                ts = new CachedStemFilter(ts, new DutchStemmer());
            } else {
                ts = new CachedStemFilter(ts, new EnglishStemmer());
            }
            ts = new RemoveDuplicatesTokenFilter(ts);
            return new TokenStreamComponents(source, ts);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    private static final class FoldingAnalyzer extends Analyzer {
        private final boolean parts;

        FoldingAnalyzer(boolean parts) {
            this.parts = parts;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream ts = new ASCIIFoldingFilter(new LowerCaseFilter(source));
            if (parts) {
                ts = new RemoveDuplicatesTokenFilter(new DecompoundFilter(ts, DutchDecompounder.shipped()));
            }
            return new TokenStreamComponents(source, ts);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
