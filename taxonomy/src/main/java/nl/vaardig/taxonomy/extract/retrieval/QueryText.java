package nl.vaardig.taxonomy.extract.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vaardig.taxonomy.analysis.VaardigAnalyzers;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A sentence analysed twice: Dutch terms (stems and compound parts) and English stems. In Dutch or mixed text the
 * Dutch function words are removed before the English analysis, so "de", "van" or "let" never reach the English
 * label fields (they would match "decontamination", "van" or "Latvian").
 *
 * @param nl         first position of every Dutch term
 * @param en         first position of every English term
 * @param translated English terms learnt as translations of the Dutch terms (Dutch text only), with their weight
 */
public record QueryText(Map<String, Integer> nl, Map<String, Integer> en, Map<String, Float> translated) {

    /** Long lines (pasted tables, lists without punctuation) are cut: more terms only add noise and time. */
    static final int MAX_TERMS = 48;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'+#.-]*");
    /** Lucene's Dutch stop words plus common Dutch vacancy function words that are also English words or labels. */
    private static final CharArraySet DUTCH_FUNCTION_WORDS = dutchFunctionWords();

    public QueryText {
        nl = Map.copyOf(nl);
        translated = Map.copyOf(translated);
        Map<String, Integer> all = new LinkedHashMap<>(en);
        // a translated term stands where its Dutch word stood, so label proximity still means something
        translated.keySet().forEach(t -> all.putIfAbsent(t, TRANSLATED_POSITION));
        en = Map.copyOf(all);
    }

    /** Translated terms have no position of their own; proximity treats them as adjacent to anything. */
    static final int TRANSLATED_POSITION = -1;

    static QueryText of(String sentence, boolean dutchText, WordTranslations translations) {
        return of(sentence, dutchText, translations, null);
    }

    /**
     * @param dutchMarkers when given, only a sentence with one of these words is translated: text taken for Dutch as a
     *                     whole (or of unknown language) can hold English sentences, and translating their words as if
     *                     Dutch only adds noise
     */
    static QueryText of(String sentence, boolean dutchText, WordTranslations translations, CharArraySet dutchMarkers) {
        Map<String, Integer> nl = positions(VaardigAnalyzers.dutchSentences(), sentence);
        Map<String, Integer> en = positions(VaardigAnalyzers.english(), dutchText ? withoutDutchFunctionWords(sentence) : sentence);
        Map<String, Float> translated = new LinkedHashMap<>();
        if (dutchText && (dutchMarkers == null || containsAny(sentence, dutchMarkers))) {
            for (String term : nl.keySet()) {
                for (WordTranslations.Translation t : translations.of(term)) {
                    if (!en.containsKey(t.english())) {
                        translated.merge(t.english(), t.weight(), Math::max);
                    }
                }
            }
        }
        return new QueryText(nl, en, translated);
    }

    public boolean isEmpty() {
        return nl.isEmpty() && en.isEmpty();
    }

    static Map<String, Integer> positions(Analyzer analyzer, String text) {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken() && out.size() < MAX_TERMS) {
                position += increment.getPositionIncrement();
                out.putIfAbsent(term.toString(), position);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static boolean containsAny(String sentence, CharArraySet words) {
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            if (words.contains(m.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lucene's Dutch stop words that are not English: neither an English stop word nor a word at least
     * {@code englishShare} of the skills use in their English text ({@code englishDocuments}: term → skills).
     */
    static CharArraySet dutchMarkers(java.util.function.ToIntFunction<String> englishDocuments, double englishShare,
                                     int skills) {
        List<String> out = new ArrayList<>();
        for (String word : toStrings(DutchAnalyzer.getDefaultStopSet())) {
            List<String> english = VaardigAnalyzers.terms(VaardigAnalyzers.english(), word);
            if (english.size() == 1 && englishDocuments.applyAsInt(english.getFirst()) < englishShare * skills) {
                out.add(word);
            }
        }
        return CharArraySet.unmodifiableSet(new CharArraySet(out, true));
    }

    static String withoutDutchFunctionWords(String sentence) {
        Matcher m = WORD.matcher(sentence);
        StringBuilder out = new StringBuilder(sentence.length());
        while (m.find()) {
            String word = m.group();
            if (!DUTCH_FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                out.append(word).append(' ');
            } else {
                out.append(". ");
            }
        }
        return out.toString();
    }

    private static CharArraySet dutchFunctionWords() {
        CharArraySet set = new CharArraySet(DutchAnalyzer.getDefaultStopSet(), true);
        set.addAll(List.of("let", "wij", "we", "jij", "jouw", "onze", "bent", "hebt", "gaat", "graag", "binnen",
                "tussen", "samen", "per", "via", "elke", "alle", "enkele", "goed", "goede", "mee", "aan", "ook",
                "soms", "vaak", "daarnaast", "bovendien", "waar", "waarbij", "ervaring", "kennis", "hoe",
                "wat", "welke", "jaar", "uur", "week", "dag", "bied", "biedt", "bieden", "zoek", "zoeken"));
        return CharArraySet.unmodifiableSet(new CharArraySet(new ArrayList<>(toStrings(set)), true));
    }

    private static List<String> toStrings(CharArraySet set) {
        List<String> out = new ArrayList<>(set.size());
        for (Object o : set) {
            out.add(o instanceof char[] c ? new String(c) : o.toString());
        }
        return out;
    }
}
