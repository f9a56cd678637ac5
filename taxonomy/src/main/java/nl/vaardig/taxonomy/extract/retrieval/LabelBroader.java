package nl.vaardig.taxonomy.extract.retrieval;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Broader skills implied by labels (issue 13, round 15): skill g is taken as broader than skill n when a label of g
 * has all its words in a label of n of the same language and n's label has more ("think proactively" → "think
 * proactively to secure sales", "cloud computing" → "cloud computing security"). ESCO's hierarchy leaves many such
 * pairs unlinked; the words say which skill is the general one.
 */
final class LabelBroader {

    /** Labels of more words than this are not split into their subsets (2^words lookups). */
    static final int MAX_WORDS = 6;

    private LabelBroader() {
    }

    /** Per skill ordinal the ordinals of the skills a label of which has a proper subset of the words of one of its labels. */
    static int[][] of(SkillTerms terms) {
        int n = terms.labelTerms.length;
        List<SkillTerms.LabelTerms[][]> languages = List.of(terms.nl, terms.en);
        Map<String, List<Integer>> byWords = new HashMap<>();
        for (int language = 0; language < 2; language++) {
            for (int skill = 0; skill < n; skill++) {
                SkillTerms.LabelTerms[] labels = languages.get(language)[skill];
                for (int l = 0; labels != null && l < labels.length; l++) {
                    List<Integer> skills = byWords.computeIfAbsent(key(language, labels[l].terms(), -1), k -> new java.util.ArrayList<>(1));
                    if (!skills.contains(skill)) {
                        skills.add(skill);
                    }
                }
            }
        }
        int[][] out = new int[n][];
        for (int skill = 0; skill < n; skill++) {
            Set<Integer> broader = new LinkedHashSet<>();
            for (int language = 0; language < 2; language++) {
                SkillTerms.LabelTerms[] labels = languages.get(language)[skill];
                for (int l = 0; labels != null && l < labels.length; l++) {
                    String[] words = labels[l].terms();
                    if (words.length < 2 || words.length > MAX_WORDS) {
                        continue;
                    }
                    // every proper, non-empty subset of the label's words
                    for (int mask = 1; mask < (1 << words.length) - 1; mask++) {
                        List<Integer> general = byWords.get(key(language, words, mask));
                        if (general != null) {
                            broader.addAll(general);
                        }
                    }
                }
            }
            broader.remove(skill);
            out[skill] = broader.stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    /** The language and the sorted words of a label ({@code mask} -1: all of them; else the words whose bit is set). */
    private static String key(int language, String[] words, int mask) {
        String[] kept = java.util.stream.IntStream.range(0, words.length).filter(i -> mask < 0 || (mask & (1 << i)) != 0)
                .mapToObj(i -> words[i]).sorted().toArray(String[]::new);
        return language + "|" + String.join(" ", kept);
    }
}
