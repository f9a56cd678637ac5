package nl.vaardig.taxonomy.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.vaardig.taxonomy.extract.context.RequirementCues;
import nl.vaardig.taxonomy.extract.context.SectionKind;
import org.junit.jupiter.api.Test;

class RequirementSuggesterTest {

    private static SkillEvidence.Mention mention(int segment, double score, RequirementCues.Signal signal,
                                                 SectionKind section, int order) {
        return new SkillEvidence.Mention(segment, segment * 10, segment * 10 + 5, score, MatchKind.ESCO_LABEL, true,
                signal, section, order);
    }

    @Test
    void theStrongestCueDecidesAndTheFirstOfEqualScoresWins() {
        var optional = mention(0, 0.8, RequirementCues.Signal.OPTIONAL, SectionKind.NEUTRAL, 0);
        var essential = mention(1, 0.8, RequirementCues.Signal.ESSENTIAL, SectionKind.NEUTRAL, 1);
        var stronger = mention(2, 0.9, RequirementCues.Signal.ESSENTIAL, SectionKind.NEUTRAL, 2);

        assertThat(RequirementSuggester.suggest(List.of(optional, essential), null, 10).requirement())
                .isEqualTo(Requirement.OPTIONAL);
        assertThat(RequirementSuggester.suggest(List.of(essential, optional), null, 10).requirement())
                .isEqualTo(Requirement.ESSENTIAL);
        assertThat(RequirementSuggester.suggest(List.of(optional, stronger), null, 10).requirement())
                .isEqualTo(Requirement.ESSENTIAL);
    }

    @Test
    void theStrongestSectionedMentionDecidesWhetherTheSkillIsANiceToHave() {
        var niceToHave = mention(0, 0.7, RequirementCues.Signal.NONE, SectionKind.NICE_TO_HAVE, 0);
        var task = mention(1, 0.7, RequirementCues.Signal.NONE, SectionKind.TASKS, 1);

        assertThat(RequirementSuggester.suggest(List.of(niceToHave, task), null, 10))
                .isEqualTo(new RequirementSuggester.Suggestion(Requirement.OPTIONAL, RequirementBasis.SECTION));
        assertThat(RequirementSuggester.suggest(List.of(task, niceToHave), null, 10))
                .isEqualTo(new RequirementSuggester.Suggestion(Requirement.ESSENTIAL, RequirementBasis.SECTION));
    }

    @Test
    void withoutCuesSectionsOrProfileARepeatedOrEarlySkillIsEssential() {
        var late = mention(3, 0.7, RequirementCues.Signal.NONE, SectionKind.NEUTRAL, 9);
        var lateAgain = mention(3, 0.6, RequirementCues.Signal.NONE, SectionKind.NEUTRAL, 10);
        var otherSentence = mention(4, 0.6, RequirementCues.Signal.NONE, SectionKind.NEUTRAL, 11);

        // one sentence, first mention 9 of 10: late
        assertThat(RequirementSuggester.suggest(List.of(late, lateAgain), null, 10).requirement())
                .isEqualTo(Requirement.OPTIONAL);
        assertThat(RequirementSuggester.suggest(List.of(late, lateAgain, otherSentence), null, 10).requirement())
                .isEqualTo(Requirement.ESSENTIAL);
        assertThat(SkillEvidence.segments(List.of(late, lateAgain, otherSentence))).isEqualTo(2);
        assertThat(SkillEvidence.segments(List.of())).isZero();
    }
}
