package nl.vaardig.web.lmi.forecast;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.vaardig.web.lmi.read.CellReader;
import nl.vaardig.web.lmi.aggregate.Contributions;
import nl.vaardig.web.lmi.Dimension;
import nl.vaardig.web.lmi.LmiVocabulary;
import nl.vaardig.web.lmi.Period;
import nl.vaardig.web.lmi.trend.DemandTrend;
import nl.vaardig.web.lmi.trend.QuarterlySeries;
import nl.vaardig.web.lmi.trend.TrendClassifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Trend and forecast of the quarterly demand of one skill or occupation in one region, from the aggregates. */
@Service
public class DemandOutlookService {

    private final CellReader cells;
    private final LmiVocabulary vocabulary;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemandOutlookService(CellReader cells, LmiVocabulary vocabulary, JdbcTemplate jdbc) {
        this.cells = cells;
        this.vocabulary = vocabulary;
        this.jdbc = jdbc;
        this.clock = Clock.systemDefaultZone();
    }

    /**
     * The finished quarters of a region's demand for one key. The key's first quarter with figures is left out: it
     * lacks the vacancies opened before its history starts (a loaded history that begins mid-quarter, a feed that
     * starts late), and would fake growth. Counting from the key's own start, not the oldest cell of any region,
     * keeps one early vacancy elsewhere from making another history's partial first quarter look complete.
     */
    public Optional<QuarterlySeries> finishedQuarters(String region, Dimension d, String key) {
        List<Period> known = cells.periods(Period.Kind.QUARTER);
        Period current = Period.containing(Period.Kind.QUARTER, LocalDate.now(clock));
        if (known.size() < 2) {
            return Optional.empty();
        }
        Period last = current.previous();
        Map<Period, long[]> demand = cells.demandSeries(region, Period.Kind.QUARTER, known.getFirst().start(), last.end(),
                d, key);
        Optional<Period> keyStart = demand.entrySet().stream()
                .filter(e -> e.getValue()[Contributions.VACANCIES] > 0).map(Map.Entry::getKey).min(Period::compareTo);
        Period first = keyStart.orElse(known.getFirst()).next();
        if (first.compareTo(last) > 0) {
            return Optional.empty();
        }
        var counts = new ArrayList<Long>();
        for (Period p = first; p.compareTo(last) <= 0; p = p.next()) {
            counts.add(demand.containsKey(p) ? demand.get(p)[Contributions.VACANCIES] : 0L);
        }
        return Optional.of(new QuarterlySeries(first, counts));
    }

    public DemandTrend trend(String region, Dimension d, String key) {
        return finishedQuarters(region, d, key).map(TrendClassifier::classify)
                .orElse(new DemandTrend.NotEnoughData(DemandTrend.NotEnoughData.Reason.TOO_FEW_QUARTERS));
    }

    public DemandOutlookView outlook(String region, Dimension d, String key, int horizon, Locale lang) {
        Optional<QuarterlySeries> series = finishedQuarters(region, d, key);
        var history = new ArrayList<DemandOutlookView.HistoryPoint>();
        series.ifPresent(s -> {
            for (int i = 0; i < s.size(); i++) {
                history.add(new DemandOutlookView.HistoryPoint(s.quarter(i).key(), s.count(i)));
            }
        });
        DemandTrend trend = series.map(TrendClassifier::classify)
                .orElse(new DemandTrend.NotEnoughData(DemandTrend.NotEnoughData.Reason.TOO_FEW_QUARTERS));
        Optional<DemandForecaster.Prognosis> prognosis = series.flatMap(s -> DemandForecaster.forecast(s, horizon));
        var forecast = new DemandOutlookView.Forecast(prognosis.map(DemandForecaster.Prognosis::model).orElse(null),
                prognosis.map(DemandForecaster.Prognosis::points).orElse(List.of()).stream()
                .map(p -> new DemandOutlookView.ForecastPointView(p.quarter().key(), p.horizon(), round(p.mean()),
                        round(p.lower80()), round(p.upper80()), round(p.lower95()), round(p.upper95())))
                .toList(), prognosis.isPresent() ? null : "NOT_ENOUGH_HISTORY");
        var label = vocabulary.labelView(d, key, lang);
        boolean synthetic = Boolean.TRUE.equals(jdbc.queryForObject(
                "select coalesce(bool_or(synthetic), false) from lmi_dataset", Boolean.class));
        return new DemandOutlookView(region, d, key, label.label(), label.labelLanguage(), history, view(trend), forecast, synthetic);
    }

    static DemandOutlookView.Trend view(DemandTrend trend) {
        return switch (trend) {
            case DemandTrend.Growing g -> figures("GROWING", g.comparison());
            case DemandTrend.Stable s -> figures("STABLE", s.comparison());
            case DemandTrend.Shrinking s -> figures("SHRINKING", s.comparison());
            case DemandTrend.NotEnoughData n -> new DemandOutlookView.Trend("NOT_ENOUGH_DATA", null, null, null, null, null,
                    n.reason().name());
        };
    }

    private static DemandOutlookView.Trend figures(String kind, DemandTrend.Comparison c) {
        return new DemandOutlookView.Trend(kind, c.percent(), c.from().key(), c.to().key(), c.current(), c.yearBefore(), null);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
