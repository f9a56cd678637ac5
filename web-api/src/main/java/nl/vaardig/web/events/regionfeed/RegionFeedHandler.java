package nl.vaardig.web.events.regionfeed;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vaardig.ingest.consumer.ConsumedEvent;
import nl.vaardig.ingest.consumer.EventHandler;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.ingest.event.Topic;
import nl.vaardig.ingest.event.payload.ConsentChanged;
import nl.vaardig.ingest.event.payload.EventPayload;
import nl.vaardig.ingest.event.payload.InvitationAnswered;
import nl.vaardig.ingest.event.payload.LearningRouteStarted;
import nl.vaardig.ingest.event.payload.MatchProposedByCoach;
import nl.vaardig.ingest.event.payload.OutcomeRecorded;
import nl.vaardig.ingest.event.payload.ProfileDeleted;
import nl.vaardig.ingest.event.payload.ProfileRegistered;
import nl.vaardig.ingest.event.payload.VacancyChanged;
import nl.vaardig.ingest.event.payload.VacancyClosed;
import nl.vaardig.ingest.event.payload.VacancyPublished;
import nl.vaardig.ingest.event.payload.VacancyState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feeds the regional screens: stores each regional event once (by event id) for the list and unread count, and
 * after the commit pushes it to this instance's open connections. Every instance reads every event (its own
 * group). Vacancies from bulk feeds are left out: a coach follows what employers and job seekers do, not the
 * thousands of records a job board export brings in. A deleted profile's lines are removed.
 */
@Component
class RegionFeedHandler implements EventHandler {

    /** Events older than this when they arrive (a replay) are stored but not pushed live. */
    private static final Duration LIVE = Duration.ofMinutes(5);

    private final JdbcTemplate jdbc;
    private final RegionFeedHub hub;
    private final JsonMapper json = EnvelopeCodec.mapper();

    RegionFeedHandler(JdbcTemplate jdbc, RegionFeedHub hub) {
        this.jdbc = jdbc;
        this.hub = hub;
    }

    @Override
    public String name() {
        return "vaardig.region-feed";
    }

    @Override
    public Set<Topic> topics() {
        return Set.of(Topic.VACANCY, Topic.PROFILE, Topic.MATCHING, Topic.LEARNING);
    }

    @Override
    public Delivery delivery() {
        return Delivery.PER_INSTANCE;
    }

    @Override
    public void handle(List<ConsumedEvent> events) {
        List<RegionEventView> views = new ArrayList<>();
        for (ConsumedEvent event : events) {
            EventPayload payload = event.payload();
            if (payload instanceof ProfileDeleted deleted) {
                jdbc.update("delete from region_event where subject = ?", deleted.profileId().toString());
                continue;
            }
            if (payload.region() == null || fromBulkFeed(payload)) {
                continue;
            }
            views.add(new RegionEventView(event.envelope().id(), payload.region(), event.envelope().type(),
                    payload.subject(), event.envelope().time(), summary(payload)));
        }
        if (views.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("insert into region_event (event_id, region, event_type, subject, occurred_at, summary) "
                + "values (?, ?, ?, ?, ?, ?::jsonb) on conflict (event_id) do nothing", views, 500, (ps, v) -> {
                    ps.setObject(1, v.id());
                    ps.setString(2, v.region());
                    ps.setString(3, v.type());
                    ps.setString(4, v.subject());
                    ps.setTimestamp(5, Timestamp.from(v.occurredAt()));
                    ps.setString(6, json.writeValueAsString(v.summary()));
                });
        Instant liveSince = Instant.now().minus(LIVE);
        List<RegionEventView> live = views.stream().filter(v -> v.occurredAt().isAfter(liveSince)).toList();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    live.forEach(hub::broadcast);
                }
            });
        } else {
            live.forEach(hub::broadcast);
        }
    }

    private static boolean fromBulkFeed(EventPayload payload) {
        VacancyState state = switch (payload) {
            case VacancyPublished p -> p.vacancy();
            case VacancyChanged c -> c.vacancy();
            default -> null;
        };
        return state != null && state.source().startsWith("feed:");
    }

    static Map<String, Object> summary(EventPayload payload) {
        Map<String, Object> summary = new LinkedHashMap<>();
        switch (payload) {
            case VacancyPublished p -> vacancy(p.vacancy(), summary);
            case VacancyChanged c -> vacancy(c.vacancy(), summary);
            case VacancyClosed c -> summary.put("reason", c.reason().name());
            case ProfileRegistered p -> summary.put("registeredOn", p.registeredOn().toString());
            case ConsentChanged c -> summary.put("granted", c.granted().stream().map(Enum::name).sorted().toList());
            // the pseudonymous profile id (as profile events carry it as subject), so a coach's feed item opens the
            // candidate file the proposal is on; the server still checks the caseload when it is opened
            case MatchProposedByCoach m -> {
                summary.put("score", m.score());
                summary.put("profileId", m.profileId().toString());
            }
            case InvitationAnswered i -> {
                summary.put("answer", i.answer().name());
                summary.put("profileId", i.profileId().toString());
            }
            case OutcomeRecorded o -> {
                summary.put("outcome", o.outcome().name());
                summary.put("profileId", o.profileId().toString());
            }
            case LearningRouteStarted l -> summary.put("routeId", l.routeId());
            default -> { }
        }
        return summary;
    }

    private static void vacancy(VacancyState v, Map<String, Object> summary) {
        summary.put("title", v.title());
        summary.put("employer", v.employer());
        if (v.gemeente() != null) {
            summary.put("gemeente", v.gemeente());
        }
    }
}
