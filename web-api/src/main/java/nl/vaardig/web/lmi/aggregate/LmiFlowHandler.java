package nl.vaardig.web.lmi.aggregate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.vaardig.ingest.consumer.ConsumedEvent;
import nl.vaardig.ingest.consumer.EventHandler;
import nl.vaardig.ingest.event.Topic;
import nl.vaardig.ingest.event.payload.LearningRouteStarted;
import nl.vaardig.ingest.event.payload.MatchProposedByCoach;
import nl.vaardig.ingest.event.payload.OutcomeRecorded;
import nl.vaardig.web.lmi.Period;
import org.springframework.stereotype.Component;

/** Counts flows per region and quarter: matches proposed, outcomes (hired / trial placement), learning routes started. */
@Component
public class LmiFlowHandler implements EventHandler {

    public static final String NAME = "vaardig.lmi-flows";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** The flows the dashboard shows. */
    public enum Flow { MATCHES_PROPOSED, PLACEMENTS, LEARNING_ROUTES_STARTED }

    private final AggregateStore store;

    LmiFlowHandler(AggregateStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Topic> topics() {
        return Set.of(Topic.MATCHING, Topic.LEARNING);
    }

    private record FlowKey(String region, LocalDate quarter, Flow flow) implements Comparable<FlowKey> {
        @Override
        public int compareTo(FlowKey o) {
            int c = region.compareTo(o.region);
            c = c != 0 ? c : quarter.compareTo(o.quarter);
            return c != 0 ? c : flow.compareTo(o.flow);
        }
    }

    @Override
    public void handle(List<ConsumedEvent> events) {
        Map<FlowKey, Long> counts = new TreeMap<>();
        for (ConsumedEvent event : events) {
            LocalDate quarter = Period.containing(Period.Kind.QUARTER, LocalDate.ofInstant(event.envelope().time(), AMSTERDAM)).start();
            switch (event.payload()) {
                case MatchProposedByCoach m -> counts.merge(new FlowKey(m.region(), quarter, Flow.MATCHES_PROPOSED), 1L, Long::sum);
                case OutcomeRecorded o when o.outcome() == OutcomeRecorded.Outcome.HIRED
                        || o.outcome() == OutcomeRecorded.Outcome.TRIAL_PLACEMENT ->
                        counts.merge(new FlowKey(o.region(), quarter, Flow.PLACEMENTS), 1L, Long::sum);
                case LearningRouteStarted l when l.region() != null ->
                        counts.merge(new FlowKey(l.region(), quarter, Flow.LEARNING_ROUTES_STARTED), 1L, Long::sum);
                default -> { }
            }
        }
        counts.forEach((k, n) -> store.addFlow(k.region(), new Period(Period.Kind.QUARTER, k.quarter()), k.flow().name(), n));
    }
}
