package nl.vaardig.taxonomy.extract;

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
        SkillEvidence.Mention cue = null;
        SkillEvidence.Mention sectioned = null;
        // the first of the highest-scoring, as Stream.max keeps on ties
        for (SkillEvidence.Mention m : mentions) {
            if (m.signal() != RequirementCues.Signal.NONE && (cue == null || Double.compare(m.score(), cue.score()) > 0)) {
                cue = m;
            }
            boolean inSection = m.section() == SectionKind.REQUIREMENTS || m.section() == SectionKind.TASKS
                    || m.section() == SectionKind.NICE_TO_HAVE;
            if (inSection && (sectioned == null || Double.compare(m.score(), sectioned.score()) > 0)) {
                sectioned = m;
            }
        }
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
        int segments = SkillEvidence.segments(mentions);
        int first = 0;
        for (int i = 0; i < mentions.size(); i++) {
            first = i == 0 ? mentions.get(i).order() : Math.min(first, mentions.get(i).order());
        }
        boolean early = first <= Math.max(3, mentionCount * 2 / 5);
        return new Suggestion(segments > 1 || early ? Requirement.ESSENTIAL : Requirement.OPTIONAL, RequirementBasis.POSITION);
    }
}
