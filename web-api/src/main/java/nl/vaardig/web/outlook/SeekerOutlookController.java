package nl.vaardig.web.outlook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.vaardig.matching.engine.MatchingEngine;
import nl.vaardig.matching.model.LearningRoute;
import nl.vaardig.taxonomy.region.AmrCode;
import nl.vaardig.web.lmi.Dimension;
import nl.vaardig.web.lmi.LmiVocabulary;
import nl.vaardig.web.lmi.forecast.DemandOutlookService;
import nl.vaardig.web.lmi.trend.DemandTrend;
import nl.vaardig.web.lmi.trend.QuarterlySeries;
import nl.vaardig.web.lmi.trend.TrendClassifier;
import nl.vaardig.web.platform.security.TokenClaims;
import nl.vaardig.web.seeker.ProfileView;
import nl.vaardig.web.seeker.SeekerProfiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in job seeker's own outlook (issue 19). Only under /api/me: the profile is the account's own, never named
 * by id, so nobody reaches another person's; no profile → 404 as the profile itself.
 */
@RestController
public class SeekerOutlookController {

    static final int ROUTES_PER_SKILL = 2;

    private final SeekerProfiles profiles;
    private final DemandOutlookService demand;
    private final LmiVocabulary vocabulary;
    private final MatchingEngine engine;
    private final JdbcTemplate jdbc;

    SeekerOutlookController(SeekerProfiles profiles, DemandOutlookService demand, LmiVocabulary vocabulary,
                            MatchingEngine engine, JdbcTemplate jdbc) {
        this.profiles = profiles;
        this.demand = demand;
        this.vocabulary = vocabulary;
        this.engine = engine;
        this.jdbc = jdbc;
    }

    @GetMapping("/api/me/outlook")
    @PreAuthorize("hasRole('JOB_SEEKER')")
    public SeekerOutlookView outlook(@AuthenticationPrincipal Jwt jwt) {
        ProfileView profile = profiles.read(TokenClaims.currentUser(jwt));
        String region = profile.region();
        String regionName = vocabulary.regions().getOrDefault(region, region);
        var answers = profile.skills().stream()
                .map(s -> new OutlookPlanner.SkillAnswers(s.uri(), s.labelNl() != null ? s.labelNl() : s.labelEn(),
                        s.doesIt(), s.canDoIt(), s.wantsToLearn(), s.givesEnergy()))
                .toList();
        boolean synthetic = Boolean.TRUE.equals(jdbc.queryForObject(
                "select coalesce(bool_or(synthetic), false) from lmi_dataset", Boolean.class));
        if (answers.stream().noneMatch(OutlookPlanner.SkillAnswers::answered)) {
            return new SeekerOutlookView(region, regionName, List.of(), List.of(), List.of(), "NO_ANSWERS", synthetic);
        }
        // one read of the quarterly series per skill serves both the trend and the prognosis
        Map<String, Optional<QuarterlySeries>> series = new HashMap<>();
        Function<String, Optional<QuarterlySeries>> seriesOf = uri -> series.computeIfAbsent(uri,
                u -> vocabulary.isRegion(region) ? demand.finishedQuarters(region, Dimension.SKILL, u) : Optional.empty());
        OutlookPlanner.Plan plan = OutlookPlanner.plan(regionName, answers,
                uri -> seriesOf.apply(uri).map(TrendClassifier::classify)
                        .orElse(new DemandTrend.NotEnoughData(DemandTrend.NotEnoughData.Reason.TOO_FEW_QUARTERS)),
                uri -> seriesOf.apply(uri).flatMap(YearPrognosis::of));
        boolean noData = plan.items().stream().allMatch(i -> i.group() == OutlookPlanner.Group.NOT_ENOUGH_DATA);
        return new SeekerOutlookView(region, regionName, plan.items(), plan.advice(), routes(plan, region),
                noData ? "NOT_ENOUGH_DATA" : null, synthetic);
    }

    /** Shortest, then cheapest routes that teach a growing skill the seeker wants to learn, in the region or online. */
    private List<SeekerOutlookView.Route> routes(OutlookPlanner.Plan plan, String region) {
        List<String> wanted = plan.items().stream().filter(i -> i.group() == OutlookPlanner.Group.LEARN_GROWING)
                .map(OutlookPlanner.Item::uri).toList();
        if (wanted.isEmpty() || !vocabulary.isRegion(region)) {
            return List.of();
        }
        List<LearningRoute> offered = engine.routesFor(Set.of(new AmrCode(region)));
        var out = new ArrayList<SeekerOutlookView.Route>();
        for (String skill : wanted) {
            offered.stream()
                    .filter(r -> r.skills().stream().anyMatch(s -> s.skill().value().equals(skill)))
                    .sorted(Comparator.comparingInt(LearningRoute::durationWeeks).thenComparingInt(LearningRoute::costEuros))
                    .limit(ROUTES_PER_SKILL)
                    .forEach(r -> out.add(new SeekerOutlookView.Route(r.id().value().toString(), skill, r.titleNl(), r.titleEn(),
                            r.provider(), r.durationWeeks(), r.costEuros(), r.online())));
        }
        return out;
    }
}
