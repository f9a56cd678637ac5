package nl.vaardig.web.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.vaardig.matching.engine.MatchQuery;
import nl.vaardig.matching.engine.MatchingEngine;
import nl.vaardig.matching.engine.VacancyFindings;
import nl.vaardig.matching.engine.VacancyMatch;
import nl.vaardig.matching.gap.GapOptions;
import nl.vaardig.matching.gap.GapPlanner;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.VacancyId;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.web.matching.PublicMatchController.TargetInput;
import nl.vaardig.web.matching.PublicMatchController.VacancyResult;
import nl.vaardig.web.matching.PublicMatchController.VacancyResults;
import nl.vaardig.web.vacancy.VacancyPosting;
import nl.vaardig.web.vacancy.VacancyService;
import org.springframework.stereotype.Component;

/**
 * A profile matched against the open vacancies, and the learning routes towards a target, as views: the one place
 * that builds them, for the anonymous explore endpoints and for a signed-in job seeker's stored profile alike.
 */
@Component
public class ProfileMatching {

    private final MatchingEngine engine;
    private final VacancyService vacancies;
    private final TaxonomyRuntime taxonomy;
    private final MatchTargets targets;

    ProfileMatching(MatchingEngine engine, VacancyService vacancies, TaxonomyRuntime taxonomy) {
        this.engine = engine;
        this.vacancies = vacancies;
        this.taxonomy = taxonomy;
        this.targets = new MatchTargets(taxonomy);
    }

    /** The filters a stored profile implies: its region and its hours; labels in the requested language. */
    public static MatchQuery queryFor(Profile profile, Locale locale) {
        MatchQuery q = MatchQuery.defaults().inLanguage(locale);
        if (profile.region() != null) {
            q = q.inRegions(java.util.Set.of(profile.region()));
        }
        if (profile.availability() != null) {
            q = q.withHours(profile.availability());
        }
        return q;
    }

    /**
     * Ranked open vacancies close to the profile with their explanations, best first; or "nothing close yet" with
     * the skills that would open most doors (see {@code MatchingEngine.findVacancies}).
     */
    public VacancyResults vacancies(Profile profile, MatchQuery query, int limit, Locale locale) {
        VacancyFindings findings = engine.findVacancies(profile, query, limit);
        List<VacancyMatch> matches = findings.matches();
        Map<VacancyId, VacancyPosting> stored = vacancies.findAll(matches.stream().map(VacancyMatch::vacancy).toList());
        List<VacancyResult> items = new ArrayList<>();
        for (VacancyMatch m : matches) {
            VacancyPosting v = stored.get(m.vacancy());
            if (v != null) { // closed meanwhile: the index follows the store within a second
                items.add(new VacancyResult(VacancyCard.of(v, taxonomy.regions()), m.score(),
                        PublicMatchController.Fit.of(m.explanation().essentialFit()), ExplanationView.of(m.explanation(), locale)));
            }
        }
        return new VacancyResults(items, findings.nothingClose(),
                findings.doorOpeners().stream().map(ExplanationView.Skill::of).toList());
    }

    /** Learning routes from the profile towards the target (a vacancy, an occupation or jobs in its region). */
    public RoutePlanView routes(Profile profile, TargetInput target, Locale locale) {
        GapOptions options = new GapOptions(3, 0.6, 0.6, false, 200, locale);
        return RoutePlanView.of(new GapPlanner(engine).plan(profile, targets.target(target, profile, locale), options),
                engine.graph(), locale);
    }
}
