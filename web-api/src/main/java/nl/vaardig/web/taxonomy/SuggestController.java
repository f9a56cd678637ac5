package nl.vaardig.web.taxonomy;

import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.web.platform.problem.StillStartingException;
import nl.vaardig.taxonomy.search.Suggestion;
import nl.vaardig.taxonomy.search.TaxonomyTypeahead;
import nl.vaardig.taxonomy.search.SuggestionKind;
import nl.vaardig.taxonomy.search.TypeaheadQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Typeahead over ESCO skills and occupations for everyone (contract 1): what a visitor types → labelled concepts,
 * Dutch where ESCO has a Dutch label, else English marked as such. In the first seconds after the platform is ready
 * the typeahead may still be in the making: 503 with Retry-After ({@link StillStartingException}).
 */
@RestController
public class SuggestController {

    public static final int MAX_QUERY_CHARS = 100;
    public static final int MAX_LIMIT = 25;

    /** {@code derived}: the Dutch label is derived, not the ESCO name (the UI marks it "afgeleid"). */
    public record SuggestionView(String uri, String kind, String label, String labelLanguage, boolean derived,
                                 String matchedLabel) {
        static SuggestionView of(Suggestion s) {
            String matched = s.matchedLabel().equalsIgnoreCase(s.label().text()) ? null : s.matchedLabel();
            LabelView label = LabelView.of(s.label());
            return new SuggestionView(s.uri().value(), s.kind().name().toLowerCase(Locale.ROOT), label.label(),
                    label.labelLanguage(), label.derived(), matched);
        }
    }

    public record Suggestions(List<SuggestionView> items) {
    }

    private final TaxonomyRuntime taxonomy;

    public SuggestController(TaxonomyRuntime taxonomy) {
        this.taxonomy = taxonomy;
    }

    @GetMapping("/api/public/taxonomy/suggest")
    @PermitAll
    public Suggestions suggest(@RequestParam(name = "q", required = false) String q,
                               @RequestParam(name = "kind", defaultValue = "all") String kind,
                               @RequestParam(name = "limit", defaultValue = "10") String limit,
                               @RequestParam(name = "lang", required = false) String lang) {
        Set<SuggestionKind> kinds = kinds(kind);
        int max = limit(limit);
        Locale locale = RequestedLabelLanguage.of(lang);
        if (q != null && q.length() > MAX_QUERY_CHARS) {
            throw new IllegalArgumentException(RequestedLabelLanguage.dutch(locale)
                    ? "De zoektekst is hoogstens " + MAX_QUERY_CHARS + " tekens."
                    : "The search text is at most " + MAX_QUERY_CHARS + " characters.");
        }
        if (q == null || q.isBlank()) {
            return new Suggestions(List.of());
        }
        TaxonomyTypeahead typeahead = taxonomy.typeaheadIfBuilt().orElseThrow(() -> new StillStartingException("typeahead"));
        return new Suggestions(typeahead.suggest(new TypeaheadQuery(q, locale, kinds, max)).stream()
                .map(SuggestionView::of).toList());
    }

    private static Set<SuggestionKind> kinds(String kind) {
        return switch (kind.strip().toLowerCase(Locale.ROOT)) {
            case "skill" -> EnumSet.of(SuggestionKind.SKILL);
            case "occupation" -> EnumSet.of(SuggestionKind.OCCUPATION);
            case "all" -> EnumSet.allOf(SuggestionKind.class);
            default -> throw new IllegalArgumentException("kind must be skill, occupation or all");
        };
    }

    private static int limit(String limit) {
        try {
            int n = Integer.parseInt(limit.strip());
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw new IllegalArgumentException("limit must be a whole number from 1 to " + MAX_LIMIT);
    }
}
