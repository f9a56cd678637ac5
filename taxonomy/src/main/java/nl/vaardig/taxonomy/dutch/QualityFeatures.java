package nl.vaardig.taxonomy.dutch;

import java.util.List;

/** The numbers a translation is judged by; {@link QualityModel} weighs them into a confidence. */
final class QualityFeatures {

    static final int COUNT = 26;
    /** Index of the share of generated words neither in the training Dutch nor in the Dutch dictionary. */
    static final int UNKNOWN_SHARE = 14;
    /** Index of the share of English words only a bilingual dictionary translated. */
    static final int DICTIONARY_SHARE = 16;
    private static final int SHAPE = 17;
    /** Index of the share of generated Dutch tokens the skill's ESCO context uses ({@link SkillContext}). */
    static final int CONTEXT_SHARE = 20;
    /** Index of the first of the {@link NeighbourLabels} shares. */
    private static final int NEIGHBOURS = 21;
    /** Index of the share of official labels with the same leading English verb that end in the generated verb. */
    static final int VERB_SUPPORT = 25;
    /** English words that join clauses or phrases: labels with them were translated better than bare noun strings. */
    private static final java.util.Set<String> LINKING_WORDS = java.util.Set.of("of", "for", "in", "on", "to", "with",
            "and", "or", "by", "from", "about", "into", "during", "under", "within", "the", "a", "an");

    /**
     * How much the phrase pairs used were seen: log(1 + count) of the rarest, the mean per English word, and the share
     * of English words translated inside multi-word phrases.
     */
    record Evidence(double minLogCount, double meanLogCount, double inLongerPhrases) {
    }
    private static final double FLOOR = -12;

    private QualityFeatures() {
    }

    static double[] of(int englishWords, int copied, double logProbability, double minLogProbability, int phrases,
                       Evidence evidence, double lmPerWord, boolean template, double templateShare, boolean competenceWithoutTemplate) {
        // copied counts plain copies in units and spelled cognates in thousands (LabelTranslator.SPELLED)
        int spelled = copied / 1000;
        int plain = copied % 1000;
        return new double[]{
                1.0 - (double) plain / englishWords,
                Math.max(FLOOR, logProbability / englishWords),
                Math.max(FLOOR, minLogProbability),
                template ? 1 : 0,
                templateShare,
                competenceWithoutTemplate ? 1 : 0,
                1.0 / englishWords,
                Math.max(FLOOR, lmPerWord),
                (double) phrases / englishWords,
                0,
                (double) spelled / englishWords,
                evidence.minLogCount(),
                evidence.meanLogCount(),
                evidence.inLongerPhrases()};
    }

    /**
     * Adds what a Dutch dictionary says: the share of generated words unknown to it and to the training Dutch (mostly
     * English left untranslated), whether every word is known, and the share of English words only a bilingual
     * dictionary translated.
     */
    static double[] withLexicon(double[] features, double unknownShare, double dictionaryShare) {
        double[] out = java.util.Arrays.copyOf(features, COUNT);
        out[UNKNOWN_SHARE] = unknownShare;
        out[UNKNOWN_SHARE + 1] = unknownShare == 0 ? 1 : 0;
        out[DICTIONARY_SHARE] = dictionaryShare;
        return out;
    }

    /**
     * Adds the shape of the pair, which the held-out errors showed the other features miss: the share of English
     * linking words (a bare string of nouns leaves every compound decision open), Dutch words per English word (a
     * Dutch label much shorter than the English lost or glued words), and the share of English "-ing" words (gerunds
     * are translated as noun, verb or compound part, often wrongly).
     */
    static double[] withShape(double[] features, List<String> english, List<String> dutchWords) {
        double[] out = java.util.Arrays.copyOf(features, COUNT);
        int n = Math.max(1, english.size());
        out[SHAPE] = english.stream().filter(LINKING_WORDS::contains).count() / (double) n;
        out[SHAPE + 1] = Math.min(3.0, dutchWords.size() / (double) n);
        out[SHAPE + 2] = english.stream().filter(w -> w.length() > 5 && w.endsWith("ing")).count() / (double) n;
        return out;
    }

    /** Adds the share of generated Dutch tokens that the Dutch text around the skill lifts ({@link SkillContext}). */
    static double[] withContext(double[] features, double contextShare) {
        double[] out = java.util.Arrays.copyOf(features, COUNT);
        out[CONTEXT_SHARE] = contextShare;
        return out;
    }

    /** Adds how much of the label's wording the official labels of the skills around it use ({@link NeighbourLabels}). */
    static double[] withNeighbours(double[] features, double[] shares) {
        double[] out = java.util.Arrays.copyOf(features, COUNT);
        System.arraycopy(shares, 0, out, NEIGHBOURS, NeighbourLabels.COUNT);
        return out;
    }

    /** Adds how conventional the label's Dutch verb is for its English verb ({@link VerbTable#support}). */
    static double[] withVerbSupport(double[] features, double support) {
        double[] out = java.util.Arrays.copyOf(features, COUNT);
        out[VERB_SUPPORT] = support;
        return out;
    }

    static double[] wholeLabel(int englishWords, double lmPerWord) {
        return new double[]{1, 0, 0, 0, 0, 0, 1.0 / englishWords, Math.max(FLOOR, lmPerWord), 1.0 / englishWords, 1, 0,
                0, 0, 1};
    }

    static double[] copy() {
        return java.util.Arrays.copyOf(new double[]{0, FLOOR, FLOOR, 0, 0, 0, 1, FLOOR, 1, 0, 0, 0, 0, 0, 1, 0, 0}, COUNT);
    }
}
