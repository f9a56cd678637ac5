package nl.vaardig.web.lmi;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fixed aggregation period: an ISO week, a calendar month or a calendar quarter. Only these periods exist,
 * so two queries can never ask for overlapping custom windows (one of the defences against differencing).
 * Keys: {@code 2025-W07}, {@code 2025-02}, {@code 2025-Q1}.
 */
public record Period(Kind kind, LocalDate start) implements Comparable<Period> {

    public enum Kind { WEEK, MONTH, QUARTER }

    private static final Locale DUTCH = Locale.of("nl");
    private static final List<String> ENGLISH_ORDINALS = List.of("1st", "2nd", "3rd", "4th");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    public Period {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        if (!startOf(kind, start).equals(start)) {
            throw new IllegalArgumentException("a " + kind + " period cannot start on " + start);
        }
    }

    public static Period containing(Kind kind, LocalDate day) {
        return new Period(kind, startOf(kind, day));
    }

    private static LocalDate startOf(Kind kind, LocalDate day) {
        return switch (kind) {
            case WEEK -> day.with(DayOfWeek.MONDAY);
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withMonth((day.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
        };
    }

    /** Last day of the period (inclusive). */
    public LocalDate end() {
        return next().start().minusDays(1);
    }

    public Period next() {
        return switch (kind) {
            case WEEK -> new Period(kind, start.plusWeeks(1));
            case MONTH -> new Period(kind, start.plusMonths(1));
            case QUARTER -> new Period(kind, start.plusMonths(3));
        };
    }

    public Period previous() {
        return switch (kind) {
            case WEEK -> new Period(kind, start.minusWeeks(1));
            case MONTH -> new Period(kind, start.minusMonths(1));
            case QUARTER -> new Period(kind, start.minusMonths(3));
        };
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end());
    }

    /**
     * The period in words for readers, never the key: "3e kwartaal 2025", "september 2025", "week 7, 2025" in
     * Dutch; "3rd quarter 2025", "September 2025", "week 7, 2025" in English (as the web app's formatPeriod).
     */
    public String inWords(Locale language) {
        boolean dutch = "nl".equals(language.getLanguage());
        return switch (kind) {
            case WEEK -> String.format(Locale.ROOT, "week %d, %d", start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_BASED_YEAR));
            case MONTH -> start.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, dutch ? DUTCH : Locale.ENGLISH)
                    + " " + start.getYear();
            case QUARTER -> {
                int quarter = (start.getMonthValue() - 1) / 3 + 1;
                yield dutch ? String.format(Locale.ROOT, "%de kwartaal %d", quarter, start.getYear())
                        : String.format(Locale.ROOT, "%s quarter %d", ENGLISH_ORDINALS.get(quarter - 1), start.getYear());
            }
        };
    }

    public String key() {
        return switch (kind) {
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
            case QUARTER -> String.format(Locale.ROOT, "%d-Q%d", start.getYear(), (start.getMonthValue() - 1) / 3 + 1);
        };
    }

    /** Parses a period key; throws {@link IllegalArgumentException} for anything else. */
    public static Period parse(String key) {
        String k = Objects.requireNonNull(key, "period").strip().toUpperCase(Locale.ROOT);
        Matcher m = QUARTER.matcher(k);
        if (m.matches()) {
            return new Period(Kind.QUARTER, LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1));
        }
        m = WEEK.matcher(k);
        if (m.matches()) {
            int week = Integer.parseInt(m.group(2));
            LocalDate jan4 = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4);
            if (week < 1 || week > jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                throw new IllegalArgumentException("no such week: " + key);
            }
            return new Period(Kind.WEEK, jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY));
        }
        m = MONTH.matcher(k);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("no such month: " + key);
            }
            return new Period(Kind.MONTH, LocalDate.of(Integer.parseInt(m.group(1)), month, 1));
        }
        throw new IllegalArgumentException("a period is 2025-W07, 2025-02 or 2025-Q1, not " + key);
    }

    /** Every period of this kind that overlaps [from, to] (inclusive), in order. */
    public static List<Period> overlapping(Kind kind, LocalDate from, LocalDate to) {
        var out = new ArrayList<Period>();
        for (Period p = containing(kind, from); !p.start().isAfter(to); p = p.next()) {
            out.add(p);
        }
        return out;
    }

    /** Number of periods from this one to {@code other} (positive when other is later). */
    public long distanceTo(Period other) {
        return switch (kind) {
            case WEEK -> ChronoUnit.WEEKS.between(start, other.start());
            case MONTH -> ChronoUnit.MONTHS.between(start, other.start());
            case QUARTER -> ChronoUnit.MONTHS.between(start, other.start()) / 3;
        };
    }

    @Override
    public int compareTo(Period o) {
        int c = kind.compareTo(o.kind);
        return c != 0 ? c : start.compareTo(o.start);
    }

    @Override
    public String toString() {
        return key();
    }
}
