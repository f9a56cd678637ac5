package nl.vaardig.matching.bench;

import nl.vaardig.matching.engine.MatchingEngine;
import nl.vaardig.matching.index.PostingsBudget;

/**
 * The postings budget of a bench or evaluation run, from {@code -Dbudget=none} or {@code -Dbudget=SHARE,LEFT_OUT}
 * (e.g. {@code 0.4,0.05}); without the property the engine's default. For measuring one build's budgets side by side.
 */
public final class BudgetProperty {

    private BudgetProperty() {
    }

    public static MatchingEngine.Options apply(MatchingEngine.Options options) {
        String v = System.getProperty("budget");
        if (v == null || v.isBlank()) {
            return options;
        }
        if (v.equals("none")) {
            return options.withPostingsBudget(PostingsBudget.Limits.NONE);
        }
        String[] parts = v.split(",");
        if (parts.length != 2) {
            throw new IllegalArgumentException("-Dbudget=none or SHARE,LEFT_OUT, not " + v);
        }
        // at any index size: the evaluation sets are small indexes, and this is how the budget is judged on them
        return options.withPostingsBudget(new PostingsBudget.Limits(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), 0));
    }
}
