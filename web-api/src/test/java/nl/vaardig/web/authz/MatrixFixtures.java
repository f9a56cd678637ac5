package nl.vaardig.web.authz;

import java.util.UUID;

/**
 * The objects the matrix rows point at, created once per run through the application's own APIs and
 * services: vacancies of the demo organisation and of another one, profiles of two job seekers, a feed job and the dead letter it left, a labour-market period.
 *
 * @param ownVacancy            the demo organisation's vacancy, only read
 * @param vacancyToChange       the demo organisation's vacancy at version 1, changed by its employer (PUT)
 * @param vacancyToClose        the demo organisation's vacancy at version 1, closed by its employer
 * @param otherOrganisationVacancy a vacancy of {@link #OTHER_ORGANISATION}
 * @param seekerProfile         {@link #SEEKER}'s own profile: AM18, all four consents for AM18
 * @param otherSeekerProfile    {@link #OTHER_SEEKER}'s own profile: AM22, no consents
 * @param journeys              proposals and an invitation about {@link #SEEKER}'s profile
 * @param passports             shares of {@link #SEEKER}'s skills passport
 */
record MatrixFixtures(UUID ownVacancy, UUID vacancyToChange, UUID vacancyToClose, UUID otherOrganisationVacancy,
                      UUID seekerProfile, UUID otherSeekerProfile, UUID feedJob, UUID deadLetter,
                      String lmiPeriod, String skillUri, Issue6 journeys, Passports passports, TeamOutlook teamOutlook) {

    /**
     * Issue 19: a team outlook of the demo organisation with one invited worker.
     *
     * @param outlook    the outlook (read, then deleted by its employer)
     * @param invitation the worker's invitation (revoked by the employer after the link rows)
     * @param token      the worker's link token, read from the mail
     */
    record TeamOutlook(java.util.UUID outlook, java.util.UUID invitation, String token) {
    }

    /**
     * Issue 18: {@link #SEEKER}'s passport shares.
     *
     * @param linkToken     the token of an active share link (anyone may open it)
     * @param coachShare    an active share with the account "jobcoach" as JOBCOACH (only that coach opens it)
     * @param shareToRevoke an active share link its owner revokes (row DELETE)
     */
    record Passports(String linkToken, java.util.UUID coachShare, java.util.UUID shareToRevoke) {
    }

    /**
     * The objects of the issue 6 journeys, all about {@link #SEEKER}'s profile and the demo organisation:
     *
     * @param proposalVacancy    a vacancy of the demo organisation the coach may propose her for (row POST proposals)
     * @param awaitingProposal   a coach proposal she has not answered yet (row: she answers it)
     * @param agreedProposal     a coach proposal she agreed to, at {@code agreedVersion} (row: the coach records an outcome)
     * @param invitation         an open invitation of the demo organisation to her (row: she answers it)
     */
    record Issue6(UUID proposalVacancy, UUID awaitingProposal, UUID agreedProposal, long agreedVersion, UUID invitation) {
    }

    static final String ORGANISATION = "Zorggroep Amstelland";
    static final String OTHER_ORGANISATION = "Bouwbedrijf Elders";
    static final String SEEKER = "matrix-werkzoekende";
    static final String OTHER_SEEKER = "matrix-andere-werkzoekende";

    /** A feed line the ingest refuses (a region that is no labour-market region): one dead letter per upload. */
    static final String REFUSED_FEED_LINE = "{\"externalId\":\"M-1\",\"employer\":\"Matrix\",\"title\":\"Magazijnmedewerker\","
            + "\"region\":\"Nergens\",\"hoursMin\":24,\"hoursMax\":32,\"contractType\":\"PERMANENT\","
            + "\"validFrom\":\"2025-03-01\",\"validUntil\":\"2099-04-30\"}\n";

    /** The refused line corrected, as an administrator re-drives it. */
    /** An Open Badges 2.0 assertion without an id (so both seekers can import it) aligned to ESCO "operate forklift". */
    static final String OPEN_BADGE = "{\"@context\":\"https://w3id.org/openbadges/v2\",\"type\":\"Assertion\","
            + "\"verification\":{\"type\":\"hosted\"},\"badge\":{\"type\":\"BadgeClass\",\"name\":\"Matrixbadge\","
            + "\"alignment\":[{\"targetUrl\":\"http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da\"}]}}";
    static final java.util.UUID NO_SUCH_BADGE = java.util.UUID.fromString("00000000-0000-4000-8000-00000000bade");
    static final String CORRECTED_FEED_LINE = REFUSED_FEED_LINE.strip().replace("\"Nergens\"", "\"AM18\"");

    static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    String vacancyJson(String title) {
        return vacancyJson(title, skillUri);
    }

    static String vacancyJson(String title, String skillUri) {
        return "{\"title\":\"" + title + "\",\"description\":\"Vacature voor de autorisatiematrix.\",\"region\":\"AM18\","
                + "\"hoursMin\":24,\"hoursMax\":32,\"contractType\":\"PERMANENT\",\"skills\":[{\"uri\":\"" + skillUri
                + "\",\"essential\":true}],\"validFrom\":\"2025-01-01\",\"validUntil\":\"2099-12-31\"}";
    }

    /** A complete profile as the editor sends it (one skill, AM18, the given version). */
    String seekerProfileJson(long version) {
        return "{\"skills\":[{\"uri\":\"" + skillUri + "\",\"level\":\"INTERMEDIATE\",\"evidence\":\"WORK\","
                + "\"doesIt\":true,\"canDoIt\":true,\"wantsToLearn\":false,\"givesEnergy\":true}],\"region\":\"AM18\","
                + "\"version\":" + version + ",\"consents\":[{\"kind\":\"KEEP_PROFILE\",\"regions\":[\"AM18\"]}]}";
    }

    String anonymousProfileJson() {
        return "{\"skills\":[{\"uri\":\"" + skillUri + "\"}],\"region\":\"AM18\"}";
    }
}
