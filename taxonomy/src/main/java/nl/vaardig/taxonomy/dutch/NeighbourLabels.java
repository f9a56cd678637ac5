package nl.vaardig.taxonomy.dutch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of a generated label's wording the official Dutch labels of the skills around it use: a label whose words
 * its sibling skills' official labels share is more often right than one whose words no Dutch skill label has. Four
 * shares of the generated words (three letters or more): in an official label of a sibling skill (same broader concept,
 * or an ESCO skill–skill relation); in one of a skill the same occupations need; the mean per word of how many of those
 * co-needed skills use it (×20, capped at 1); and in any official skill label at all. Built only from the official
 * labels the translator was trained on, so a held-out skill's own label (and its fold's) never counts.
 */
final class NeighbourLabels {

    static final int COUNT = 4;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_-]+");
    private static final int MIN_LETTERS = 3;
    /** A word used by one co-needed skill in twenty counts fully: most co-needed skills are unrelated. */
    private static final double SPREAD = 20;

    private final Map<String, Set<String>> labelWords = new HashMap<>();
    private final Map<String, Integer> labelsWithWord = new HashMap<>();
    private final Map<String, Set<String>> siblings;
    private final Map<String, List<String>> occupationsOf = new HashMap<>();
    private final Map<String, List<String>> skillsOf = new HashMap<>();

    /** {@code official}: skill URI → the official Dutch label the translator may see. */
    NeighbourLabels(EscoParallelData data, Map<String, String> official) {
        this.siblings = data.siblings();
        official.forEach((uri, label) -> {
            Set<String> words = words(label);
            labelWords.put(uri, words);
            words.forEach(w -> labelsWithWord.merge(w, 1, Integer::sum));
        });
        data.neighbours().forEach((skill, concepts) -> {
            for (String concept : concepts) {
                if (concept.contains("/occupation/")) {
                    occupationsOf.computeIfAbsent(skill, k -> new ArrayList<>()).add(concept);
                    skillsOf.computeIfAbsent(concept, k -> new ArrayList<>()).add(skill);
                }
            }
        });
    }

    /** The four shares for this skill's generated label; zeros for a label without a word of three letters. */
    double[] shares(String skillUri, String generated) {
        List<String> words = List.copyOf(wordList(generated));
        if (words.isEmpty()) {
            return new double[COUNT];
        }
        var siblingWords = new HashSet<String>();
        for (String sibling : siblings.getOrDefault(skillUri, Set.of())) {
            siblingWords.addAll(labelWords.getOrDefault(sibling, Set.of()));
        }
        var coNeeded = new HashSet<String>();
        for (String occupation : occupationsOf.getOrDefault(skillUri, List.of())) {
            for (String other : skillsOf.get(occupation)) {
                if (!other.equals(skillUri) && labelWords.containsKey(other)) {
                    coNeeded.add(other);
                }
            }
        }
        var usedBy = new HashMap<String, Integer>();
        for (String other : coNeeded) {
            labelWords.get(other).forEach(w -> usedBy.merge(w, 1, Integer::sum));
        }
        Set<String> own = labelWords.getOrDefault(skillUri, Set.of());
        double sibling = 0;
        double coNeededShare = 0;
        double spread = 0;
        double anyLabel = 0;
        for (String w : words) {
            sibling += siblingWords.contains(w) ? 1 : 0;
            int n = usedBy.getOrDefault(w, 0);
            coNeededShare += n > 0 ? 1 : 0;
            spread += Math.min(1, n / (double) Math.max(1, coNeeded.size()) * SPREAD);
            anyLabel += labelsWithWord.getOrDefault(w, 0) > (own.contains(w) ? 1 : 0) ? 1 : 0;
        }
        int size = words.size();
        return new double[]{sibling / size, coNeededShare / size, spread / size, anyLabel / size};
    }

    private static Set<String> words(String text) {
        return new HashSet<>(wordList(text));
    }

    private static List<String> wordList(String text) {
        var out = new ArrayList<String>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (m.group().length() >= MIN_LETTERS) {
                out.add(m.group());
            }
        }
        return out;
    }
}
