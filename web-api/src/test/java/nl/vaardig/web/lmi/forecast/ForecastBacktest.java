package nl.vaardig.web.lmi.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.taxonomy.region.LabourMarketRegion;
import nl.vaardig.taxonomy.region.LabourMarketRegions;
import nl.vaardig.web.lmi.aggregate.DemandFacts;
import nl.vaardig.web.lmi.Dimension;
import nl.vaardig.web.lmi.Period;
import nl.vaardig.web.demo.lmi.SyntheticLabourMarket;
import nl.vaardig.web.lmi.trend.QuarterlySeries;

/**
 * Rolling-origin backtest of the quarterly demand forecast on the SYNTHETIC labour market (the generator the local
 * profile seeds from): for every region × skill/occupation series and every origin with enough history (the
 * forecaster's own rule), the forecaster's combination ({@link CombinedForecast}) and the single ETS model it used
 * before (ETS(A,N,A) or ETS(A,Ad,A) by AICc, with its closed-form intervals) against the seasonal-naive baseline on
 * the same origins and horizons. MASE is scaled by the in-sample seasonal-naive MAE of the training part. Run by
 * {@code ./vaardig bench lmi-forecast} through {@link ForecastBacktestTest} (see docs/lmi.md).
 */
final class ForecastBacktest {

    static final int MAX_H = DemandForecaster.MAX_HORIZON;

    /** Accumulated errors per horizon for one method. */
    static final class Score {
        final String name;
        final double[] mase = new double[MAX_H];
        final double[] smape = new double[MAX_H];
        final double[] absolute = new double[MAX_H];
        final long[] in80 = new long[MAX_H];
        final long[] in95 = new long[MAX_H];
        final long[] n = new long[MAX_H];

        Score(String name) {
            this.name = name;
        }

        void add(int h, double actual, double predicted, double scale, ForecastPoint interval) {
            double e = Math.abs(actual - predicted);
            mase[h - 1] += e / scale;
            absolute[h - 1] += e;
            smape[h - 1] += actual + predicted == 0 ? 0 : 200 * e / (Math.abs(actual) + Math.abs(predicted));
            n[h - 1]++;
            if (interval != null) {
                in80[h - 1] += interval.within80(actual) ? 1 : 0;
                in95[h - 1] += interval.within95(actual) ? 1 : 0;
            }
        }

        double mase(int h) {
            return mase[h - 1] / n[h - 1];
        }
    }

    /**
     * {@code forecast} is the forecaster's combination, {@code etsAicc} the single model by AICc it used before;
     * {@code callNanos} the time of each forecast call (both fits, the combination and its intervals), sorted.
     */
    record Result(int series, long forecasts, Score forecast, Score etsAicc, Score seasonalNaive, long[] callNanos) {

        long callPercentile(double p) {
            return callNanos[(int) Math.min(callNanos.length - 1, Math.floor(p * callNanos.length))];
        }
    }

    /**
     * Quarterly open-vacancy series per region × dimension value, from the history's second quarter to its last, for the
     * first {@code regionCount} regions by code (all 35 in the benchmark).
     */
    static Map<String, QuarterlySeries> series(int years, long vacancies, long seed, Set<Dimension> dimensions, int regionCount) {
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (LabourMarketRegion r : LabourMarketRegions.shipped().all()) {
            sizes.put(r.code().value().toUpperCase(Locale.ROOT), r.gemeenten().size());
        }
        Set<String> regions = sizes.keySet().stream().sorted().limit(regionCount).collect(java.util.stream.Collectors.toSet());
        LocalDate to = LocalDate.of(2025, 12, 31);
        LocalDate from = to.minusYears(years).plusDays(1);
        var market = new SyntheticLabourMarket(taxonomy, sizes, from, to, seed);
        // the first quarter misses the vacancies opened before the history starts: left out
        Period first = Period.containing(Period.Kind.QUARTER, from).next();
        Period last = Period.containing(Period.Kind.QUARTER, to);
        int length = (int) first.distanceTo(last) + 1;
        Map<String, long[]> counts = new TreeMap<>();
        for (long i = 0; i < vacancies; i++) {
            SyntheticLabourMarket.SyntheticVacancy v = market.vacancy(i);
            if (!regions.contains(v.region())) {
                continue;
            }
            // open in every quarter its spell overlaps, as Contributions counts it (one vacancy once per key)
            var f = new DemandFacts(v.region(), v.from(), v.until(), v.job().uri(), v.job().isco(), v.skills());
            var keys = new java.util.LinkedHashSet<String>();
            if (dimensions.contains(Dimension.OCCUPATION)) {
                keys.add(v.region() + " OCCUPATION " + v.job().uri());
            }
            if (dimensions.contains(Dimension.SKILL)) {
                v.skills().forEach(r -> keys.add(v.region() + " SKILL " + r.uri()));
            }
            for (Period p : Period.overlapping(Period.Kind.QUARTER, f.openFrom(), f.openUntil())) {
                int index = (int) first.distanceTo(p);
                if (index >= 0 && index < length) {
                    for (String key : keys) {
                        counts.computeIfAbsent(key, x -> new long[length])[index]++;
                    }
                }
            }
        }
        var out = new LinkedHashMap<String, QuarterlySeries>();
        counts.forEach((key, c) -> out.put(key, new QuarterlySeries(first, java.util.Arrays.stream(c).boxed().toList())));
        return out;
    }

    static Result run(Map<String, QuarterlySeries> all, int firstOrigin) {
        var combined = new Score("combination");
        var selected = new Score("ETS by AICc");
        var naive = new Score("seasonal naive");
        var calls = new ArrayList<Long>();
        int used = 0;
        long forecasts = 0;
        for (QuarterlySeries s : all.values()) {
            double[] y = s.values();
            boolean any = false;
            for (int origin = firstOrigin; origin < y.length; origin++) {
                var training = new QuarterlySeries(s.first(), s.counts().subList(0, origin));
                if (!DemandForecaster.enoughHistory(training)) {
                    continue;
                }
                double scale = 0;
                for (int t = DemandForecaster.PERIOD; t < origin; t++) {
                    scale += Math.abs(y[t] - y[t - DemandForecaster.PERIOD]);
                }
                scale /= origin - DemandForecaster.PERIOD;
                if (scale == 0) {
                    continue;
                }
                any = true;
                int horizon = Math.min(MAX_H, y.length - origin);
                Period last = s.quarter(origin - 1);
                double[] history = java.util.Arrays.copyOf(y, origin);
                long started = System.nanoTime();
                CombinedForecast fit = CombinedForecast.fit(history, DemandForecaster.PERIOD);
                List<ForecastPoint> c = DemandForecaster.points(fit.mean(horizon), fit.variance(horizon), last);
                calls.add(System.nanoTime() - started);
                EtsFit single = fit.selected();
                List<ForecastPoint> e = DemandForecaster.points(single.mean(horizon), single.variance(horizon), last);
                for (int h = 1; h <= horizon; h++) {
                    double actual = y[origin + h - 1];
                    int back = DemandForecaster.PERIOD * ((h - 1) / DemandForecaster.PERIOD + 1);
                    combined.add(h, actual, c.get(h - 1).mean(), scale, c.get(h - 1));
                    selected.add(h, actual, e.get(h - 1).mean(), scale, e.get(h - 1));
                    naive.add(h, actual, y[origin + h - 1 - back], scale, null);
                    forecasts++;
                }
            }
            used += any ? 1 : 0;
        }
        long[] nanos = calls.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(used, forecasts, combined, selected, naive, nanos);
    }

    static String table(Result r) {
        var out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d series, %d forecasts (per method); forecast call (both fits, combination, "
                + "intervals) p50 %.2f ms, p99 %.2f ms over %d calls%n", r.series(), r.forecasts(),
                r.callPercentile(0.50) / 1e6, r.callPercentile(0.99) / 1e6, r.callNanos().length));
        out.append("| h | n | MASE forecast | MASE ETS (AICc) | MASE seasonal naive | sMAPE forecast | sMAPE seasonal naive "
                + "| MAE forecast | MAE seasonal naive | cover 80 % | cover 95 % | ETS (AICc) cover 80 % | ETS (AICc) cover 95 % |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (int h = 1; h <= MAX_H; h++) {
            long n = r.forecast().n[h - 1];
            if (n == 0) {
                continue;
            }
            out.append(String.format(Locale.ROOT, "| %d | %d | %.3f | %.3f | %.3f | %.1f | %.1f | %.2f | %.2f | %.1f %% | %.1f %% "
                            + "| %.1f %% | %.1f %% |%n",
                    h, n, r.forecast().mase(h), r.etsAicc().mase(h), r.seasonalNaive().mase(h),
                    r.forecast().smape[h - 1] / n, r.seasonalNaive().smape[h - 1] / n,
                    r.forecast().absolute[h - 1] / n, r.seasonalNaive().absolute[h - 1] / n,
                    100.0 * r.forecast().in80[h - 1] / n, 100.0 * r.forecast().in95[h - 1] / n,
                    100.0 * r.etsAicc().in80[h - 1] / n, 100.0 * r.etsAicc().in95[h - 1] / n));
        }
        return out.toString();
    }

    static String verdict(Result r) {
        List<Integer> lost = new ArrayList<>();
        for (int h = 1; h <= MAX_H; h++) {
            if (r.forecast().n[h - 1] > 0 && r.forecast().mase(h) >= r.seasonalNaive().mase(h)) {
                lost.add(h);
            }
        }
        return lost.isEmpty() ? "the forecast " + CombinedForecast.METHOD + " beats seasonal naive at every horizon"
                : "the forecast " + CombinedForecast.METHOD + " does NOT beat seasonal naive at horizons " + lost;
    }
}
