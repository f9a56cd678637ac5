package nl.vaardig.web.matching;

import java.util.List;
import java.util.Locale;
import nl.vaardig.matching.explain.Explanation;
import nl.vaardig.matching.explain.RequirementCredit;
import nl.vaardig.matching.explain.ScorePart;
import nl.vaardig.matching.explain.SkillLabel;

/**
 * A match explained for people: requirements met (green), met in part by a related skill (amber, with the skill
 * that stood in and why), missing (red, essentials first), and the score's parts, which add up to the score
 * exactly ({@code coverage + relevance = score}, each the sum of its parts).
 */
public record ExplanationView(double score, double coverage, double relevance, List<Matched> matched,
                              List<Partial> partial, List<Missing> missing, List<Part> parts) {

    /** A skill label; {@code labelLanguage} "en" when no Dutch label exists (the UI marks it). */
    public record Skill(String uri, String label, String labelLanguage, boolean derived) {
        static Skill of(SkillLabel l) {
            return new Skill(l.uri().value(), l.text(), l.language().getLanguage(), l.derived());
        }
    }

    public record Matched(Skill skill, boolean essential, double points) {
    }

    public record Partial(Skill skill, boolean essential, Skill standIn, String relation, String reason, double credit,
                          double points) {
    }

    public record Missing(Skill skill, boolean essential) {
    }

    /** kind: "coverage" (a requirement of the vacancy is met) or "relevance" (a skill of the person is used). */
    public record Part(String kind, Skill skill, double points) {
    }

    public static ExplanationView of(Explanation e, Locale locale) {
        List<Matched> matched = e.matched().stream()
                .map(r -> new Matched(Skill.of(r.skill()), r.essential(), r.points())).toList();
        List<Partial> partial = e.partial().stream().map(r -> partial(r, locale)).toList();
        List<Missing> missing = e.missing().stream().map(r -> new Missing(Skill.of(r.skill()), r.essential())).toList();
        List<Part> parts = e.parts().stream().map(p -> new Part(p.kind() == ScorePart.Kind.COVERAGE ? "coverage" : "relevance",
                Skill.of(p.skill()), p.points())).toList();
        return new ExplanationView(e.score(), e.coverage(), e.relevance(), matched, partial, missing, parts);
    }

    private static Partial partial(RequirementCredit r, Locale locale) {
        return new Partial(Skill.of(r.skill()), r.essential(), Skill.of(r.standIn()), r.relation().name(),
                r.reason(locale), r.credit(), r.points());
    }
}
