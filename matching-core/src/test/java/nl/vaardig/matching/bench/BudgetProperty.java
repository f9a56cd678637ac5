package nl.vaardig.matching.bench;

import nl.vaardig.matching.engine.MatchingEngine;
import nl.vaardig.matching.index.PostingsBudget;

/**
 * The postings budgets of a bench or evaluation run: {@code -Dbudget=none} or {@code -Dbudget=SHARE,LEFT_OUT} (e.g.
 * {@code 0.4,0.05}) for both kinds of search, {@code -DvacancyBudget=...} / {@code -DpeopleBudget=...} (same forms)
 * for one kind, over {@code budget}; without them the engine's defaults. {@code -DpeopleTerms=N}: the terms of a people
 * search's candidate query ({@code Options.withPeopleQueryTerms}); {@code -DsearchThreads=N}: threads one search may use
 * ({@code Options.withSearchThreads}; 1 = the calling thread alone); {@code -DvacancySearchThreads=N}: threads a national
 * vacancy search may use ({@code Options.withVacancySearchThreads}, default 1). For measuring one build side by side.
 */
public final class BudgetProperty {

    private BudgetProperty() {
    }

    public static MatchingEngine.Options apply(MatchingEngine.Options options) {
        PostingsBudget.PerKind defaults = options.postingsBudget();
        PostingsBudget.Limits both = System.getProperty("budget") == null ? null : parse(System.getProperty("budget"));
        PostingsBudget.Limits vacancies = parse(System.getProperty("vacancyBudget", ""));
        PostingsBudget.Limits people = parse(System.getProperty("peopleBudget", ""));
        if (System.getProperty("searchThreads") != null) {
            options = options.withSearchThreads(Integer.parseInt(System.getProperty("searchThreads")));
        }
        if (System.getProperty("vacancySearchThreads") != null) {
            options = options.withVacancySearchThreads(Integer.parseInt(System.getProperty("vacancySearchThreads")));
        }
        if (System.getProperty("peopleTerms") != null) {
            options = options.withPeopleQueryTerms(Integer.parseInt(System.getProperty("peopleTerms")));
        }
        return options.withPostingsBudget(new PostingsBudget.PerKind(
                vacancies != null ? vacancies : both != null ? both : defaults.vacancies(),
                people != null ? people : both != null ? both : defaults.people()));
    }

    /** A budget from its property value; null for a blank one. */
    static PostingsBudget.Limits parse(String v) {
        if (v.isBlank()) {
            return null;
        }
        if (v.equals("none")) {
            return PostingsBudget.Limits.NONE;
        }
        String[] parts = v.split(",");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a budget is none or SHARE,LEFT_OUT, not " + v);
        }
        // at any index size: the evaluation sets are small indexes, and this is how the budget is judged on them
        return new PostingsBudget.Limits(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), 0);
    }
}
