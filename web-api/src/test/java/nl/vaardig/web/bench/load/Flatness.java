package nl.vaardig.web.bench.load;

/**
 * The soak's verdict on one figure: the least-squares slope of its samples, per 10 minutes, against a limit that is
 * a share of its mean with an absolute floor (a flat line of 40 threads may wobble by one). NaN samples are skipped.
 */
record Flatness(String metric, int samples, double mean, double slopePer10Minutes, double limit, boolean flat) {

    /** "flat", "rising" (a leak's sign) or "falling" (a live set that settles after start-up: not a leak). */
    String trend() {
        return flat ? "flat" : slopePer10Minutes > 0 ? "rising" : "falling";
    }

    static Flatness of(String metric, double[] minutes, double[] values, double relativeLimit, double absoluteFloor) {
        if (minutes.length != values.length) {
            throw new IllegalArgumentException("minutes and values differ in length");
        }
        int n = 0;
        double sumX = 0;
        double sumY = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                n++;
                sumX += minutes[i];
                sumY += values[i];
            }
        }
        if (n < 3) {
            throw new IllegalArgumentException(metric + ": a slope needs at least 3 samples, got " + n);
        }
        double meanX = sumX / n;
        double meanY = sumY / n;
        double covariance = 0;
        double variance = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                covariance += (minutes[i] - meanX) * (values[i] - meanY);
                variance += (minutes[i] - meanX) * (minutes[i] - meanX);
            }
        }
        double slope = variance == 0 ? 0 : 10 * covariance / variance;
        double limit = Math.max(relativeLimit * Math.abs(meanY), absoluteFloor);
        return new Flatness(metric, n, meanY, slope, limit, Math.abs(slope) <= limit);
    }
}
