package nl.vaardig.web.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.vaardig.matching.engine.MatchingEngine;
import nl.vaardig.matching.explain.Explanation;
import nl.vaardig.matching.gap.GapOptions;
import nl.vaardig.matching.gap.GapPlanner;
import nl.vaardig.matching.gap.Target;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.VacancySkill;
import nl.vaardig.matching.scoring.MatchScorer;
import nl.vaardig.matching.scoring.PreparedProfile;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.web.platform.problem.FieldError;
import nl.vaardig.web.platform.problem.InputRejectedException;
import nl.vaardig.web.platform.problem.ProblemTexts;
import nl.vaardig.web.taxonomy.LabelView;
import nl.vaardig.web.vacancy.VacancyService;
import org.springframework.stereotype.Component;

/**
 * Compares 2–3 ESCO occupations for one profile (anonymous or stored) with the matcher's own explanation: an
 * occupation's essential and optional skills are its requirements, scored exactly as a vacancy asking them would be,
 * so "partly" means the same as on a vacancy card. Routes come from the gap planner (essential gaps only).
 */
@Component
public class OccupationComparison {

    public static final int MIN_OCCUPATIONS = 2;
    public static final int MAX_OCCUPATIONS = 3;

    private final MatchingEngine engine;
    private final TaxonomyRuntime taxonomy;
    private final VacancyService vacancies;

    OccupationComparison(MatchingEngine engine, TaxonomyRuntime taxonomy, VacancyService vacancies) {
        this.engine = engine;
        this.taxonomy = taxonomy;
        this.vacancies = vacancies;
    }

    /**
     * The requested occupations as known ESCO occupations with skills, in the order given; one field error per
     * problem ({@code occupations} for the count or a repeat, {@code occupations[i]} for an unknown URI).
     */
    public List<OccupationUri> requireOccupations(List<String> requested, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        List<String> given = requested == null ? List.of() : requested;
        if (given.size() < MIN_OCCUPATIONS || given.size() > MAX_OCCUPATIONS) {
            throw new InputRejectedException(List.of(new FieldError("occupations", ProblemTexts.detail(
                    "Kies 2 of 3 beroepen om te vergelijken.", "Choose 2 or 3 occupations to compare.", locale))));
        }
        Set<OccupationUri> out = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            OccupationUri uri = knownOccupation(given.get(i));
            if (uri == null) {
                errors.add(new FieldError("occupations[" + i + "]", ProblemTexts.detail(
                        "Dit is geen bekend ESCO-beroep met vaardigheden.", "This is not a known ESCO occupation with skills.", locale)));
            } else if (!out.add(uri)) {
                errors.add(new FieldError("occupations[" + i + "]", ProblemTexts.detail(
                        "Dit beroep staat al in de vergelijking.", "This occupation is already in the comparison.", locale)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InputRejectedException(errors);
        }
        return List.copyOf(out);
    }

    public OccupationComparisonView compare(Profile profile, List<OccupationUri> occupations, Locale locale) {
        Map<OccupationUri, Integer> open = vacancies.openPerOccupation(occupations, profile.region());
        GapPlanner planner = new GapPlanner(engine);
        MatchScorer scorer = engine.scorer();
        PreparedProfile held = scorer.prepare(profile.skills());
        GapOptions options = new GapOptions(3, 0.6, 0.6, false, 200, locale);
        List<OccupationComparisonView.ComparedOccupation> columns = new ArrayList<>();
        for (OccupationUri occupation : occupations) {
            List<VacancySkill> requirements = VacancySkill.ofOccupation(taxonomy.taxonomy(), occupation);
            Explanation explanation = scorer.explain(held, scorer.requirements(requirements), locale);
            ExplanationView view = ExplanationView.of(explanation, locale);
            RoutePlanView routes = RoutePlanView.of(planner.plan(profile, new Target.ForOccupation(occupation), options),
                    engine.graph(), locale);
            LabelView label = LabelView.of(taxonomy.taxonomy(), occupation, locale);
            columns.add(new OccupationComparisonView.ComparedOccupation(occupation.value(), label.label(), label.labelLanguage(),
                    label.derived(), PublicMatchController.Fit.of(explanation.essentialFit()),
                    view.matched().stream().sorted(Comparator.comparing(m -> !m.essential())).toList(),
                    view.partial().stream().sorted(Comparator.comparing(p -> !p.essential())).toList(),
                    view.missing().stream().filter(ExplanationView.Missing::essential).toList(),
                    (int) view.missing().stream().filter(m -> !m.essential()).count(),
                    routes, routes.routes().stream().mapToInt(RoutePlanView.Route::durationWeeks).sum(),
                    open.getOrDefault(occupation, 0)));
        }
        String region = profile.region() == null ? null : profile.region().value();
        String regionName = profile.region() == null ? null
                : taxonomy.regions().region(profile.region()).map(r -> r.name()).orElse(region);
        return new OccupationComparisonView(region, regionName, columns);
    }

    private OccupationUri knownOccupation(String uri) {
        if (uri == null || uri.isBlank() || uri.length() > 200) {
            return null;
        }
        try {
            OccupationUri o = new OccupationUri(uri.strip());
            return taxonomy.taxonomy().occupation(o).isPresent()
                    && !taxonomy.taxonomy().essentialSkills(o).isEmpty() ? o : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
