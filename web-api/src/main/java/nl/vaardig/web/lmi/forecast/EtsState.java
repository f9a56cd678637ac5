package nl.vaardig.web.lmi.forecast;

/**
 * The state after the last observation: level, trend and the last {@code m} seasonal components, where
 * {@code season[i mod m]} belongs to the period with index i (0 = first observation) of the same season.
 */
public record EtsState(double level, double trend, double[] season, int observations) {

    public EtsState {
        if (season.length < 2) {
            throw new IllegalArgumentException("a seasonal model needs a period of at least 2");
        }
        season = season.clone();
    }

    @Override
    public double[] season() {
        return season.clone();
    }

    /** The seasonal component that applies {@code h} periods after the last observation. */
    public double seasonAhead(int h) {
        return season[(observations + h - 1) % season.length];
    }
}
