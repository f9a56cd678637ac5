package nl.vaardig.taxonomy.dutch;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Spelling rules for words English and Dutch share (mostly Latin and Greek): "dermatology" → "dermatologie",
 * "obstetric" → "obstetrisch". Learnt from one-word phrase pairs whose spellings share a stem: the differing endings,
 * with up to {@value #CONTEXT} letters of the shared stem, become a rule "ogy → ogie". An English word the
 * translator has never seen is rewritten by its longest ending with a frequent, reliable rule.
 */
final class Cognates {

    private static final int MIN_STEM = 4;
    private static final int CONTEXT = 3;
    private static final int MAX_ENDING = 7;
    private static final int MIN_EVIDENCE = 3;
    private static final double MIN_SHARE = 0.6;

    private final Map<String, Map<String, Integer>> rules = new HashMap<>();
    private final SpellingRewrites rewrites = new SpellingRewrites();

    void learn(String english, String dutch) {
        rewrites.learn(english, dutch);
        if (!isLetters(english) || !isLetters(dutch) || english.equals(dutch)) {
            return;
        }
        int stem = 0;
        while (stem < english.length() && stem < dutch.length() && english.charAt(stem) == dutch.charAt(stem)) {
            stem++;
        }
        if (stem < MIN_STEM || english.length() - stem > MAX_ENDING - 1) {
            return;
        }
        for (int k = 1; k <= CONTEXT && stem - k >= 0; k++) {
            rules.computeIfAbsent(english.substring(stem - k), x -> new HashMap<>())
                    .merge(dutch.substring(stem - k), 1, Integer::sum);
        }
    }

    Optional<String> spell(String english) {
        if (!isLetters(english)) {
            return Optional.empty();
        }
        for (int len = Math.min(MAX_ENDING + CONTEXT, english.length() - MIN_STEM + 1); len >= 2; len--) {
            String ending = english.substring(english.length() - len);
            Map<String, Integer> seen = rules.get(ending);
            if (seen == null) {
                continue;
            }
            var top = Tally.mostCounted(seen);
            if (top.count() >= MIN_EVIDENCE && top.count() >= MIN_SHARE * top.total()) {
                return Optional.of(english.substring(0, english.length() - len) + top.form());
            }
        }
        return Optional.empty();
    }

    /**
     * Every spelling the learnt rules allow, longest ending first and, per ending, the most frequent Dutch ending
     * first; a rule seen {@value #MIN_EVIDENCE} times counts even when it is not the majority. Meant to be checked by
     * a Dutch speller, which then picks the spelling Dutch has ("-ation" → "-atie" or "-ering").
     */
    java.util.List<String> candidates(String english) {
        var out = new java.util.ArrayList<String>();
        if (!isLetters(english)) {
            return out;
        }
        for (int len = Math.min(MAX_ENDING + CONTEXT, english.length() - MIN_STEM + 1); len >= 2; len--) {
            String ending = english.substring(english.length() - len);
            Map<String, Integer> seen = rules.get(ending);
            if (seen == null) {
                continue;
            }
            String stem = english.substring(0, english.length() - len);
            seen.entrySet().stream().filter(e -> e.getValue() >= MIN_EVIDENCE)
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .map(e -> stem + e.getKey()).filter(w -> !out.contains(w)).forEach(out::add);
        }
        return out;
    }

    /**
     * The first spelling a Dutch speller knows among the learnt ending spellings ({@link #candidates}) and, failing
     * those, the same and the word itself with one or two learnt letter rewrites inside ({@link SpellingRewrites}:
     * "paediatric" → "paediatrisch" → "pediatrisch"); empty when the speller knows none.
     */
    Optional<String> known(String english, java.util.function.Predicate<String> dutchWord) {
        var spellings = candidates(english);
        for (String candidate : spellings) {
            if (dutchWord.test(candidate)) {
                return Optional.of(candidate);
            }
        }
        if (!isLetters(english)) {
            return Optional.empty();
        }
        spellings.add(english);
        for (String candidate : spellings) {
            for (String variant : rewrites.variants(candidate)) {
                if (dutchWord.test(variant)) {
                    return Optional.of(variant);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return !word.isEmpty();
    }
}
