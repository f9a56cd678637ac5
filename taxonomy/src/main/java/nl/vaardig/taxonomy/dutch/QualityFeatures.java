package nl.vaardig.taxonomy.dutch;

/** The numbers a translation is judged by; {@link QualityModel} weighs them into a confidence. */
final class QualityFeatures {

    static final int COUNT = 14;

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

    static double[] wholeLabel(int englishWords, double lmPerWord) {
        return new double[]{1, 0, 0, 0, 0, 0, 1.0 / englishWords, Math.max(FLOOR, lmPerWord), 1.0 / englishWords, 1, 0,
                0, 0, 1};
    }

    static double[] copy() {
        return new double[]{0, FLOOR, FLOOR, 0, 0, 0, 1, FLOOR, 1, 0, 0, 0, 0, 0};
    }
}
