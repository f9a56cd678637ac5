package nl.vaardig.taxonomy.extract.retrieval;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dutch term → English terms, learnt from the skills that have labels in both languages (ESCO's official Dutch
 * labels, crosswalk and VDAB labels next to the English ones): a Dutch word that keeps appearing in the Dutch labels
 * of skills whose English labels share an English word translates to it (Dice coefficient over skills). It lets a
 * Dutch sentence reach the English labels of the many skills that have no Dutch label yet; every new Dutch label
 * source adds pairs.
 */
final class WordTranslations {

    /** One English term a Dutch term stands for, with its Dice coefficient in (0, 1]. */
    record Translation(String english, float weight) {
    }

    /** How much evidence a pair needs: seen together this often, this Dice coefficient, at most this many per term. */
    private record Thresholds(int minPairs, double minDice, int maxPerTerm) {
    }

    /** Labels are short: two skills naming the same pair of words are evidence. */
    private static final Thresholds LABELS = new Thresholds(2, 0.1, 4);
    /**
     * A description sentence pair has ten or more words on each side, so every word co-occurs with many that are not
     * its translation: a pair needs three sentences and a Dice coefficient of 0.25, and a term keeps its best two.
     */
    private static final Thresholds SENTENCES = new Thresholds(3, 0.25, 2);
    /**
     * Labels this safe say what the skill is called in the other language (the fifth round learnt from these only).
     */
    static final double SAFE_LABEL = 0.8;
    /**
     * Every label teaches: generated Dutch labels and broad/narrow crosswalk mappings are weak names of a skill but still
     * Dutch words for what its English labels say (issue 13, eighth round: Dutch dev sentences recall@25 +4 points).
     */
    static final double ANY_LABEL = 0;

    private final Map<String, Translation[]> byDutch;

    private WordTranslations(Map<String, Translation[]> byDutch) {
        this.byDutch = byDutch;
    }

    static WordTranslations learn(SkillTerms terms) {
        return learn(List.of(terms), SAFE_LABEL);
    }

    /**
     * @param sources        concepts with labels in both languages (skills, and ESCO's occupations)
     * @param minLabelWeight labels below this source weight teach nothing
     */
    static WordTranslations learn(List<SkillTerms> sources, double minLabelWeight) {
        return learn(sources, minLabelWeight, LABELS);
    }

    /**
     * From aligned Dutch/English description sentences ({@link DescriptionSentences#aligned}, one sentence pair per
     * concept of {@code sentencePairs}): translations of the words descriptions use, with stricter evidence than labels.
     */
    static WordTranslations learnFromSentences(SkillTerms sentencePairs) {
        return learn(List.of(sentencePairs), 0, SENTENCES);
    }

    /**
     * The platform's rule: {@link Merge#UNION}, chosen on held-out ESCO pseudo-queries ({@code TranslationMergeChoice},
     * issue 13 round 10: mean over the Dutch query kinds of (P@1 + R@5) / 2 26.16, labels first 25.32, labels only
     * 25.18), not on an evaluation set.
     */
    static final Merge PLATFORM_MERGE = Merge.UNION;

    /** How the translations learnt from description sentences join those learnt from labels. */
    enum Merge {
        /** Per Dutch term the union of both, an English term at its higher weight, the best four. */
        UNION,
        /**
         * Labels first: a Dutch term that labels translate keeps exactly those translations; sentences only give
         * translations to terms that no label translates. A label pair is two short names of one concept, a sentence
         * pair ten or more words on each side, so where both speak the label evidence is the cleaner one.
         */
        LABELS_FIRST
    }

    /** Both sets of translations, joined by {@code merge} ({@code other}: the ones from sentences). */
    WordTranslations merged(WordTranslations other, Merge merge) {
        Map<String, Translation[]> out = new HashMap<>(byDutch);
        if (merge == Merge.LABELS_FIRST) {
            other.byDutch.forEach(out::putIfAbsent);
            return new WordTranslations(out);
        }
        other.byDutch.forEach((dutch, theirs) -> out.merge(dutch, theirs, (a, b) -> {
            Map<String, Float> best = new HashMap<>();
            for (Translation t : a) {
                best.merge(t.english(), t.weight(), Math::max);
            }
            for (Translation t : b) {
                best.merge(t.english(), t.weight(), Math::max);
            }
            return best.entrySet().stream().map(e -> new Translation(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparingDouble(Translation::weight).reversed().thenComparing(Translation::english))
                    .limit(LABELS.maxPerTerm()).toArray(Translation[]::new);
        }));
        return new WordTranslations(out);
    }

    private static WordTranslations learn(List<SkillTerms> sources, double minLabelWeight, Thresholds thresholds) {
        Map<String, Integer> dutchCount = new HashMap<>();
        Map<String, Integer> englishCount = new HashMap<>();
        Map<String, Map<String, Integer>> pairs = new HashMap<>();
        for (SkillTerms terms : sources) {
            count(terms, minLabelWeight, dutchCount, englishCount, pairs);
        }
        Map<String, Translation[]> out = new HashMap<>();
        pairs.forEach((d, row) -> {
            List<Translation> best = new ArrayList<>();
            row.forEach((e, together) -> {
                double dice = 2.0 * together / (dutchCount.get(d) + englishCount.get(e));
                if (together >= thresholds.minPairs() && dice >= thresholds.minDice()) {
                    best.add(new Translation(e, (float) dice));
                }
            });
            if (!best.isEmpty()) {
                best.sort(Comparator.comparingDouble(Translation::weight).reversed());
                out.put(d, best.subList(0, Math.min(thresholds.maxPerTerm(), best.size())).toArray(Translation[]::new));
            }
        });
        return new WordTranslations(out);
    }

    /** Adds each concept's Dutch and English label terms to the term counts and the Dutch × English pair counts. */
    private static void count(SkillTerms terms, double minLabelWeight, Map<String, Integer> dutchCount,
                              Map<String, Integer> englishCount, Map<String, Map<String, Integer>> pairs) {
        for (int s = 0; s < terms.nl.length; s++) {
            if (terms.nl[s] == null || terms.nl[s].length == 0) {
                continue;
            }
            Set<String> dutch = terms(terms.nl[s], minLabelWeight);
            Set<String> english = terms(terms.en[s], minLabelWeight);
            if (dutch.isEmpty() || english.isEmpty()) {
                continue;
            }
            dutch.forEach(d -> dutchCount.merge(d, 1, Integer::sum));
            english.forEach(e -> englishCount.merge(e, 1, Integer::sum));
            for (String d : dutch) {
                Map<String, Integer> row = pairs.computeIfAbsent(d, k -> new HashMap<>());
                english.forEach(e -> row.merge(e, 1, Integer::sum));
            }
        }
    }

    /** Bumped whenever {@link #write}'s layout changes. */
    static final int FORMAT = 1;

    /** The table, Dutch terms sorted, for a snapshot ({@link RetrievalSnapshots}); {@link #read} gives it back. */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(FORMAT);
        List<String> dutch = byDutch.keySet().stream().sorted().toList();
        out.writeInt(dutch.size());
        for (String d : dutch) {
            out.writeUTF(d);
            Translation[] row = byDutch.get(d);
            out.writeInt(row.length);
            for (Translation t : row) {
                out.writeUTF(t.english());
                out.writeFloat(t.weight());
            }
        }
    }

    static WordTranslations read(DataInputStream in) throws IOException {
        int format = in.readInt();
        if (format != FORMAT) {
            throw new IOException("word translations in format " + format + ", expected " + FORMAT);
        }
        int n = in.readInt();
        if (n < 0 || n > 10_000_000) {
            throw new IOException("implausible count " + n);
        }
        Map<String, Translation[]> out = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String dutch = in.readUTF();
            int length = in.readInt();
            if (length < 1 || length > LABELS.maxPerTerm()) {
                throw new IOException("implausible translation count " + length + " for '" + dutch + "'");
            }
            Translation[] row = new Translation[length];
            for (int k = 0; k < length; k++) {
                row[k] = new Translation(in.readUTF(), in.readFloat());
            }
            out.put(dutch, row);
        }
        return new WordTranslations(out);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof WordTranslations other) || !byDutch.keySet().equals(other.byDutch.keySet())) {
            return false;
        }
        return byDutch.entrySet().stream().allMatch(e -> java.util.Arrays.equals(e.getValue(), other.byDutch.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        return byDutch.keySet().hashCode();
    }

    Translation[] of(String dutchTerm) {
        return byDutch.getOrDefault(dutchTerm, NONE);
    }

    int size() {
        return byDutch.size();
    }

    private static final Translation[] NONE = new Translation[0];

    private static Set<String> terms(SkillTerms.LabelTerms[] labels, double minLabelWeight) {
        Set<String> out = new HashSet<>();
        for (SkillTerms.LabelTerms l : labels) {
            if (l.weight() >= minLabelWeight) {
                out.addAll(List.of(l.terms()));
            }
        }
        return out;
    }
}
