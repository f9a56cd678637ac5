package nl.vaardig.web.lmi.trend;

import nl.vaardig.web.lmi.disclosure.DisclosureControl;

/**
 * Classifies the demand trend of a quarterly series, year-on-year:
 * <ul>
 *   <li>with 8 or more finished quarters: the last 4 against the 4 before them (a whole year each, seasons cancel);</li>
 *   <li>with 5–7: the last {@code n − 4} quarters against the same quarters a year earlier;</li>
 *   <li>with fewer than 5: {@link DemandTrend.NotEnoughData} — there is no year-earlier quarter to compare with.</li>
 * </ul>
 * Either side below {@link DisclosureControl#THRESHOLD} vacancies gives no figure. A change counts as growth or
 * shrinkage only when it is at least {@link #THRESHOLD_CHANGE} and larger than the noise of counting: under a Poisson
 * model the difference of two counts a and b has standard deviation √(a + b); a change within
 * {@link #NOISE_Z}·√(a + b) is called stable, so a small region's 12 → 15 vacancies does not read as +25 % growth.
 */
public final class TrendClassifier {

    /** Smallest relative change per year that is called growing or shrinking. */
    public static final double THRESHOLD_CHANGE = 0.05;
    /** Multiples of the counting noise a change must exceed. */
    public static final double NOISE_Z = 2.0;
    /** Quarters needed at least: one to compare and the same quarter a year earlier. */
    public static final int MIN_QUARTERS = 5;

    private TrendClassifier() {
    }

    public static DemandTrend classify(QuarterlySeries series) {
        int n = series.size();
        if (n < MIN_QUARTERS) {
            return new DemandTrend.NotEnoughData(DemandTrend.NotEnoughData.Reason.TOO_FEW_QUARTERS);
        }
        int compared = Math.min(4, n - 4);
        long current = 0;
        long yearBefore = 0;
        for (int i = n - compared; i < n; i++) {
            current += series.count(i);
            yearBefore += series.count(i - 4);
        }
        if (current < DisclosureControl.THRESHOLD || yearBefore < DisclosureControl.THRESHOLD) {
            return new DemandTrend.NotEnoughData(DemandTrend.NotEnoughData.Reason.TOO_FEW_VACANCIES);
        }
        var comparison = new DemandTrend.Comparison(series.quarter(n - compared), series.quarter(n - 1), current, yearBefore);
        double change = comparison.change();
        boolean beyondNoise = Math.abs(current - yearBefore) > NOISE_Z * Math.sqrt(current + yearBefore);
        if (beyondNoise && change >= THRESHOLD_CHANGE) {
            return new DemandTrend.Growing(comparison);
        }
        if (beyondNoise && change <= -THRESHOLD_CHANGE) {
            return new DemandTrend.Shrinking(comparison);
        }
        return new DemandTrend.Stable(comparison);
    }
}
