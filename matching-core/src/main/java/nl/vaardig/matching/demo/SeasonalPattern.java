package nl.vaardig.matching.demo;

import java.time.LocalDate;
import java.util.Random;

/**
 * Relative vacancy inflow per calendar month (1.0 = average). The default resembles the Dutch pattern: a spring
 * peak, a summer dip, an autumn peak and a December dip.
 */
public record SeasonalPattern(double[] monthFactors) {

    public SeasonalPattern {
        if (monthFactors.length != 12) {
            throw new IllegalArgumentException("one factor per month");
        }
        for (double f : monthFactors) {
            if (!(f > 0)) {
                throw new IllegalArgumentException("factors must be positive");
            }
        }
        monthFactors = monthFactors.clone();
    }

    public static SeasonalPattern dutchDefault() {
        return new SeasonalPattern(new double[] {1.05, 1.05, 1.15, 1.1, 1.05, 1.0, 0.8, 0.85, 1.1, 1.1, 1.0, 0.75});
    }

    public static SeasonalPattern flat() {
        return new SeasonalPattern(new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
    }

    /** A day in [from, to] drawn with probability proportional to its month's factor (rejection sampling). */
    public LocalDate draw(LocalDate from, LocalDate to, Random random) {
        long span = to.toEpochDay() - from.toEpochDay() + 1;
        double max = 0;
        for (double f : monthFactors) {
            max = Math.max(max, f);
        }
        while (true) {
            LocalDate day = from.plusDays((long) (random.nextDouble() * span));
            if (random.nextDouble() * max < monthFactors[day.getMonthValue() - 1]) {
                return day;
            }
        }
    }
}
