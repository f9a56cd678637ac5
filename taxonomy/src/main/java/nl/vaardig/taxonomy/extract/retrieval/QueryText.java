package nl.vaardig.taxonomy.extract.retrieval;

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
import org.apache.lucene.analysis.nl.DutchAnalyzer;

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
     * @param markers when given, a sentence with an English function word and no Dutch one is not translated: text
     *                taken for Dutch as a whole (or of unknown language) can hold English sentences, and translating
     *                their words as if Dutch only adds noise; a Dutch fragment without function words
     *                ("goederen inspecteren") still is
     */
    static QueryText of(String sentence, boolean dutchText, WordTranslations translations, Markers markers) {
        // word by word from the analysed words remembered where that gives the whole chain's terms (WordPositions)
        Map<String, Integer> nl = VaardigAnalyzers.dutchSentencePositions().of(sentence, MAX_TERMS);
        Map<String, Integer> en = VaardigAnalyzers.englishPositions()
                .of(dutchText ? withoutDutchFunctionWords(sentence) : sentence, MAX_TERMS);
        Map<String, Float> translated = new LinkedHashMap<>();
        if (dutchText && (markers == null || !markers.looksEnglish(sentence))) {
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

    /** Function words of each language that are not words of the other (see {@link #markers}). */
    record Markers(CharArraySet dutch, CharArraySet english) {

        /** An English function word and no Dutch one. */
        boolean looksEnglish(String sentence) {
            boolean englishWord = false;
            Matcher m = WORD.matcher(sentence);
            while (m.find()) {
                String word = m.group().toLowerCase(Locale.ROOT);
                if (dutch.contains(word)) {
                    return false;
                }
                englishWord |= english.contains(word);
            }
            return englishWord;
        }
    }

    /**
     * Lucene's Dutch and English stop words that are not words of the other language: not a stop word there, and
     * not a term that at least {@code share} of the skills use in their text of that language ({@code dutchDocuments},
     * {@code englishDocuments}: term → skills).
     */
    static Markers markers(java.util.function.ToIntFunction<String> dutchDocuments,
                           java.util.function.ToIntFunction<String> englishDocuments, double share, int skills) {
        return new Markers(notIn(DutchAnalyzer.getDefaultStopSet(), VaardigAnalyzers.english(), englishDocuments, share * skills),
                notIn(org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, VaardigAnalyzers.dutchSentences(),
                        dutchDocuments, share * skills));
    }

    private static CharArraySet notIn(CharArraySet stopWords, Analyzer other, java.util.function.ToIntFunction<String> documents,
                                      double maxDocuments) {
        List<String> out = new ArrayList<>();
        for (String word : toStrings(stopWords)) {
            List<String> terms = VaardigAnalyzers.terms(other, word);
            if (terms.size() == 1 && documents.applyAsInt(terms.getFirst()) < maxDocuments) {
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
