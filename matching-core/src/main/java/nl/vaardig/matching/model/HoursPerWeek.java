package nl.vaardig.matching.model;

/** A range of working hours per week, both ends inclusive (a vacancy offers it, a person is available for it). */
public record HoursPerWeek(int min, int max) {

    public static final int MAX_HOURS = 60;

    public HoursPerWeek {
        if (min < 0 || max > MAX_HOURS || min > max) {
            throw new IllegalArgumentException("hours per week must satisfy 0 <= min <= max <= " + MAX_HOURS
                    + ", was " + min + "-" + max);
        }
    }

    public static HoursPerWeek exactly(int hours) {
        return new HoursPerWeek(hours, hours);
    }

    public boolean overlaps(HoursPerWeek other) {
        return min <= other.max && other.min <= max;
    }
}
