package nl.vaardig.web.lmi.forecast;

import java.util.List;
import nl.vaardig.web.lmi.Dimension;

/**
 * Demand of one skill or occupation in one region: the finished quarters, the trend class with its year-on-year
 * figure, and the PROGNOSIS (never shown without that word) with its intervals. Absent trend figures and an empty
 * forecast mean "not enough data", with the reason.
 */
public record DemandOutlookView(String region, Dimension dimension, String key, String label, String labelLanguage,
                                List<HistoryPoint> history, Trend trend, Forecast forecast, boolean synthetic) {

    public record HistoryPoint(String quarter, long vacancies) {
    }

    /** {@code kind} GROWING, STABLE, SHRINKING or NOT_ENOUGH_DATA; the figures are null for the last. */
    public record Trend(String kind, Long percent, String from, String to, Long current, Long yearBefore, String reason) {
    }

    /** {@code method} names the model; {@code points} is empty with a reason when there is too little history. */
    public record Forecast(String method, List<ForecastPointView> points, String reason) {
    }

    public record ForecastPointView(String quarter, int horizon, double prognosis, double lower80, double upper80,
                                    double lower95, double upper95) {
    }
}
