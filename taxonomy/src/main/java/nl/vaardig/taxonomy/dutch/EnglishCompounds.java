package nl.vaardig.taxonomy.dutch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Dutch for an English compound nothing translates whole, checked by the Dutch speller: the word split at its hyphens
 * ("weather-related", "multi-modal") or, closed, into two parts the translator learnt as words of their own
 * ("rainwater" → rain + water). Every part but the last becomes a first part of Dutch compounds the translator learnt
 * for it from the aligned labels and sentences ("levens+" for "life", not its general translation "biowetenschappen"),
 * else its learnt word; the last part a whole Dutch word; joined into one word ("regenwater") or, failing that, with a
 * hyphen. A part with no Dutch at all is tried as written ("multi" + "modaal" → "multimodaal"). Only a joined word the
 * speller knows is returned.
 */
final class EnglishCompounds {

    private static final int MIN_PART = 3;
    private static final int MIN_CLOSED_PART = 4;
    private static final int MAX_PARTS = 3;
    private static final int OPTIONS_PER_PART = 2;

    private final Function<String, List<String>> firstParts;
    private final Function<String, List<String>> lastParts;
    private final Function<String, Optional<String>> spelled;
    private final Predicate<String> dutchWord;
    private final Map<String, Optional<String>> cache = new HashMap<>();

    /**
     * {@code firstParts}: the Dutch first parts of compounds the translator learnt for one English word ("water" →
     * "water", from "waterbeheer"), best first, without the joining mark, else its learnt one-word translations (empty
     * when the word has no phrase of its own); {@code lastParts}: its whole Dutch words, also through another form;
     * {@code spelled}: a cognate spelling of it the speller knows ({@link Cognates#known}); {@code dutchWord}: the
     * speller.
     */
    EnglishCompounds(Function<String, List<String>> firstParts, Function<String, List<String>> lastParts,
                     Function<String, Optional<String>> spelled, Predicate<String> dutchWord) {
        this.firstParts = firstParts;
        this.lastParts = lastParts;
        this.spelled = spelled;
        this.dutchWord = dutchWord;
    }

    Optional<String> dutch(String english) {
        return cache.computeIfAbsent(english, this::compute);
    }

    private Optional<String> compute(String english) {
        for (List<String> parts : splits(english)) {
            Optional<String> joined = join(parts);
            if (joined.isPresent()) {
                return joined;
            }
        }
        return Optional.empty();
    }

    /** The hyphen's split first, else every split into two known parts, the longer last part first. */
    private List<List<String>> splits(String english) {
        var out = new ArrayList<List<String>>();
        if (english.contains("-")) {
            List<String> parts = List.of(english.split("-"));
            if (parts.size() <= MAX_PARTS && parts.stream().allMatch(p -> p.length() >= MIN_PART && letters(p))) {
                out.add(parts);
            }
            return out;
        }
        if (!letters(english)) {
            return out;
        }
        for (int k = MIN_CLOSED_PART; k <= english.length() - MIN_CLOSED_PART; k++) {
            String left = english.substring(0, k);
            String right = english.substring(k);
            // both parts learnt as words of their own: "colorants" is no "color" + "ants"
            if (left.length() >= MIN_CLOSED_PART && right.length() >= MIN_CLOSED_PART
                    && !firstParts.apply(left).isEmpty() && !firstParts.apply(right).isEmpty()) {
                out.add(List.of(left, right));
            }
        }
        return out;
    }

    private Optional<String> join(List<String> parts) {
        List<List<String>> options = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            String part = parts.get(p);
            var words = new ArrayList<String>();
            (p < parts.size() - 1 ? firstParts : lastParts).apply(part).stream().filter(EnglishCompounds::letters)
                    .limit(OPTIONS_PER_PART).forEach(words::add);
            spelled.apply(part).filter(w -> !words.contains(w)).ifPresent(words::add);
            if (words.isEmpty()) {
                words.add(part); // a part with no Dutch of its own, a prefix mostly, as written ("multi", "neuro")
            }
            options.add(words);
        }
        var joined = new ArrayList<String>();
        var hyphenated = new ArrayList<String>();
        combine(options, 0, "", "", joined, hyphenated);
        String asWritten = String.join("", parts);
        joined.remove(asWritten); // the English word itself is the copy's business, not a compound's
        hyphenated.remove(String.join("-", parts));
        for (String w : joined) {
            if (dutchWord.test(w)) {
                return Optional.of(w);
            }
        }
        for (String w : hyphenated) {
            if (dutchWord.test(w)) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    private static void combine(List<List<String>> options, int at, String joined, String hyphenated,
                                List<String> joinedOut, List<String> hyphenatedOut) {
        if (at == options.size()) {
            joinedOut.add(joined);
            hyphenatedOut.add(hyphenated);
            return;
        }
        for (String w : options.get(at)) {
            String word = w.toLowerCase(Locale.ROOT);
            combine(options, at + 1, joined + word, at == 0 ? word : hyphenated + "-" + word, joinedOut,
                    hyphenatedOut);
        }
    }

    private static boolean letters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return !word.isEmpty();
    }
}
