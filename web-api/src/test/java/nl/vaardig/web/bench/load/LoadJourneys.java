package nl.vaardig.web.bench.load;

import java.util.List;

import static nl.vaardig.web.bench.load.LoadJourney.Step.get;
import static nl.vaardig.web.bench.load.LoadJourney.Step.post;
import static nl.vaardig.web.bench.load.LoadJourney.Step.put;
import static nl.vaardig.web.bench.load.LoadJourney.anonymous;
import static nl.vaardig.web.bench.load.LoadJourney.as;

/**
 * The mix of the load run. Add a journey (or a step to one) here; {@code weight} is its share of visits.
 * Accounts are the local profile's demo accounts (see {@link LoadTokens}).
 */
final class LoadJourneys {

    private LoadJourneys() {
    }

    static List<LoadJourney> all() {
        return List.of(
                anonymous("anonymous explore", 45,
                        get("config", v -> "/api/public/config"),
                        get("suggest", v -> "/api/public/taxonomy/suggest?kind=skill&q=" + v.typed()),
                        post("match vacancies", v -> "/api/public/match/vacancies", v -> "{\"profile\":" + v.profileJson() + "}"),
                        post("match routes", v -> "/api/public/match/routes",
                                v -> "{\"profile\":" + v.profileJson() + ",\"target\":{\"type\":\"region\"}}"),
                        get("public demand", v -> "/api/public/lmi/demand")),
                as("werkzoekende", "job seeker", 20,
                        get("me", v -> "/api/me"),
                        put("preferences", v -> "/api/me/preferences", v -> "{\"language\":\"nl\"}"),
                        post("match vacancies", v -> "/api/public/match/vacancies", v -> "{\"profile\":" + v.profileJson() + "}"),
                        get("own profile", v -> "/api/me/profile"),
                        get("own matches", v -> "/api/me/matches/vacancies"),
                        get("invitations", v -> "/api/me/invitations"),
                        get("proposals", v -> "/api/me/proposals"),
                        get("audit trail", v -> "/api/me/audit")),
                as("werkgever", "employer", 15,
                        get("me", v -> "/api/me"),
                        get("vacancies", v -> "/api/vacancies"),
                        get("vacancy", v -> "/api/vacancies/" + v.ownVacancy()),
                        get("candidates", v -> "/api/vacancies/" + v.ownVacancy() + "/candidates"),
                        get("invitations", v -> "/api/vacancies/" + v.ownVacancy() + "/invitations"),
                        get("coach proposals", v -> "/api/employer/proposals"),
                        get("team gaps", v -> "/api/team/gaps")),
                as("jobcoach", "job coach", 8,
                        get("me", v -> "/api/me"),
                        get("region events", v -> "/api/events/feed?limit=50"),
                        get("caseload", v -> "/api/coach/caseload")),
                as("regio", "regio staff", 8,
                        get("lmi meta", v -> "/api/lmi/meta"),
                        get("lmi map", v -> "/api/lmi/map?period=" + v.period()),
                        get("lmi summary", v -> "/api/lmi/regions/AM18/summary?period=" + v.period()),
                        get("lmi skills", v -> "/api/lmi/regions/AM18/skills?period=" + v.period())),
                as("beheer", "admin", 4,
                        get("feed jobs", v -> "/api/admin/feeds/jobs"),
                        get("dead letters", v -> "/api/admin/dead-letters?limit=50"))
        );
    }
}
