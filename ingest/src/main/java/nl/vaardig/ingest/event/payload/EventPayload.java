package nl.vaardig.ingest.event.payload;

/**
 * The data of a Vaardig event. Payloads identify people only by pseudonymous UUIDs and never carry free text
 * about a person; each knows the arbeidsmarktregio it belongs to (the partitioning key) and its subject.
 */
public sealed interface EventPayload permits VacancyPublished, VacancyChanged, VacancyClosed, ProfileRegistered,
        ConsentChanged, ProfileDeleted, MatchProposedByCoach, InvitationAnswered, OutcomeRecorded,
        LearningRouteStarted, FeedVacancyReceived {

    /** The arbeidsmarktregio code (AMxx) this event belongs to, or null for national events. */
    String region();

    /** The pseudonymous id the event is about (the Kafka key and the CloudEvents subject). */
    String subject();
}
