package nl.vaardig.taxonomy.dutch;

/** The numbers a translation is judged by; {@link QualityModel} weighs them into a confidence. */
final class QualityFeatures {

    static final int COUNT = 10;
    private static final double FLOOR = -12;

    private QualityFeatures() {
    }

    static double[] of(int englishWords, int copied, double logProbability, double minLogProbability, int phrases,
                       double lmPerWord, boolean template, double templateShare, boolean competenceWithoutTemplate) {
        return new double[]{
                1.0 - (double) copied / englishWords,
                Math.max(FLOOR, logProbability / englishWords),
                Math.max(FLOOR, minLogProbability),
                template ? 1 : 0,
                templateShare,
                competenceWithoutTemplate ? 1 : 0,
                1.0 / englishWords,
                Math.max(FLOOR, lmPerWord),
                (double) phrases / englishWords,
                0};
    }

    static double[] wholeLabel(int englishWords, double lmPerWord) {
        return new double[]{1, 0, 0, 0, 0, 0, 1.0 / englishWords, Math.max(FLOOR, lmPerWord), 1.0 / englishWords, 1};
    }

    static double[] copy() {
        return new double[]{0, FLOOR, FLOOR, 0, 0, 0, 1, FLOOR, 1, 0};
    }
}
