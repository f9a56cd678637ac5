package nl.vaardig.web.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.vaardig.matching.explain.SkillLabel;
import nl.vaardig.matching.gap.GapPlan;
import nl.vaardig.matching.gap.PlanStep;
import nl.vaardig.matching.model.LearningRoute;
import nl.vaardig.matching.scoring.SkillGraph;

/**
 * Learning routes that close a gap: per route what it teaches, which gaps it closes, the share of the gap it
 * closes and the jobs it unlocks; plus every gap (largest first) and whether the plan closes it.
 */
public record RoutePlanView(List<Route> routes, List<GapView> gaps, double closedShare, int jobsBefore, int jobsAfter,
                            String method) {

    public record Route(UUID id, String title, String provider, String kind, int durationWeeks, int costEuros,
                        boolean online, List<String> regions, List<LocalDate> startDates, boolean synthetic,
                        List<ExplanationView.Skill> teaches, List<ExplanationView.Skill> closes, double gapClosed,
                        int jobsUnlocked) {
    }

    public record GapView(ExplanationView.Skill skill, boolean essential, int demand, double credit, UUID closedBy) {
    }

    public static RoutePlanView of(GapPlan plan, SkillGraph graph, Locale locale) {
        List<Route> routes = plan.steps().stream().map(s -> route(s, graph, locale)).toList();
        List<GapView> gaps = plan.gaps().stream().map(g -> new GapView(ExplanationView.Skill.of(g.skill()), g.essential(),
                g.demand(), g.credit(), g.closedBy() == null ? null : g.closedBy().value())).toList();
        return new RoutePlanView(routes, gaps, plan.closedShare(), plan.jobsBefore(), plan.jobsAfter(), plan.method());
    }

    private static Route route(PlanStep step, SkillGraph graph, Locale locale) {
        LearningRoute r = step.route();
        boolean english = "en".equals(locale.getLanguage()) && !r.titleEn().isBlank();
        List<ExplanationView.Skill> teaches = r.skills().stream()
                .flatMap(s -> graph.taxonomy().skill(s.skill()).stream())
                .map(s -> ExplanationView.Skill.of(SkillLabel.of(s, locale))).toList();
        return new Route(r.id().value(), english ? r.titleEn() : r.titleNl(), r.provider(), r.kind().name(),
                r.durationWeeks(), r.costEuros(), r.online(), r.regions().stream().map(a -> a.value()).sorted().toList(),
                r.startDates(), r.synthetic(), teaches, step.closes().stream().map(ExplanationView.Skill::of).toList(),
                step.gapClosed(), step.jobsUnlocked());
    }
}
