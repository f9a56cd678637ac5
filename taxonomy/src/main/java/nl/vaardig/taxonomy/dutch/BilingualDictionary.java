package nl.vaardig.taxonomy.dutch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * English phrase → Dutch phrases from the FreeDict English–Dutch and Dutch–English dictionaries (Debian
 * {@code dict-freedict-eng-nld}, {@code dict-freedict-nld-eng}; GPL 2+), read from their dictd files at generation
 * time only. The translator uses them for English words its parallel data never had, as options with a low prior.
 * Apart from them, for English phrases that pair does not have: the Dutch {@link PivotDictionary} reaches through other
 * languages, which the translator takes only where it would otherwise copy the English word.
 */
final class BilingualDictionary {

    static final int MAX_WORDS = 3;
    private static final int MAX_CANDIDATES = 8;
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private final Map<String, Set<String>> toDutch = new LinkedHashMap<>();
    private final Map<String, List<String>> pivots = new LinkedHashMap<>();

    static BilingualDictionary empty() {
        return new BilingualDictionary();
    }

    /** Reads {@code freedict-eng-nld} and {@code freedict-nld-eng} (index + dict.dz) from a dictd folder. */
    static BilingualDictionary read(Path dictd) throws IOException {
        var d = new BilingualDictionary();
        for (var e : entries(dictd, "freedict-eng-nld")) {
            for (String dutch : e.translations()) {
                d.add(e.headword(), dutch);
            }
        }
        for (var e : entries(dictd, "freedict-nld-eng")) {
            for (String english : e.translations()) {
                d.add(english, e.headword());
            }
        }
        return d;
    }

    /**
     * {@link #read}, plus the {@link PivotDictionary} candidates the speller accepts for English phrases the
     * English–Dutch pair has no entry for.
     */
    static BilingualDictionary read(Path dictd, java.util.function.Predicate<String> dutchWord) throws IOException {
        var d = read(dictd);
        d.pivots.putAll(PivotDictionary.read(dictd, dutchWord, d.toDutch::containsKey));
        return d;
    }

    /** English phrases with candidates only through other languages. */
    int pivotPhrases() {
        return pivots.size();
    }

    /** Dutch candidates through other languages, best first, for an English phrase the pair does not have. */
    List<List<String>> throughPivots(List<String> english) {
        var out = new ArrayList<List<String>>();
        for (String s : pivots.getOrDefault(String.join(" ", english), List.of())) {
            out.add(List.of(s.split(" ")));
        }
        return out;
    }

    /** Dutch candidates, as token lists, for an English phrase given as tokens (empty when unknown). */
    List<List<String>> dutch(List<String> english) {
        var out = new ArrayList<List<String>>();
        for (String s : toDutch.getOrDefault(String.join(" ", english), Set.of())) {
            out.add(List.of(s.split(" ")));
        }
        return out;
    }

    int size() {
        return toDutch.size();
    }

    void add(String english, String dutch) {
        List<String> e = LabelTokens.words(clean(english));
        List<String> d = LabelTokens.words(clean(dutch));
        if (e.isEmpty() || d.isEmpty() || e.size() > MAX_WORDS || d.size() > MAX_WORDS) {
            return;
        }
        Set<String> set = toDutch.computeIfAbsent(String.join(" ", e), k -> new LinkedHashSet<>());
        if (set.size() < MAX_CANDIDATES) {
            set.add(String.join(" ", d));
        }
    }

    /** FreeDict writes the Dutch "ij" as one letter and hyphens as U+2010; notes go in parentheses. */
    static String clean(String text) {
        return text.replace("ĳ", "ij").replace("Ĳ", "IJ").replace('‐', '-').replaceAll("\\([^)]*\\)", " ")
                .replaceAll("\\[[^]]*]", " ").strip();
    }

    record Entry(String headword, List<String> translations) {
    }

    private static List<Entry> entries(Path dictd, String name) throws IOException {
        return entries(dictd, name, false);
    }

    /**
     * {@code translationsOnly}: an indented line is a note, synonym, cross-reference or example (Ding's
     * {@code eng-deu}), not a translation, unless it opens with a bracketed gloss (WikDict's {@code nld-ita}).
     */
    static List<Entry> entries(Path dictd, String name, boolean translationsOnly) throws IOException {
        byte[] text;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dictd.resolve(name + ".dict.dz")))) {
            text = in.readAllBytes();
        }
        var out = new ArrayList<Entry>();
        for (String line : Files.readAllLines(dictd.resolve(name + ".index"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length != 3 || f[0].startsWith("00database")) {
                continue;
            }
            int offset = (int) base64(f[1]);
            int length = (int) base64(f[2]);
            if (offset < 0 || offset + length > text.length) {
                continue;
            }
            String[] lines = new String(text, offset, length, StandardCharsets.UTF_8).split("\n");
            var translations = new ArrayList<String>();
            for (int i = 1; i < lines.length; i++) {
                if (translationsOnly && (lines[i].isBlank()
                        || Character.isWhitespace(lines[i].charAt(0)) && !lines[i].strip().startsWith("["))) {
                    continue;
                }
                // senses are "1. a, b" or "a, b"
                String sense = lines[i].replaceFirst("^\\s*\\d+\\.\\s*", "");
                for (String t : sense.split("[,;]")) {
                    if (!t.isBlank()) {
                        translations.add(t.strip());
                    }
                }
            }
            out.add(new Entry(f[0], translations));
        }
        return out;
    }

    private static long base64(String s) {
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            v = v * 64 + BASE64.indexOf(s.charAt(i));
        }
        return v;
    }
}
