package nl.vaardig.taxonomy.search.eval;

import java.util.Locale;
import nl.vaardig.taxonomy.search.Suggestion;
import nl.vaardig.taxonomy.search.TypeaheadQuery;
import nl.vaardig.taxonomy.testing.ShippedTypeahead;

/** Prints the typeahead's top 5 for each argument (Dutch UI): a quick look while tuning. */
public final class TypeaheadProbe {
    private TypeaheadProbe() {
    }

    public static void main(String[] args) {
        for (String q : args) {
            System.out.println(q + " →");
            for (Suggestion s : ShippedTypeahead.get().suggest(TypeaheadQuery.of(q, Locale.of("nl")))) {
                System.out.printf(Locale.ROOT, "   %-8s %-55s matched '%s' (%s) %.2f%n", s.kind(), s.label().text()
                        + (s.label().derived() ? " [afgeleid]" : "") + (s.label().fallback() ? " [EN]" : ""),
                        s.matchedLabel(), s.matchedLanguage(), s.score());
            }
        }
    }
}
