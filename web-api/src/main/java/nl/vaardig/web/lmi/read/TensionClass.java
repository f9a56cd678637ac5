package nl.vaardig.web.lmi.read;

import nl.vaardig.web.lmi.disclosure.DisclosureControl;

/**
 * Tension on a skill = open vacancies that ask for it ÷ consenting people who have it (in the spirit of UWV's
 * spanningsindicator: vacancies ÷ short-term job seekers per occupation). The class bounds are shown on screen.
 */
public enum TensionClass {
    RUIM(0, 0.67), GEMIDDELD(0.67, 1.05), KRAP(1.05, 1.5), ZEER_KRAP(1.5, Double.POSITIVE_INFINITY);

    private final double from;
    private final double below;

    TensionClass(double from, double below) {
        this.from = from;
        this.below = below;
    }

    public double from() {
        return from;
    }

    public double below() {
        return below;
    }

    public static TensionClass of(double tension) {
        for (TensionClass c : values()) {
            if (tension < c.below) {
                return c;
            }
        }
        return ZEER_KRAP;
    }

    /** Tension rounded to two decimals, or null when supply is suppressed or zero (no ratio to publish). */
    public static Double ratio(long demand, DisclosureControl.Cell supply) {
        if (supply.suppressed() || supply.value() == 0) {
            return null;
        }
        return Math.round(demand * 100.0 / supply.value()) / 100.0;
    }
}
