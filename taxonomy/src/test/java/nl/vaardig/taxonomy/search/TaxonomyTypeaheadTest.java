package nl.vaardig.taxonomy.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.testing.ShippedTypeahead;
import org.junit.jupiter.api.Test;

class TaxonomyTypeaheadTest {

    private static final Locale NL = Locale.of("nl");
    private final TaxonomyTypeahead typeahead = ShippedTypeahead.get();

    private List<Suggestion> suggest(String text, SuggestionKind... kinds) {
        return typeahead.suggest(TypeaheadQuery.of(text, NL, kinds));
    }

    @Test
    void prefixOfADutchOccupationFindsIt() {
        List<Suggestion> hits = suggest("heftr", SuggestionKind.OCCUPATION);
        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().label().text()).isEqualTo("heftruckchauffeur");
        assertThat(hits.getFirst().kind()).isEqualTo(SuggestionKind.OCCUPATION);
        assertThat(hits.getFirst().uri()).isInstanceOf(OccupationUri.class);
    }

    @Test
    void typingThePartOfACompoundFindsTheCompound() {
        assertThat(suggest("vrachtwagench", SuggestionKind.OCCUPATION))
                .extracting(s -> s.label().text()).anyMatch(l -> l.contains("vrachtwagenchauffeur"));
        assertThat(suggest("chauffeur", SuggestionKind.OCCUPATION))
                .extracting(Suggestion::matchedLabel).anyMatch(l -> l.matches(".*\\p{L}chauffeur.*"));
    }

    @Test
    void occupationTitleWithTypoStillFindsTheOccupation() {
        assertThat(suggest("verpleegkndige").getFirst().label().text()).contains("verpleegkundige");
        assertThat(suggest("loodgeiter ", SuggestionKind.OCCUPATION)).extracting(s -> s.label().text()).contains("loodgieter");
    }

    @Test
    void englishTextFindsTheSkillAndShowsItsDutchLabel() {
        Suggestion first = suggest("communicate with cu", SuggestionKind.SKILL).getFirst();
        assertThat(first.matchedLabel()).isEqualTo("communicate with customers");
        assertThat(first.matchedLanguage()).isEqualTo(Locale.ENGLISH);
        assertThat(first.label().text()).isEqualTo("communiceren met klanten");
        assertThat(first.label().fallback()).isFalse();
    }

    @Test
    void aSkillWithoutDutchLabelIsShownInEnglishAndTheUiIsToldSo() {
        var taxonomy = nl.vaardig.taxonomy.testing.ShippedTaxonomy.get().taxonomy();
        var englishOnly = taxonomy.skills().stream().filter(s -> s.labels().in(NL).isEmpty())
                .filter(s -> taxonomy.occupationCount(s.uri()) > 3).findFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(englishOnly.isPresent(), "every skill has a Dutch label");
        String english = englishOnly.get().label(Locale.ENGLISH).text();
        Suggestion hit = suggest(english, SuggestionKind.SKILL).stream()
                .filter(s -> s.uri().equals(englishOnly.get().uri())).findFirst().orElseThrow();
        assertThat(hit.label().fallback()).isTrue();
        assertThat(hit.label().language()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void dutchWordsInflectionsAndCompoundsFindTheSkill() {
        assertThat(skillLabels("wondzorg")).contains("wondverzorging uitvoeren");
        assertThat(skillLabels("wonden verzorgen").getFirst()).isEqualTo("wondverzorging uitvoeren");
        assertThat(skillLabels("heftruck rijden")).contains("heftrucks bedienen");
        assertThat(skillLabels("boekhouding").getFirst()).isEqualTo("boekhouding");
        assertThat(skillLabels("magazijnbeheer")).contains("magazijnactiviteiten beheren");
    }

    @Test
    void aSentenceFindsTheLabelsThatShareMostOfItsWords() {
        assertThat(skillLabels("je handelt klachten van klanten netjes af"))
                .contains("klachten van klanten afhandelen");
    }

    private List<String> skillLabels(String text) {
        return suggest(text, SuggestionKind.SKILL).stream().map(s -> s.label().text()).toList();
    }

    @Test
    void dutchSkillLabelsAreFoundAndMarkedDerived() {
        Suggestion hit = suggest("initiatief aan de dag", SuggestionKind.SKILL).getFirst();
        assertThat(hit.label().text()).isEqualTo("initiatief aan de dag leggen");
        assertThat(hit.label().fallback()).isFalse();
        assertThat(hit.label().derived()).isTrue();
    }

    @Test
    void aDutchWordFindsTheSkillItNamesFirst() {
        Suggestion hit = suggest("heftruck", SuggestionKind.SKILL).getFirst();
        assertThat(hit.uri().value()).isEqualTo("http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da");
    }

    @Test
    void alternativeLabelMatchReturnsTheConceptOnceWithThePreferredLabel() {
        List<Suggestion> hits = suggest("vorkheftruckchauffeur", SuggestionKind.OCCUPATION);
        assertThat(hits.getFirst().label().text()).isEqualTo("heftruckchauffeur");
        assertThat(hits).extracting(Suggestion::uri).doesNotHaveDuplicates();
    }

    @Test
    void kindFilterAndLimitAreHonoured() {
        assertThat(suggest("prog", SuggestionKind.SKILL)).isNotEmpty().allMatch(s -> s.kind() == SuggestionKind.SKILL);
        assertThat(typeahead.suggest(new TypeaheadQuery("ma", NL, EnumSet.allOf(SuggestionKind.class), 3))).hasSize(3);
    }

    @Test
    void emptyOrPunctuationOnlyInputGivesNothing() {
        assertThat(suggest("")).isEmpty();
        assertThat(suggest("  -- ")).isEmpty();
        assertThatThrownBy(() -> new TypeaheadQuery("x", NL, null, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
