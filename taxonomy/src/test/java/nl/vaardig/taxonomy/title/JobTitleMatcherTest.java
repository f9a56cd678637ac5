package nl.vaardig.taxonomy.title;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.RelationType;
import nl.vaardig.taxonomy.testing.ShippedTaxonomy;
import nl.vaardig.taxonomy.testing.ShippedTitleMatcher;
import org.junit.jupiter.api.Test;

class JobTitleMatcherTest {

    private static final Locale NL = Locale.of("nl");
    private static final OccupationUri FORKLIFT_OPERATOR =
            new OccupationUri("http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755");
    private final JobTitleMatcher matcher = ShippedTitleMatcher.get();

    private OccupationMatch top(String title) {
        return matcher.match(title, NL, 10).occupations().getFirst();
    }

    @Test
    void aTitleThatIsAnOccupationsDutchPreferredLabelFindsThatOccupationFirst() {
        // "zorghulp" is ESCO's Dutch preferred label of healthcare assistant; the national title "Zorghulp" also maps
        // to care at home worker and companion, which must not overtake the occupation whose own name it is
        for (var title : java.util.List.of("zorghulp", "Zorghulp")) {
            OccupationMatch match = top(title);
            assertThat(match.uri().value()).as(title)
                    .isEqualTo("http://data.europa.eu/esco/occupation/d38c2107-98f2-47b7-8bb4-f69750d51082");
            assertThat(match.matchedSource()).isEqualTo(LabelSource.ESCO_PREFERRED);
        }
    }

    @Test
    void dutchCompoundTitleFindsTheOccupationWithItsSkills() {
        OccupationMatch match = top("Heftruckchauffeur");
        assertThat(match.uri()).isEqualTo(FORKLIFT_OPERATOR);
        assertThat(match.label().text()).isEqualTo("heftruckchauffeur");
        assertThat(match.matchedSource()).isEqualTo(LabelSource.ESCO_PREFERRED);
        assertThat(match.suggestedSkills()).isNotEmpty();
        assertThat(match.suggestedSkills().getFirst().relation()).isEqualTo(RelationType.ESSENTIAL);
        assertThat(match.suggestedSkills()).extracting(SuggestedSkill::relation).containsSubsequence(
                RelationType.ESSENTIAL, RelationType.OPTIONAL);
    }

    @Test
    void suggestedSkillsComeMostCharacteristicFirstWithinEachRelation() {
        var taxonomy = ShippedTaxonomy.get().taxonomy();
        List<SuggestedSkill> skills = top("Heftruckchauffeur").suggestedSkills();
        for (RelationType relation : RelationType.values()) {
            List<Double> specificity = skills.stream().filter(s -> s.relation() == relation)
                    .map(s -> taxonomy.specificity(s.uri())).toList();
            assertThat(specificity).as(relation.name()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }
        var essential = skills.stream().filter(s -> s.relation() == RelationType.ESSENTIAL).toList();
        assertThat(taxonomy.specificity(essential.getFirst().uri()))
                .isGreaterThan(taxonomy.specificity(essential.getLast().uri()));
    }

    @Test
    void noiseWordsAroundTheTitleDoNotChangeTheAnswer() {
        assertThat(top("Senior heftruckchauffeur (m/v/x) parttime 24 uur").uri()).isEqualTo(FORKLIFT_OPERATOR);
        assertThat(top("Heftruckchauffeur - Tilburg").uri()).isEqualTo(FORKLIFT_OPERATOR);
    }

    @Test
    void wordOrderAndSplitCompoundsStillMatch() {
        assertThat(top("chauffeur heftruck").uri()).isEqualTo(FORKLIFT_OPERATOR);
    }

    @Test
    void englishTitlesMatchEnglishLabelsAndLabelsComeInTheRequestedLanguage() {
        OccupationMatch match = matcher.match("software developer", Locale.ENGLISH, 5).occupations().getFirst();
        assertThat(match.label().text()).isEqualTo("software developer");
        assertThat(match.label().language()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void occupationTitleWithTypoStillFindsTheOccupation() {
        assertThat(matcher.match("heftruckchaufeur", NL, 5).occupations()).extracting(OccupationMatch::uri)
                .contains(FORKLIFT_OPERATOR);
    }

    @Test
    void unknownOrEmptyTitlesGiveNoOccupations() {
        assertThat(matcher.match("", NL, 5).occupations()).isEmpty();
        assertThat(matcher.match("qwxzv", NL, 5).occupations()).isEmpty();
        assertThatThrownBy(() -> matcher.match("kok", NL, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scoresAreRankedBestFirst() {
        List<OccupationMatch> hits = matcher.match("medewerker klantenservice", NL, 10).occupations();
        assertThat(hits).hasSizeGreaterThan(3);
        for (int i = 1; i < hits.size(); i++) {
            assertThat(hits.get(i).score()).isLessThanOrEqualTo(hits.get(i - 1).score());
        }
    }

    @Test
    void competentNlLabelsActAsExtraDutchSynonyms() {
        var taxonomy = ShippedTaxonomy.get().taxonomy();
        String uwvTitle = "vorkliftbestuurder magazijn";
        assertThat(matcher.match(uwvTitle, NL, 3).occupations()).extracting(OccupationMatch::uri)
                .doesNotContain(FORKLIFT_OPERATOR);
        JobTitleMatcher withCnl = JobTitleMatcher.build(taxonomy, Map.of(FORKLIFT_OPERATOR, List.of("Vorkliftbestuurder magazijn")));
        OccupationMatch match = withCnl.match(uwvTitle, NL, 3).occupations().getFirst();
        assertThat(match.uri()).isEqualTo(FORKLIFT_OPERATOR);
        assertThat(match.matchedSource()).isEqualTo(LabelSource.COMPETENTNL);
    }
}
