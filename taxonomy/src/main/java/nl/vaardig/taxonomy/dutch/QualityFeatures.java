package nl.vaardig.taxonomy.dutch;

/** The numbers a translation is judged by; {@link QualityModel} weighs them into a confidence. */
final class QualityFeatures {

    static final int COUNT = 17;
    /** Index of the share of generated words neither in the training Dutch nor in the Dutch dictionary. */
    static final int UNKNOWN_SHARE = COUNT - 3;

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
        out[COUNT - 2] = unknownShare == 0 ? 1 : 0;
        out[COUNT - 1] = dictionaryShare;
        return out;
    }

    static double[] wholeLabel(int englishWords, double lmPerWord) {
        return new double[]{1, 0, 0, 0, 0, 0, 1.0 / englishWords, Math.max(FLOOR, lmPerWord), 1.0 / englishWords, 1, 0,
                0, 0, 1};
    }

    static double[] copy() {
        return new double[]{0, FLOOR, FLOOR, 0, 0, 0, 1, FLOOR, 1, 0, 0, 0, 0, 0, 1, 0, 0};
    }
}
