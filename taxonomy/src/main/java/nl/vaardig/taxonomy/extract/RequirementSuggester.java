package nl.vaardig.taxonomy.extract;

import java.util.Comparator;
import java.util.List;
import nl.vaardig.taxonomy.extract.context.RequirementCues;
import nl.vaardig.taxonomy.extract.context.SectionKind;

/**
 * Suggests essential or optional for one skill from its mentions, strongest evidence first: a "nice to
 * have" section, cue words in the sentence, a requirements or tasks section, the ESCO profile of the
 * detected occupation, and finally position (repeated or early mentions are essential).
 */
final class RequirementSuggester {

    record Suggestion(Requirement requirement, RequirementBasis basis) {
    }

    private RequirementSuggester() {
    }

    /**
     * @param mentions         the skill's mentions
     * @param profileEssential whether a detected occupation lists the skill as essential; null when it does
     *                         not list it
     * @param mentionCount     number of mentions of all skills in the text, for "early"
     */
    static Suggestion suggest(List<SkillEvidence.Mention> mentions, Boolean profileEssential, int mentionCount) {
        SkillEvidence.Mention cue = strongest(mentions.stream().filter(m -> m.signal() != RequirementCues.Signal.NONE).toList());
        SkillEvidence.Mention sectioned = strongest(mentions.stream().filter(m -> m.section() == SectionKind.REQUIREMENTS
                || m.section() == SectionKind.TASKS || m.section() == SectionKind.NICE_TO_HAVE).toList());
        if (sectioned != null && sectioned.section() == SectionKind.NICE_TO_HAVE) {
            return new Suggestion(Requirement.OPTIONAL, RequirementBasis.SECTION);
        }
        if (cue != null) {
            return new Suggestion(cue.signal() == RequirementCues.Signal.ESSENTIAL ? Requirement.ESSENTIAL
                    : Requirement.OPTIONAL, RequirementBasis.CUE_WORD);
        }
        if (sectioned != null) {
            return new Suggestion(Requirement.ESSENTIAL, RequirementBasis.SECTION);
        }
        if (profileEssential != null) {
            return new Suggestion(profileEssential ? Requirement.ESSENTIAL : Requirement.OPTIONAL,
                    RequirementBasis.OCCUPATION_PROFILE);
        }
        long segments = mentions.stream().mapToInt(SkillEvidence.Mention::segment).distinct().count();
        int first = mentions.stream().mapToInt(SkillEvidence.Mention::order).min().orElse(0);
        boolean early = first <= Math.max(3, mentionCount * 2 / 5);
        return new Suggestion(segments > 1 || early ? Requirement.ESSENTIAL : Requirement.OPTIONAL, RequirementBasis.POSITION);
    }

    private static SkillEvidence.Mention strongest(List<SkillEvidence.Mention> mentions) {
        return mentions.stream().max(Comparator.comparingDouble(SkillEvidence.Mention::score)).orElse(null);
    }
}
