package nl.vaardig.taxonomy.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranking on {@link TinyCorpus}: every expectation here follows from the scoring rules, not from tuning. */
class SkillRankingGoldenTest {

    private static final SkillExtractor EXTRACTOR = TinyCorpus.extractor();
    private static final ExtractionOptions ALL = ExtractionOptions.ranking();

    private static List<String> ids(String text) {
        return EXTRACTOR.extract(text, ALL).skills().stream()
                .map(s -> s.skillUri().value().substring(TinyCorpus.SKILL.length())).toList();
    }

    private static ExtractedSkill only(String text, String id) {
        return EXTRACTOR.extract(text, ALL).skills().stream()
                .filter(s -> s.skillUri().value().equals(TinyCorpus.SKILL + id)).findFirst().orElseThrow();
    }

    @Test
    void aVerbatimLabelOutranksAPartialOne() {
        assertThat(ids("Experience with Java and with nursing care.")).startsWith("java");
    }

    @Test
    void theSameWordsForParentAndChildKeepTheGeneralSkill() {
        assertThat(ids("You like to work in a team.")).contains("teams").doesNotContain("textile-teams");
    }

    @Test
    void aPartialHitNeedsItsWordsCloseTogether() {
        assertThat(ids("Wound dressings are changed daily. Care is given by others.")).doesNotContain("wounds");
        assertThat(ids("We provide care for wounds.")).contains("wounds");
    }

    @Test
    void oneWordStandsForALabelWhoseOtherWordIsALightVerb() {
        assertThat(ids("Enthusiasm is what we look for.")).containsExactly("enthusiasm");
    }

    @Test
    void aCapitalisedToolNameDoesNotMatchTheEverydayWord() {
        assertThat(ids("Less is more.")).doesNotContain("less");
        assertThat(ids("Styling with LESS and Sass.")).contains("less");
    }

    @Test
    void dutchCompoundsReachLexiconPhrases() {
        ExtractedSkill forklift = only("Je doet heftruckwerk in het magazijn.", "forklift");
        assertThat(forklift.evidence()).singleElement().satisfies(e -> assertThat(e.text()).isEqualTo("heftruckwerk"));
        assertThat(forklift.kinds()).containsExactly(MatchKind.CURATED_SYNONYM);
    }

    @Test
    void theTitleOccupationSupportsItsSkills() {
        String text = "Verpleegkundige algemene zorg\nJe zorgt voor wondverzorging en je bent een teamspeler.";
        ExtractionResult result = EXTRACTOR.extract(text, ALL);
        assertThat(result.occupations()).extracting(o -> o.occupationUri().value()).containsExactly(TinyCorpus.OCCUPATION + "nurse");
        ExtractedSkill wounds = only(text, "wounds");
        ExtractedSkill teams = only(text, "teams");
        assertThat(wounds.kinds()).contains(MatchKind.OCCUPATION_PROFILE);
        assertThat(teams.kinds()).doesNotContain(MatchKind.OCCUPATION_PROFILE);
        ExtractedSkill withoutPrior = EXTRACTOR.extract(text, ALL.withOccupationPrior(false)).skills().stream()
                .filter(s -> s.skillUri().value().endsWith("wounds")).findFirst().orElseThrow();
        assertThat(wounds.confidence()).isGreaterThan(withoutPrior.confidence());
    }

    @Test
    void repeatedMentionsRaiseConfidenceAndAreAllReported() {
        ExtractedSkill once = only("Java is used here.", "java");
        ExtractedSkill twice = only("Java is used here.\nWe also teach Java.", "java");
        assertThat(twice.confidence()).isGreaterThan(once.confidence());
        assertThat(twice.evidence()).hasSize(2);
    }
}
