package nl.vaardig.taxonomy.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits prepared text into lines and sentences. List markers are dropped from the segment, a short line
 * without a sentence end is a heading, and common Dutch and English abbreviations do not end a sentence.
 */
public final class Segmenter {

    private static final Set<String> ABBREVIATIONS = Set.of("bv", "b.v", "o.a", "e.g", "i.e", "etc", "incl", "min",
            "max", "ca", "nr", "mr", "dr", "ir", "ing", "drs", "st", "vs", "zgn", "evt", "mbv", "m.b.v", "t.b.v",
            "o.b.v", "i.v.m", "a.s", "dhr", "mevr", "jr", "sr", "approx", "resp", "excl", "p", "pag");
    private static final int TITLE_LINES = 2;

    private Segmenter() {
    }

    public static List<Segment> split(String view) {
        List<Segment> segments = new ArrayList<>();
        int lineNo = 0;
        int contentLines = 0;
        int pos = 0;
        int n = view.length();
        while (pos <= n) {
            int lineEnd = view.indexOf('\n', pos);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int start = skipSpace(view, pos, lineEnd);
            boolean bullet = false;
            int afterBullet = skipBullet(view, start, lineEnd);
            if (afterBullet > start) {
                bullet = true;
                start = skipSpace(view, afterBullet, lineEnd);
            }
            int end = trimEnd(view, start, lineEnd);
            if (end > start) {
                boolean first = contentLines < TITLE_LINES;
                contentLines++;
                boolean heading = isHeading(view, start, end, lineEnd < n || lineNo > 0);
                splitSentences(view, start, end, lineNo, heading, bullet, first, segments);
            }
            lineNo++;
            pos = lineEnd + 1;
        }
        return segments;
    }

    private static void splitSentences(String view, int start, int end, int line, boolean heading, boolean bullet,
                                       boolean first, List<Segment> out) {
        int sentenceStart = start;
        for (int i = start; i < end; i++) {
            char c = view.charAt(i);
            boolean boundary = false;
            int next = i + 1;
            if (c == '!' || c == '?' || c == ';' || c == '•' || c == '▪') {
                boundary = true;
            } else if (c == '.' && next < end && Character.isWhitespace(view.charAt(next))) {
                int after = skipSpace(view, next, end);
                boundary = after < end && startsSentence(view.charAt(after)) && !abbreviationBefore(view, sentenceStart, i);
            } else if ((c == '-' || c == '–') && i > start && next < end && view.charAt(i - 1) == ' '
                    && view.charAt(next) == ' ' && i - sentenceStart > 20) {
                boundary = true;
            }
            if (boundary) {
                add(view, sentenceStart, c == '•' || c == '▪' || c == '-' || c == '–' ? i : next, line, heading, bullet, first, out);
                sentenceStart = skipSpace(view, next, end);
                i = sentenceStart - 1;
            }
        }
        add(view, sentenceStart, end, line, heading, bullet, first, out);
    }

    private static void add(String view, int start, int end, int line, boolean heading, boolean bullet, boolean first,
                            List<Segment> out) {
        int s = skipSpace(view, start, end);
        int e = trimEnd(view, s, end);
        if (e > s) {
            out.add(new Segment(s, e, line, heading, bullet, first));
        }
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\'' || c == '(' || c == '•'
                || c == '-' || c == '*' || c == '<';
    }

    private static boolean abbreviationBefore(String view, int sentenceStart, int dot) {
        int j = dot;
        while (j > sentenceStart && (Character.isLetter(view.charAt(j - 1)) || view.charAt(j - 1) == '.')) {
            j--;
        }
        String word = Fold.fold(view.substring(j, dot));
        return word.length() == 1 || ABBREVIATIONS.contains(word);
    }

    /** A heading is short, has no sentence end and (in multi-line text) stands on its own line. */
    private static boolean isHeading(String view, int start, int end, boolean multiLine) {
        if (!multiLine) {
            return false;
        }
        char last = view.charAt(end - 1);
        if (last == '.' || last == ',' || last == ';') {
            return false;
        }
        int words = 1;
        for (int i = start; i < end; i++) {
            if (view.charAt(i) == ' ') {
                words++;
            }
        }
        return words <= (last == ':' || last == '?' ? 8 : 5);
    }

    private static int skipBullet(String view, int start, int end) {
        if (start >= end) {
            return start;
        }
        char c = view.charAt(start);
        if ("•-*·–▪◦✓✔>→o".indexOf(c) >= 0 && start + 1 < end && Character.isWhitespace(view.charAt(start + 1))) {
            return start + 1;
        }
        if ("•▪◦✓✔→".indexOf(c) >= 0) {
            return start + 1;
        }
        int j = start;
        while (j < end && j - start < 3 && Character.isDigit(view.charAt(j))) {
            j++;
        }
        if (j > start && j + 1 < end && (view.charAt(j) == '.' || view.charAt(j) == ')')
                && Character.isWhitespace(view.charAt(j + 1))) {
            return j + 1;
        }
        return start;
    }

    private static int skipSpace(String view, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(view.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String view, int from, int to) {
        int e = to;
        while (e > from && Character.isWhitespace(view.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
