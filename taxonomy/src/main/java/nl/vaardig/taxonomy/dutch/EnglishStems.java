package nl.vaardig.taxonomy.dutch;

import java.util.ArrayList;
import java.util.List;

/**
 * Other forms of an English word the parallel data may have had: the adjective of an adverb ("socially" → "social",
 * Dutch uses the adjective for both), the singular of a plural, "historical" ↔ "historic", the verb of a participle
 * ("translated" → "translate"), British and American spelling ("customised" → "customize"). Tried, in this order,
 * only for a word with no phrase of its own.
 */
final class EnglishStems {

    private static final String[][] ENDINGS = {
            {"ically", "ic"}, {"ically", "ical"}, {"ally", "al"}, {"ily", "y"}, {"ly", ""},
            {"ical", "ic"}, {"ic", "ical"},
            {"ies", "y"}, {"sses", "ss"}, {"shes", "sh"}, {"ches", "ch"}, {"xes", "x"}, {"s", ""},
            {"ised", "ize"}, {"ise", "ize"}, {"ising", "ize"}, {"ied", "y"}, {"ed", "e"}, {"ed", ""},
            {"ing", "e"}, {"ing", ""}, {"ular", "ule"}, {"ness", ""},
    };
    private static final int MIN_STEM = 3;

    private EnglishStems() {
    }

    static List<String> of(String word) {
        var out = new ArrayList<String>();
        for (String[] e : ENDINGS) {
            if (word.endsWith(e[0]) && word.length() - e[0].length() >= MIN_STEM && !word.endsWith("ss")) {
                String stem = word.substring(0, word.length() - e[0].length()) + e[1];
                if (!out.contains(stem)) {
                    out.add(stem);
                }
            }
        }
        return out;
    }
}
