package nl.vaardig.taxonomy.dutch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word tokens of a label or sentence, lower case (Locale.ROOT). A Dutch token that ends in {@link #JOIN} is the
 * first part of a compound and is glued to the next token when a label is written out ("veiligheids+ beheer" →
 * "veiligheidsbeheer").
 */
final class LabelTokens {

    static final String JOIN = "+";
    private static final java.util.Set<String> SUSPENDED = java.util.Set.of("en", "of", ",");

    // words (with inner hyphens, apostrophes, dots: "ict-standaarden", "auto's", "e.g") and a few punctuation marks
    private static final Pattern TOKEN =
            Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}'\\-.]*[\\p{L}\\p{N}])?|[,/()&]");

    private LabelTokens() {
    }

    static List<String> tokens(String text) {
        String normal = text.replace('’', '\'').replace('‘', '\'').toLowerCase(Locale.ROOT);
        var out = new ArrayList<String>();
        Matcher m = TOKEN.matcher(normal);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Tokens as written (case kept), same segmentation as {@link #tokens}: used to restore casing of copies. */
    static List<String> surface(String text) {
        String normal = text.replace('’', '\'').replace('‘', '\'');
        var out = new ArrayList<String>();
        Matcher m = TOKEN.matcher(normal);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static boolean isAcronym(String word) {
        return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)) && !word.equals(word.toLowerCase(Locale.ROOT));
    }

    /** Words only (no punctuation), for agreement measures. */
    static List<String> words(String text) {
        var out = new ArrayList<String>();
        for (String t : tokens(text)) {
            if (Character.isLetterOrDigit(t.charAt(0))) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Writes Dutch tokens as a label: compound parts glued, no space before a comma or after "(". A first part before
     * "en", "of" or a comma gets the Dutch hyphen: "gezondheids+ en veiligheids+ voorschriften" → "gezondheids- en
     * veiligheidsvoorschriften".
     */
    static String join(List<String> tokens) {
        var sb = new StringBuilder();
        boolean glue = true;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.isEmpty()) {
                continue;
            }
            if (t.endsWith(JOIN) && i + 1 < tokens.size() && SUSPENDED.contains(tokens.get(i + 1))) {
                t = t.substring(0, t.length() - 1) + "-";
            } else if (t.endsWith(JOIN) && isAcronym(t.substring(0, t.length() - 1))) {
                t = t.substring(0, t.length() - 1) + "-" + JOIN; // "ICT-infrastructuur"
            }
            boolean part = t.endsWith(JOIN);
            String word = part ? t.substring(0, t.length() - 1) : t;
            if (!glue && !word.equals(",") && !word.equals(")") && !sb.isEmpty() && sb.charAt(sb.length() - 1) != '(') {
                sb.append(' ');
            }
            sb.append(word);
            glue = part;
        }
        return sb.toString().strip();
    }
}
