package nl.vaardig.taxonomy.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words for skill matching. Keeps the names that vacancies use for tools intact
 * ("C#", "C++", "node.js", "ASP.NET"), splits on hyphens and slashes ("HTML/CSS", "full-stack"),
 * drops possessive and plural apostrophes ("company's", "cv's") and folds case and diacritics.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokenize(CharSequence text, int from, int to) {
        List<Token> tokens = new ArrayList<>(Math.max(4, (to - from) / 6));
        StringBuilder norm = new StringBuilder(24);
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            norm.setLength(0);
            int letters = 0;
            int uppers = 0;
            while (i < to) {
                char d = text.charAt(i);
                if (Character.isLetterOrDigit(d)) {
                    if (Character.isLetter(d)) {
                        letters++;
                        if (Character.isUpperCase(d)) {
                            uppers++;
                        }
                    }
                    norm.append(Fold.fold(d));
                    i++;
                } else if (d == '.' && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))
                        && isDottedName(text, i, to)) {
                    norm.append('.');
                    i++;
                } else if ((d == '#' || d == '+') && norm.length() <= 2 && letters > 0) {
                    // c#, f#, c++: the sign is part of the name only right after one or two letters
                    while (i < to && (text.charAt(i) == '#' || text.charAt(i) == '+')) {
                        norm.append(text.charAt(i));
                        i++;
                    }
                    break;
                } else {
                    break;
                }
            }
            int end = i;
            if (i + 1 < to && (text.charAt(i) == '\'' || text.charAt(i) == '’') && Fold.fold(text.charAt(i + 1)) == 's'
                    && (i + 2 >= to || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                i += 2;
            }
            boolean upper = letters >= 1 && uppers == letters;
            boolean capitalised = letters > 0 && Character.isUpperCase(text.charAt(start));
            tokens.add(new Token(norm.toString(), start, end, upper, capitalised));
        }
        return tokens;
    }

    public static List<Token> tokenize(CharSequence text) {
        return tokenize(text, 0, text.length());
    }

    /**
     * A dot stays inside a word for names like "node.js" or "asp.net" (short part after the dot), not at a
     * sentence end that lacks a space ("ervaring.Je").
     */
    private static boolean isDottedName(CharSequence text, int dot, int to) {
        int j = dot + 1;
        int length = 0;
        boolean upperStart = Character.isUpperCase(text.charAt(j));
        while (j < to && Character.isLetterOrDigit(text.charAt(j))) {
            j++;
            length++;
        }
        boolean allUpper = true;
        for (int k = dot + 1; k < j; k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                allUpper = false;
            }
        }
        return length <= 4 && (!upperStart || allUpper);
    }
}
