package nl.vaardig.web.authz;

import java.util.List;

import static nl.vaardig.web.authz.Caller.ADMIN;
import static nl.vaardig.web.authz.Caller.COACH_AM18;
import static nl.vaardig.web.authz.Caller.COACH_AM22;
import static nl.vaardig.web.authz.Caller.EMPLOYER;
import static nl.vaardig.web.authz.Caller.OTHER_EMPLOYER;
import static nl.vaardig.web.authz.Caller.OTHER_SEEKER;
import static nl.vaardig.web.authz.Caller.REGIO;
import static nl.vaardig.web.authz.Caller.SEEKER;
import static nl.vaardig.web.authz.Expect.DENIED_404;
import static nl.vaardig.web.authz.MatrixRow.delete;
import static nl.vaardig.web.authz.MatrixRow.get;
import static nl.vaardig.web.authz.MatrixRow.post;
import static nl.vaardig.web.authz.MatrixRow.put;

/**
 * Who may call what, one row per request (several rows may test one operation, e.g. an own and a
 * foreign object). Rows run in this order, once per caller, so a row that changes an object comes
 * after the rows that read it. A new /api endpoint without a row fails AuthorizationMatrixIT.
 */
final class AuthorizationMatrix {

    /** Two ESCO occupations for the compare rows (issue 18): nurse responsible for general care, pharmacy technician. */
    static final String COMPARED_NURSE = "http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50";
    static final String COMPARED_PHARMACY = "http://data.europa.eu/esco/occupation/7b74626d-b487-48a1-9e80-47faf9928210";

    private AuthorizationMatrix() {
    }

    static List<MatrixRow> rows() {
        return List.of(
                // --- platform, account ---
                get("/api/public/config").everyone(200),
                get("/api/me").anyAuthenticated(200),
                put("/api/me/preferences", f -> "/api/me/preferences", f -> "{\"language\":\"nl\"}").anyAuthenticated(204),
                // issue 18: e-mail notification settings, each person their own (the subject comes from the token)
                get("/api/me/notifications").anyAuthenticated(200),
                put("/api/me/notifications", f -> "/api/me/notifications",
                        f -> "{\"email\":\"matrix@voorbeeld.nl\",\"invitations\":true}").anyAuthenticated(200),
                delete("/api/me/notifications", f -> "/api/me/notifications").anyAuthenticated(204),

                // --- public: taxonomy, skills, occupations, anonymous matching, public labour-market view ---
                get("/api/public/taxonomy/suggest", f -> "/api/public/taxonomy/suggest?q=verpleg").everyone(200),
                post("/api/public/skills/extract", f -> "/api/public/skills/extract",
                        f -> "{\"text\":\"Je werkt met een heftruck en spreekt Engels.\"}").everyone(200),
                post("/api/public/occupations/match", f -> "/api/public/occupations/match",
                        f -> "{\"title\":\"verpleegkundige\"}").everyone(200),
                post("/api/public/match/vacancies", f -> "/api/public/match/vacancies",
                        f -> "{\"profile\":" + f.anonymousProfileJson() + "}").everyone(200),
                post("/api/public/match/routes", f -> "/api/public/match/routes",
                        f -> "{\"profile\":" + f.anonymousProfileJson() + ",\"target\":{\"type\":\"region\"}}").everyone(200),
                post("/api/public/match/compare", f -> "/api/public/match/compare",
                        f -> "{\"profile\":" + f.anonymousProfileJson() + ",\"occupations\":[\"" + COMPARED_NURSE + "\",\""
                                + COMPARED_PHARMACY + "\"]}").everyone(200),
                get("/api/public/lmi/demand").everyone(200),
                get("/api/public/lmi/regions.geojson").everyone(200),

                // --- employer: own vacancies; another organisation's answer 404 ---
                get("/api/vacancies").onlyFor(200, EMPLOYER, OTHER_EMPLOYER),
                post("/api/vacancies", f -> "/api/vacancies", f -> f.vacancyJson("Matrixvacature")).onlyFor(201, EMPLOYER, OTHER_EMPLOYER),
                get("/api/vacancies/{id}", f -> "/api/vacancies/" + f.ownVacancy()).onlyFor(200, EMPLOYER).except(OTHER_EMPLOYER, DENIED_404),
                get("/api/vacancies/{id}", f -> "/api/vacancies/" + f.otherOrganisationVacancy()).onlyFor(200, OTHER_EMPLOYER).except(EMPLOYER, DENIED_404),
                get("/api/vacancies/{id}/candidates", f -> "/api/vacancies/" + f.ownVacancy() + "/candidates").onlyFor(200, EMPLOYER).except(OTHER_EMPLOYER, DENIED_404),
                put("/api/vacancies/{id}", f -> "/api/vacancies/" + f.vacancyToChange() + "?version=1", f -> f.vacancyJson("Matrixvacature gewijzigd"))
                        .onlyFor(200, EMPLOYER).except(OTHER_EMPLOYER, DENIED_404),
                post("/api/vacancies/{id}/close", f -> "/api/vacancies/" + f.vacancyToClose() + "/close", f -> "{\"version\":1}")
                        .onlyFor(200, EMPLOYER).except(OTHER_EMPLOYER, DENIED_404),

                // --- region live feed: job coaches and regio staff, each for the regions in their token ---
                get("/api/events/feed").onlyFor(200, COACH_AM18, COACH_AM22, REGIO),
                get("/api/events/stream").onlyFor(200, COACH_AM18, COACH_AM22, REGIO),
                post("/api/events/feed/read", f -> "/api/events/feed/read", f -> null).onlyFor(200, COACH_AM18, COACH_AM22, REGIO),
                // issue 18: a vacancy opened from the coach's feed, only in the coach's own regions
                get("/api/coach/vacancies/{id}", f -> "/api/coach/vacancies/" + f.ownVacancy()).onlyFor(200, COACH_AM18)
                        .except(COACH_AM22, DENIED_404),

                // --- labour-market information: regio staff ---
                get("/api/lmi/meta").onlyFor(200, REGIO),
                get("/api/lmi/map", f -> "/api/lmi/map?period=" + f.lmiPeriod()).onlyFor(200, REGIO),
                get("/api/lmi/map.csv", f -> "/api/lmi/map.csv?period=" + f.lmiPeriod()).onlyFor(200, REGIO),
                get("/api/lmi/map.xlsx", f -> "/api/lmi/map.xlsx?period=" + f.lmiPeriod()).onlyFor(200, REGIO),
                get("/api/lmi/map.geojson", f -> "/api/lmi/map.geojson?period=" + f.lmiPeriod()).onlyFor(200, REGIO),
                get("/api/lmi/regions/{region}/summary", f -> "/api/lmi/regions/AM18/summary?period=" + f.lmiPeriod()).onlyFor(200, REGIO),
                get("/api/lmi/regions/{region}/skills", f -> "/api/lmi/regions/AM18/skills?period=" + f.lmiPeriod()).onlyFor(200, REGIO),
                get("/api/lmi/regions/{region}/skills.csv", f -> "/api/lmi/regions/AM18/skills.csv?period=" + f.lmiPeriod()).onlyFor(200, REGIO),
                get("/api/lmi/regions/{region}/skills.xlsx", f -> "/api/lmi/regions/AM18/skills.xlsx?period=" + f.lmiPeriod()).onlyFor(200, REGIO),
                get("/api/lmi/regions/{region}/series", f -> "/api/lmi/regions/AM18/series").onlyFor(200, REGIO),
                get("/api/lmi/regions/{region}/bubbles", f -> "/api/lmi/regions/AM18/bubbles").onlyFor(200, REGIO),
                get("/api/lmi/regions/{region}/similar", f -> "/api/lmi/regions/AM18/similar?period=" + f.lmiPeriod()).onlyFor(200, REGIO),
                get("/api/lmi/regions/{region}/forecast",
                        f -> "/api/lmi/regions/AM18/forecast?dimension=SKILL&key=http://data.europa.eu/esco/skill/x").onlyFor(200, REGIO),

                // --- issue 6, employer: invitations to consenting candidates, team gap view ---
                post("/api/vacancies/{vacancyId}/invitations", f -> "/api/vacancies/" + f.ownVacancy() + "/invitations",
                        f -> "{\"candidateId\":\"" + f.seekerProfile() + "\",\"message\":\"Kom kennismaken\"}")
                        .onlyFor(201, EMPLOYER).except(OTHER_EMPLOYER, DENIED_404),
                get("/api/vacancies/{vacancyId}/invitations", f -> "/api/vacancies/" + f.ownVacancy() + "/invitations")
                        .onlyFor(200, EMPLOYER).except(OTHER_EMPLOYER, DENIED_404),
                get("/api/team/roles").onlyFor(200, EMPLOYER, OTHER_EMPLOYER),
                // each organisation its own roster; a stale version (another test saved first) is a 409, not a refusal
                put("/api/team/roles", f -> "/api/team/roles", f -> "{\"version\":0,\"roles\":[{\"name\":\"Verzorgende\","
                        + "\"headcount\":3,\"skills\":[\"" + f.skillUri() + "\"]}]}").onlyFor(0, EMPLOYER, OTHER_EMPLOYER),
                get("/api/team/gaps").onlyFor(200, EMPLOYER, OTHER_EMPLOYER),

                // --- issue 6, job coach: caseload of the coach's regions (COACH_HELP consent); AM22 never sees AM18 ---
                get("/api/coach/caseload").onlyFor(200, COACH_AM18, COACH_AM22),
                get("/api/coach/candidates/{profileId}", f -> "/api/coach/candidates/" + f.seekerProfile())
                        .onlyFor(200, COACH_AM18).except(COACH_AM22, DENIED_404),
                get("/api/coach/candidates/{profileId}", f -> "/api/coach/candidates/" + f.otherSeekerProfile())
                        .onlyFor(200).except(COACH_AM18, DENIED_404).except(COACH_AM22, DENIED_404),
                get("/api/coach/candidates/{profileId}/notes", f -> "/api/coach/candidates/" + f.seekerProfile() + "/notes")
                        .onlyFor(200, COACH_AM18).except(COACH_AM22, DENIED_404),
                post("/api/coach/candidates/{profileId}/notes", f -> "/api/coach/candidates/" + f.seekerProfile() + "/notes",
                        f -> "{\"text\":\"Gesprek gehad over zorgvacatures.\"}").onlyFor(0, COACH_AM18).except(COACH_AM22, DENIED_404),
                post("/api/coach/proposals", f -> "/api/coach/proposals", f -> "{\"profileId\":\"" + f.seekerProfile()
                        + "\",\"vacancyId\":\"" + f.journeys().proposalVacancy() + "\",\"note\":\"Past goed\"}")
                        .onlyFor(201, COACH_AM18).except(COACH_AM22, DENIED_404),
                put("/api/coach/proposals/{id}/outcome", f -> "/api/coach/proposals/" + f.journeys().agreedProposal() + "/outcome",
                        f -> "{\"outcome\":\"GESPREK\",\"version\":" + f.journeys().agreedVersion() + "}")
                        .onlyFor(200, COACH_AM18).except(COACH_AM22, DENIED_404),
                get("/api/employer/proposals").onlyFor(200, EMPLOYER, OTHER_EMPLOYER),

                // --- issue 6, job seeker: only their own profile, invitations and proposals (no id of theirs in a path) ---
                get("/api/me/profile").onlyFor(200, SEEKER, OTHER_SEEKER),
                get("/api/me/consents").onlyFor(200, SEEKER, OTHER_SEEKER),
                get("/api/me/outlook").onlyFor(200, SEEKER, OTHER_SEEKER),
                get("/api/me/matches/vacancies").onlyFor(200, SEEKER, OTHER_SEEKER),
                get("/api/me/matches/routes", f -> "/api/me/matches/routes?target=region").onlyFor(200, SEEKER, OTHER_SEEKER),
                get("/api/me/matches/compare", f -> "/api/me/matches/compare?occupation=" + COMPARED_NURSE + "&occupation="
                        + COMPARED_PHARMACY).onlyFor(200, SEEKER, OTHER_SEEKER),
                get("/api/me/invitations").onlyFor(200, SEEKER, OTHER_SEEKER),
                get("/api/me/proposals").onlyFor(200, SEEKER, OTHER_SEEKER),
                post("/api/me/invitations/{id}/answer", f -> "/api/me/invitations/" + f.journeys().invitation() + "/answer",
                        f -> "{\"answer\":\"DECLINED\"}").onlyFor(200, SEEKER).except(OTHER_SEEKER, DENIED_404),
                post("/api/me/proposals/{id}/answer", f -> "/api/me/proposals/" + f.journeys().awaitingProposal() + "/answer",
                        f -> "{\"answer\":\"DECLINED\"}").onlyFor(200, SEEKER).except(OTHER_SEEKER, DENIED_404),
                get("/api/me/export").onlyFor(200, SEEKER, OTHER_SEEKER),
                get("/api/me/audit").onlyFor(200, SEEKER, OTHER_SEEKER),
                // both already have a profile: creating a second one is a conflict, never a refusal
                post("/api/me/profile", f -> "/api/me/profile", f -> f.seekerProfileJson(0)).onlyFor(409, SEEKER, OTHER_SEEKER),
                put("/api/me/profile", f -> "/api/me/profile", f -> f.seekerProfileJson(0)).onlyFor(200, SEEKER, OTHER_SEEKER),
                put("/api/me/consents/{kind}", f -> "/api/me/consents/STATISTICS", f -> "{\"regions\":[\"AM18\"]}")
                        .onlyFor(200, SEEKER, OTHER_SEEKER),
                delete("/api/me/consents/{kind}", f -> "/api/me/consents/STATISTICS").onlyFor(200, SEEKER, OTHER_SEEKER),
                // issue 18: Open Badges as evidence, the file itself as the body; another person's badge is 404 (BadgeEvidenceIT)
                get("/api/me/badges").onlyFor(200, SEEKER, OTHER_SEEKER),
                post("/api/me/badges", f -> "/api/me/badges", f -> MatrixFixtures.OPEN_BADGE).onlyFor(201, SEEKER, OTHER_SEEKER),
                delete("/api/me/badges/{id}", f -> "/api/me/badges/" + MatrixFixtures.NO_SUCH_BADGE).onlyFor(404, SEEKER, OTHER_SEEKER),

                // --- issue 18, skills passport: the seeker's own, a link for anyone, a share for one named coach account ---
                get("/api/me/passport").onlyFor(200, SEEKER, OTHER_SEEKER),
                get("/api/me/passport/pdf").onlyFor(200, SEEKER, OTHER_SEEKER),
                get("/api/me/passport/shares").onlyFor(200, SEEKER, OTHER_SEEKER),
                post("/api/me/passport/links", f -> "/api/me/passport/links", f -> "{\"days\":7}").onlyFor(201, SEEKER, OTHER_SEEKER),
                post("/api/me/passport/accounts", f -> "/api/me/passport/accounts",
                        f -> "{\"username\":\"werkgever\",\"role\":\"EMPLOYER\",\"days\":7}").onlyFor(201, SEEKER, OTHER_SEEKER),
                get("/api/public/passports/{token}", f -> "/api/public/passports/" + f.passports().linkToken()).everyone(200),
                get("/api/public/passports/{token}/pdf", f -> "/api/public/passports/" + f.passports().linkToken() + "/pdf").everyone(200),
                get("/api/passports/shared-with-me").onlyFor(200, COACH_AM18, COACH_AM22, EMPLOYER, OTHER_EMPLOYER),
                get("/api/passports/{shareId}", f -> "/api/passports/" + f.passports().coachShare()).onlyFor(200, COACH_AM18)
                        .except(COACH_AM22, DENIED_404).except(EMPLOYER, DENIED_404).except(OTHER_EMPLOYER, DENIED_404),
                get("/api/passports/{shareId}/pdf", f -> "/api/passports/" + f.passports().coachShare() + "/pdf").onlyFor(200, COACH_AM18)
                        .except(COACH_AM22, DENIED_404).except(EMPLOYER, DENIED_404).except(OTHER_EMPLOYER, DENIED_404),
                delete("/api/me/passport/shares/{id}", f -> "/api/me/passport/shares/" + f.passports().shareToRevoke())
                        .onlyFor(204, SEEKER).except(OTHER_SEEKER, DENIED_404),

                // --- issue 19, team outlook: the employer's own rounds (another organisation 404); the worker's link for anyone ---
                get("/api/team/outlooks").onlyFor(200, EMPLOYER, OTHER_EMPLOYER),
                // a region that is none: past the role check, refused by the rules (400), so the matrix leaves no outlook behind
                post("/api/team/outlooks", f -> "/api/team/outlooks", f -> "{\"name\":\"Matrixteam\",\"region\":\"AM99\","
                        + "\"skills\":[\"" + f.skillUri() + "\"]}").onlyFor(400, EMPLOYER, OTHER_EMPLOYER),
                get("/api/team/outlooks/{id}", f -> "/api/team/outlooks/" + f.teamOutlook().outlook())
                        .onlyFor(200, EMPLOYER).except(OTHER_EMPLOYER, DENIED_404),
                // an address that is none: no mail goes out; the other organisation does not get that far
                post("/api/team/outlooks/{id}/invitations", f -> "/api/team/outlooks/" + f.teamOutlook().outlook() + "/invitations",
                        f -> "{\"emails\":[\"geen-adres\"]}").onlyFor(400, EMPLOYER).except(OTHER_EMPLOYER, DENIED_404),
                get("/api/public/team-outlook/{token}", f -> "/api/public/team-outlook/" + f.teamOutlook().token()).everyone(200),
                put("/api/public/team-outlook/{token}", f -> "/api/public/team-outlook/" + f.teamOutlook().token(),
                        f -> "{\"consent\":true,\"answers\":[{\"skill\":\"" + f.skillUri() + "\",\"doesIt\":true,"
                                + "\"canDoIt\":true,\"wantsToLearn\":false,\"givesEnergy\":true}]}").everyone(200),
                delete("/api/public/team-outlook/{token}", f -> "/api/public/team-outlook/" + f.teamOutlook().token()).everyone(204),
                delete("/api/team/outlooks/{id}/invitations/{invitationId}", f -> "/api/team/outlooks/" + f.teamOutlook().outlook()
                        + "/invitations/" + f.teamOutlook().invitation()).onlyFor(204, EMPLOYER).except(OTHER_EMPLOYER, DENIED_404),
                delete("/api/team/outlooks/{id}", f -> "/api/team/outlooks/" + f.teamOutlook().outlook())
                        .onlyFor(204, EMPLOYER).except(OTHER_EMPLOYER, DENIED_404),

                // --- administration: feeds and dead letters ---
                get("/api/admin/feeds/jobs").onlyFor(200, ADMIN),
                get("/api/admin/feeds/jobs/{id}", f -> "/api/admin/feeds/jobs/" + f.feedJob()).onlyFor(200, ADMIN),
                post("/api/admin/feeds", f -> "/api/admin/feeds?feed=authz-matrix&fileName=matrix.jsonl", f -> MatrixFixtures.REFUSED_FEED_LINE)
                        .contentType("application/x-ndjson").onlyFor(202, ADMIN),
                // issue 18: the mail the local SMTP server received
                get("/api/admin/mail").onlyFor(200, ADMIN),
                get("/api/admin/dead-letters").onlyFor(200, ADMIN),
                get("/api/admin/dead-letters/{id}", f -> "/api/admin/dead-letters/" + f.deadLetter()).onlyFor(200, ADMIN),
                post("/api/admin/dead-letters/{id}/redrive", f -> "/api/admin/dead-letters/" + f.deadLetter() + "/redrive",
                        f -> "{\"payload\":" + MatrixFixtures.jsonString(MatrixFixtures.CORRECTED_FEED_LINE) + "}")
                        .onlyFor(204, ADMIN),

                // --- last: the job seekers erase their accounts (right to erasure); nobody else can ---
                delete("/api/me", f -> "/api/me").onlyFor(204, SEEKER, OTHER_SEEKER)
        );
    }
}
