package nl.vaardig.taxonomy.search;

/** What a typeahead suggestion points at. */
public enum SuggestionKind {
    SKILL,
    OCCUPATION
}
