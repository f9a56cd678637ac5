package nl.vaardig.taxonomy.extract.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns whatever a caller pasted into a {@link PreparedText}: rejects binary and oversized input, cuts long
 * text at a sentence or word boundary, strips HTML (tags, scripts, styles, comments; block tags become line
 * breaks), decodes entities and repairs UTF-8 that was read as Windows-1252 ("Ã©" → "é").
 * Stateless and thread-safe.
 */
public final class TextPreparer {

    /** Larger input is refused rather than truncated: it is almost certainly not a vacancy or a CV. */
    public static final int MAX_INPUT_BYTES = 1 << 20;

    private static final Pattern HTML_TAG = Pattern.compile(
            "<(?:/?(?:p|br|div|li|ul|ol|h[1-6]|span|strong|b|i|u|em|a|table|tr|td|th|html|body|section|article|header|footer|font)\\b[^>]*|!--)>?",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> BLOCK_TAGS = Set.of("p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4",
            "h5", "h6", "table", "tr", "td", "th", "section", "article", "header", "footer", "hr", "dd", "dt", "dl",
            "blockquote", "pre", "title", "body", "html", "main", "nav", "aside", "form");
    private static final Set<String> SKIPPED_CONTENT = Set.of("script", "style", "noscript", "template", "svg", "head");
    private static final Map<String, Character> ENTITIES = Map.ofEntries(
            Map.entry("amp", '&'), Map.entry("lt", '<'), Map.entry("gt", '>'), Map.entry("quot", '"'),
            Map.entry("apos", '\''), Map.entry("nbsp", ' '), Map.entry("euro", '€'), Map.entry("eacute", 'é'),
            Map.entry("egrave", 'è'), Map.entry("euml", 'ë'), Map.entry("ecirc", 'ê'), Map.entry("iuml", 'ï'),
            Map.entry("ouml", 'ö'), Map.entry("uuml", 'ü'), Map.entry("auml", 'ä'), Map.entry("agrave", 'à'),
            Map.entry("aacute", 'á'), Map.entry("oacute", 'ó'), Map.entry("ccedil", 'ç'), Map.entry("ndash", '–'),
            Map.entry("mdash", '—'), Map.entry("rsquo", '’'), Map.entry("lsquo", '‘'), Map.entry("ldquo", '“'),
            Map.entry("rdquo", '”'), Map.entry("bull", '•'), Map.entry("hellip", '…'), Map.entry("middot", '·'),
            Map.entry("copy", '©'), Map.entry("reg", '®'), Map.entry("trade", '™'), Map.entry("shy", '\u00AD'));

    public PreparedText prepare(String text, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive");
        }
        String original = text == null ? "" : text;
        rejectOversized(original);
        rejectBinary(original);
        int processed = original.length() <= maxChars ? original.length() : cutPoint(original, maxChars);
        boolean html = HTML_TAG.matcher(original).region(0, Math.min(original.length(), 200_000)).find();

        StringBuilder view = new StringBuilder(processed);
        int[] map = new int[processed + 1];
        int[] ends = new int[processed];
        int repaired = 0;
        int replacements = 0;
        int i = 0;
        while (i < processed) {
            char c = original.charAt(i);
            if (html && c == '<') {
                int next = skipTag(original, i, processed, view, map, ends);
                if (next > i) {
                    i = next;
                    continue;
                }
            }
            if (c == '<') {
                int next = skipPlaceholder(original, i, processed);
                if (next > i) {
                    append(view, map, ends, ' ', i, next);
                    i = next;
                    continue;
                }
            }
            if (c == '&') {
                int semicolon = original.indexOf(';', i);
                if (semicolon > i + 1 && semicolon - i <= 10 && semicolon < processed) {
                    int decoded = decodeEntity(original.substring(i + 1, semicolon));
                    if (decoded >= 0) {
                        append(view, map, ends, decoded == '\u00AD' ? -1 : decoded, i, semicolon + 1);
                        i = semicolon + 1;
                        continue;
                    }
                }
            }
            int mojibakeLength = mojibakeLength(original, i, processed);
            if (mojibakeLength > 0) {
                append(view, map, ends, decodeMojibake(original, i, mojibakeLength), i, i + mojibakeLength);
                repaired++;
                i += mojibakeLength;
                continue;
            }
            if (c == '\uFFFD') {
                replacements++;
            }
            append(view, map, ends, c == '\u00A0' ? ' ' : c, i, i + 1);
            i++;
        }
        int[] exact = Arrays.copyOf(map, view.length() + 1);
        exact[view.length()] = processed;
        return new PreparedText(original, view.toString(), exact, Arrays.copyOf(ends, view.length()), processed, html,
                repaired, replacements);
    }

    private static void rejectOversized(String text) {
        if (text.length() > MAX_INPUT_BYTES) {
            throw new TextRejectedException(TextRejectedException.Reason.TEXT_TOO_LARGE,
                    "text has " + text.length() + " characters; at most " + MAX_INPUT_BYTES + " bytes are accepted");
        }
        if (text.length() > MAX_INPUT_BYTES / 4) {
            long bytes = utf8Length(text);
            if (bytes > MAX_INPUT_BYTES) {
                throw new TextRejectedException(TextRejectedException.Reason.TEXT_TOO_LARGE,
                        "text is " + bytes + " bytes in UTF-8; at most " + MAX_INPUT_BYTES + " are accepted");
            }
        }
    }

    private static long utf8Length(String s) {
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** NUL bytes or many control characters mean a binary file (PDF, DOCX, image) was sent as text. */
    private static void rejectBinary(String text) {
        int sample = Math.min(text.length(), 65_536);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new TextRejectedException(TextRejectedException.Reason.NOT_TEXT,
                        "input contains NUL characters; send plain text or HTML, not a binary document");
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (sample > 0 && control * 100 > sample * 2) {
            throw new TextRejectedException(TextRejectedException.Reason.NOT_TEXT,
                    "input has " + control + " control characters in its first " + sample + "; it does not look like text");
        }
    }

    /** Cuts before {@code limit}, preferring a paragraph, then a sentence end, then a space. */
    private static int cutPoint(String text, int limit) {
        int floor = limit / 2;
        int paragraph = text.lastIndexOf('\n', limit);
        if (paragraph > floor) {
            return paragraph;
        }
        for (int i = limit - 1; i > floor; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        int space = text.lastIndexOf(' ', limit);
        int cut = space > floor ? space : limit;
        return Character.isLowSurrogate(text.charAt(cut)) ? cut - 1 : cut;
    }

    /**
     * Anonymised texts replace names with placeholders such as {@code <ORGANIZATION>} or {@code <PERSON>};
     * they are read as a space. Returns the index after the placeholder, or {@code start}.
     */
    private static int skipPlaceholder(String s, int start, int end) {
        int i = start + 1;
        while (i < end && i - start <= 30 && (Character.isUpperCase(s.charAt(i)) || s.charAt(i) == '_')) {
            i++;
        }
        return i < end && s.charAt(i) == '>' && i - start > 3 ? i + 1 : start;
    }

    /** Returns the index after the tag (or skipped element), or {@code start} when this '<' is not a tag. */
    private static int skipTag(String s, int start, int end, StringBuilder view, int[] map, int[] ends) {
        if (s.startsWith("<!--", start)) {
            int close = s.indexOf("-->", start + 4);
            return close < 0 || close + 3 > end ? end : close + 3;
        }
        int close = s.indexOf('>', start + 1);
        if (close < 0 || close >= end) {
            return start;
        }
        int nameStart = start + 1;
        boolean closing = nameStart < close && s.charAt(nameStart) == '/';
        if (closing) {
            nameStart++;
        }
        int nameEnd = nameStart;
        while (nameEnd < close && (Character.isLetterOrDigit(s.charAt(nameEnd)) || s.charAt(nameEnd) == '!')) {
            nameEnd++;
        }
        if (nameEnd == nameStart) {
            return start;
        }
        String name = s.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
        if (!closing && SKIPPED_CONTENT.contains(name)) {
            int endTag = indexOfIgnoreCase(s, "</" + name, close + 1, end);
            if (endTag < 0) {
                return end;
            }
            int endClose = s.indexOf('>', endTag);
            return endClose < 0 || endClose >= end ? end : endClose + 1;
        }
        if (BLOCK_TAGS.contains(name)) {
            append(view, map, ends, '\n', start, close + 1);
        }
        return close + 1;
    }

    private static int indexOfIgnoreCase(String s, String needle, int from, int end) {
        int last = end - needle.length();
        for (int i = from; i <= last; i++) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private static int decodeEntity(String name) {
        if (name.startsWith("#")) {
            try {
                int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                return cp > 0 && cp <= 0xFFFF && !Character.isSurrogate((char) cp) ? cp : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        Character c = ENTITIES.get(name.toLowerCase(Locale.ROOT));
        return c == null ? -1 : c;
    }

    /** Every view char consumes at least one original char, so {@code map} (sized to the input) never overflows. */
    private static void append(StringBuilder view, int[] map, int[] ends, int c, int originalStart, int originalEnd) {
        if (c < 0) {
            return;
        }
        view.append((char) c);
        map[view.length() - 1] = originalStart;
        ends[view.length() - 1] = originalEnd;
    }

    // --- UTF-8 read as Windows-1252 --------------------------------------------------------------------

    private static final char[] CP1252_HIGH = {
        '€', 0, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0, 'Ž', 0,
        0, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0, 'ž', 'Ÿ'};

    private static int cp1252Byte(char c) {
        if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) {
            return c;
        }
        for (int b = 0; b < CP1252_HIGH.length; b++) {
            if (CP1252_HIGH[b] == c && c != 0) {
                return 0x80 + b;
            }
        }
        return c >= 0x80 && c < 0xA0 ? c : -1;
    }

    /** Length of a UTF-8 sequence spelled in Windows-1252 characters at {@code i}, or 0. */
    private static int mojibakeLength(String s, int i, int end) {
        int lead = cp1252Byte(s.charAt(i));
        int continuation;
        if (lead >= 0xC2 && lead <= 0xDF) {
            continuation = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            continuation = 2;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            continuation = 3;
        } else {
            return 0;
        }
        for (int k = 1; k <= continuation; k++) {
            if (i + k >= end) {
                return 0;
            }
            int b = cp1252Byte(s.charAt(i + k));
            if (b < 0x80 || b > 0xBF) {
                return 0;
            }
        }
        int cp = decodeCodePoint(s, i, continuation + 1);
        // Only repair to BMP letters/punctuation; anything else is more likely genuine Latin-1 text.
        return cp >= 0x80 && cp <= 0xFFFF && !Character.isISOControl(cp) ? continuation + 1 : 0;
    }

    private static int decodeMojibake(String s, int i, int length) {
        return decodeCodePoint(s, i, length);
    }

    private static int decodeCodePoint(String s, int i, int length) {
        int lead = cp1252Byte(s.charAt(i));
        int cp = length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07;
        for (int k = 1; k < length; k++) {
            cp = (cp << 6) | (cp1252Byte(s.charAt(i + k)) & 0x3F);
        }
        return cp;
    }
}
