package nl.vaardig.taxonomy.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The terms an analyzer makes of a text with the first position of each, as {@link #analysed} reads them off the whole
 * chain, from a memory of each word's terms where the text's words are read independently of each other: when the
 * steps before the abbreviations give one word per position (no over-long word skipped), none of them an abbreviation
 * (whose expansions stack on it or span positions), and, with Dutch verbs, no particle completes a separable verb
 * ("stel … op" → opstellen). Every step after them (verb forms, stop words, compound parts, stems, duplicates at one
 * position) then reads one word at a time, so a word's terms alone are its terms in any text; anything else is read
 * whole. Running text repeats its words: the chain of ten filters runs once per word, not once per occurrence.
 */
public final class WordPositions {

    /**
     * Words remembered, shared by all threads (a request's virtual thread starts with nothing of its own); ~200 bytes
     * a word, so ~3.5 MB per analyzer when full.
     */
    static final int MAX_WORDS = 16_384;
    /** What a word that is not its own alone is remembered as (read whole, every time). */
    private static final String[] DEPENDENT = new String[0];

    private final Analyzer full;
    private final Analyzer front;
    private final boolean verbs;
    /** The abbreviations the synonym step expands (as it matches them: one word, case ignored). */
    private final CharArraySet abbreviations;
    private final Map<String, String[]> words = new ConcurrentHashMap<>();

    /**
     * @param full          the analyzer
     * @param front         its steps before the abbreviations
     * @param abbreviations the abbreviations {@code full} expands
     * @param verbs         whether {@code full} joins separable verbs ({@link DutchVerbFilter})
     */
    WordPositions(Analyzer full, Analyzer front, Abbreviations abbreviations, boolean verbs) {
        this.full = full;
        this.front = front;
        this.abbreviations = CharArraySet.unmodifiableSet(new CharArraySet(abbreviations.all().keySet(), true));
        this.verbs = verbs;
    }

    /** First position of each term of {@code text}, the first {@code max} distinct terms: {@link #analysed}'s map. */
    public Map<String, Integer> of(String text, int max) {
        List<String> flat = flatWords(text);
        if (flat == null || (verbs && joinsVerb(flat))) {
            return analysed(full, text, max);
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int position = 0; position < flat.size(); position++) {
            String[] terms = terms(flat.get(position));
            if (terms == DEPENDENT) {
                return analysed(full, text, max);
            }
            for (String term : terms) {
                if (out.size() >= max) {
                    return out;
                }
                out.putIfAbsent(term, position);
            }
        }
        return out;
    }

    /** First position of each term {@code analyzer} makes of {@code text}, the first {@code max} distinct terms. */
    public static Map<String, Integer> analysed(Analyzer analyzer, String text, int max) {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken() && out.size() < max) {
                position += increment.getPositionIncrement();
                out.putIfAbsent(term.toString(), position);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private String[] terms(String word) {
        String[] known = words.get(word);
        if (known != null) {
            return known;
        }
        String[] terms = alone(word);
        if (words.size() >= MAX_WORDS) {
            // emptied and filled again with the words that come next, as the stem memory
            words.clear();
        }
        words.put(word, terms);
        return terms;
    }

    /** The word's terms when it is read alone, all at its position; {@link #DEPENDENT} when it is not one word alone. */
    private String[] alone(String word) {
        List<String> flat = flatWords(word);
        if (flat == null || flat.size() != 1 || !flat.getFirst().equals(word)) {
            return DEPENDENT;
        }
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = full.tokenStream("", word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += increment.getPositionIncrement();
                if (position != 0) {
                    return DEPENDENT;
                }
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms.toArray(String[]::new);
    }

    /** The words the per-word steps read, one per position; null when a position is skipped or holds an abbreviation. */
    private List<String> flatWords(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = front.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            boolean flat = true;
            while (ts.incrementToken()) {
                flat &= increment.getPositionIncrement() == 1
                        && !abbreviations.contains(term.buffer(), 0, term.length());
                out.add(term.toString());
            }
            ts.end();
            return flat ? out : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a particle completes a separable verb (the "samen met" exception aside: read whole then too). */
    private static boolean joinsVerb(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (DutchVerbLemmas.isParticle(word) && DutchVerbFilter.particleVerb(words, i, word,
                    DutchVerbLemmas.shipped(), VaardigAnalyzers.dutchStop()) != null) {
                return true;
            }
        }
        return false;
    }
}
