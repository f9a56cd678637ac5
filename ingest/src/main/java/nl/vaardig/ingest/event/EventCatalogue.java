package nl.vaardig.ingest.event;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.vaardig.ingest.event.payload.ConsentChanged;
import nl.vaardig.ingest.event.payload.EventPayload;
import nl.vaardig.ingest.event.payload.FeedVacancyReceived;
import nl.vaardig.ingest.event.payload.InvitationAnswered;
import nl.vaardig.ingest.event.payload.LearningRouteStarted;
import nl.vaardig.ingest.event.payload.MatchProposedByCoach;
import nl.vaardig.ingest.event.payload.OutcomeRecorded;
import nl.vaardig.ingest.event.payload.ProfileDeleted;
import nl.vaardig.ingest.event.payload.ProfileRegistered;
import nl.vaardig.ingest.event.payload.VacancyChanged;
import nl.vaardig.ingest.event.payload.VacancyClosed;
import nl.vaardig.ingest.event.payload.VacancyPublished;

/**
 * The one place that says which events exist: type, topic, payload and schema version. Producers build
 * envelopes through {@link #envelope}; the codec resolves incoming types through {@link #byType}.
 */
public final class EventCatalogue {

    public static final URI WEB_API_SOURCE = URI.create("/vaardig/web-api");

    public static final EventType<VacancyPublished> VACANCY_PUBLISHED =
            new EventType<>("nl.vaardig.vacancy.published", Topic.VACANCY, VacancyPublished.class, "vacancy-published", 1);
    public static final EventType<VacancyChanged> VACANCY_CHANGED =
            new EventType<>("nl.vaardig.vacancy.changed", Topic.VACANCY, VacancyChanged.class, "vacancy-changed", 1);
    public static final EventType<VacancyClosed> VACANCY_CLOSED =
            new EventType<>("nl.vaardig.vacancy.closed", Topic.VACANCY, VacancyClosed.class, "vacancy-closed", 1);
    public static final EventType<ProfileRegistered> PROFILE_REGISTERED =
            new EventType<>("nl.vaardig.profile.registered", Topic.PROFILE, ProfileRegistered.class, "profile-registered", 1);
    public static final EventType<ConsentChanged> CONSENT_CHANGED =
            new EventType<>("nl.vaardig.profile.consent-changed", Topic.PROFILE, ConsentChanged.class, "consent-changed", 1);
    public static final EventType<ProfileDeleted> PROFILE_DELETED =
            new EventType<>("nl.vaardig.profile.deleted", Topic.PROFILE, ProfileDeleted.class, "profile-deleted", 1);
    public static final EventType<MatchProposedByCoach> MATCH_PROPOSED =
            new EventType<>("nl.vaardig.matching.proposed-by-coach", Topic.MATCHING, MatchProposedByCoach.class,
                    "match-proposed-by-coach", 1);
    public static final EventType<InvitationAnswered> INVITATION_ANSWERED =
            new EventType<>("nl.vaardig.matching.invitation-answered", Topic.MATCHING, InvitationAnswered.class,
                    "invitation-answered", 1);
    public static final EventType<OutcomeRecorded> OUTCOME_RECORDED =
            new EventType<>("nl.vaardig.matching.outcome-recorded", Topic.MATCHING, OutcomeRecorded.class,
                    "outcome-recorded", 1);
    public static final EventType<LearningRouteStarted> LEARNING_ROUTE_STARTED =
            new EventType<>("nl.vaardig.learning.route-started", Topic.LEARNING, LearningRouteStarted.class,
                    "learning-route-started", 1);
    public static final EventType<FeedVacancyReceived> FEED_VACANCY_RECEIVED =
            new EventType<>("nl.vaardig.feed.vacancy-received", Topic.VACANCY_FEED, FeedVacancyReceived.class,
                    "feed-vacancy-received", 1);

    public static final List<EventType<?>> ALL = List.of(VACANCY_PUBLISHED, VACANCY_CHANGED, VACANCY_CLOSED,
            PROFILE_REGISTERED, CONSENT_CHANGED, PROFILE_DELETED, MATCH_PROPOSED, INVITATION_ANSWERED,
            OUTCOME_RECORDED, LEARNING_ROUTE_STARTED, FEED_VACANCY_RECEIVED);

    private static final Map<String, EventType<?>> BY_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));
    private static final Map<Class<?>, EventType<?>> BY_PAYLOAD =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::payloadClass, Function.identity()));

    private EventCatalogue() {
    }

    public static Optional<EventType<?>> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    /** The event type of a payload record; every payload class has exactly one. */
    @SuppressWarnings("unchecked")
    public static <T extends EventPayload> EventType<T> typeOf(T payload) {
        EventType<?> type = BY_PAYLOAD.get(payload.getClass());
        if (type == null) {
            throw new IllegalArgumentException("No event type for " + payload.getClass().getName());
        }
        return (EventType<T>) type;
    }

    /** A new envelope for a payload, with a fresh id, the payload's subject and region, stamped now. */
    public static <T extends EventPayload> EventEnvelope<T> envelope(T payload, URI source, Clock clock) {
        EventType<T> type = typeOf(payload);
        return new EventEnvelope<>(UUID.randomUUID(), source, type.type(), clock.instant(), payload.subject(),
                payload.region(), type.dataSchema(), payload);
    }

    public static <T extends EventPayload> EventEnvelope<T> envelope(T payload) {
        return envelope(payload, WEB_API_SOURCE, Clock.systemUTC());
    }
}
