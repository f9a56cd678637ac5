package nl.vaardig.web.vacancy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.vaardig.ingest.consumer.ConsumedEvent;
import nl.vaardig.ingest.consumer.EventHandler;
import nl.vaardig.ingest.event.Topic;
import nl.vaardig.ingest.event.payload.VacancyClosed;
import nl.vaardig.ingest.event.payload.VacancyPublished;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts published and closed vacancies per arbeidsmarktregio from the vacancy events, exactly once per event
 * (the worker claims event ids in the same transaction). Labour-market aggregates build on these counters.
 */
@Component
public class VacancyRegionCountHandler implements EventHandler {

    public static final String NAME = "vaardig.vacancy-region-count";

    private final JdbcTemplate jdbc;

    VacancyRegionCountHandler(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Topic> topics() {
        return Set.of(Topic.VACANCY);
    }

    @Override
    public void handle(List<ConsumedEvent> events) {
        Map<String, long[]> deltas = new TreeMap<>(); // sorted: concurrent batches lock rows in the same order
        for (ConsumedEvent event : events) {
            switch (event.payload()) {
                case VacancyPublished p -> deltas.computeIfAbsent(p.region(), r -> new long[2])[0]++;
                case VacancyClosed c -> deltas.computeIfAbsent(c.region(), r -> new long[2])[1]++;
                default -> { }
            }
        }
        jdbc.batchUpdate("insert into vacancy_region_count (region, published, closed) values (?, ?, ?) "
                        + "on conflict (region) do update set published = vacancy_region_count.published + excluded.published, "
                        + "closed = vacancy_region_count.closed + excluded.closed",
                deltas.entrySet().stream().map(e -> new Object[] {e.getKey(), e.getValue()[0], e.getValue()[1]}).toList());
    }
}
