package nl.vaardig.web.vacancy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import nl.vaardig.ingest.consumer.ConsumedEvent;
import nl.vaardig.ingest.consumer.EventHandler;
import nl.vaardig.ingest.event.Topic;
import nl.vaardig.ingest.event.payload.VacancyChanged;
import nl.vaardig.ingest.event.payload.VacancyClosed;
import nl.vaardig.ingest.event.payload.VacancyPublished;
import nl.vaardig.ingest.event.payload.VacancyState;
import nl.vaardig.matching.model.Vacancy;
import nl.vaardig.matching.model.VacancyId;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance's matching index in step with the vacancy events. The index lives in the instance, so at
 * start it is rebuilt from the vacancy table and then follows the topic from the offsets taken before the
 * rebuild. Each vacancy is (re)indexed only for a version newer than the one indexed: replays and duplicates
 * change nothing, and {@link #indexOperations()} counts real index writes.
 */
@Component
public class VacancyIndexHandler implements EventHandler {

    public static final String NAME = "vaardig.matching-index";
    private static final Logger log = LoggerFactory.getLogger(VacancyIndexHandler.class);
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final VacancyIndex index;
    private final VacancyRepository repository;
    private final Map<UUID, Long> indexedVersions = new ConcurrentHashMap<>();
    private final AtomicLong indexOperations = new AtomicLong();

    VacancyIndexHandler(VacancyIndex index, VacancyRepository repository) {
        this.index = index;
        this.repository = repository;
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
    public Delivery delivery() {
        return Delivery.REBUILD_ON_START;
    }

    /** Index writes (adds, replacements, removals) since start; a duplicate event adds none. */
    public long indexOperations() {
        return indexOperations.get();
    }

    @Override
    public void rebuild(Map<TopicPartition, Long> endOffsets) {
        long started = System.nanoTime();
        List<Vacancy> batch = new ArrayList<>();
        repository.forEachPublished(vacancy -> {
            if (!newer(vacancy.id().value(), vacancy.version())) {
                return;
            }
            VacancyEvents.forMatching(VacancyEvents.state(vacancy), LocalDate.now(AMSTERDAM)).ifPresent(batch::add);
            if (batch.size() >= 1000) {
                write(batch);
            }
        });
        write(batch);
        index.refresh();
        log.info("Matching index rebuilt from the vacancy table: {} vacancies in {} ms", index.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public void handle(List<ConsumedEvent> events) {
        List<Vacancy> upserts = new ArrayList<>();
        List<VacancyId> removals = new ArrayList<>();
        LocalDate today = LocalDate.now(AMSTERDAM);
        for (ConsumedEvent event : events) {
            switch (event.payload()) {
                case VacancyPublished p -> upsert(p.vacancy(), today, upserts, removals);
                case VacancyChanged c -> upsert(c.vacancy(), today, upserts, removals);
                case VacancyClosed c -> {
                    if (newer(c.vacancyId(), c.version())) {
                        removals.add(new VacancyId(c.vacancyId()));
                    }
                }
                default -> { }
            }
        }
        write(upserts);
        if (!removals.isEmpty()) {
            index.remove(removals);
            indexOperations.addAndGet(removals.size());
        }
    }

    private void upsert(VacancyState state, LocalDate today, List<Vacancy> upserts,
                        List<VacancyId> removals) {
        if (!newer(state.vacancyId(), state.version())) {
            return;
        }
        VacancyEvents.forMatching(state, today).ifPresentOrElse(upserts::add,
                () -> removals.add(new VacancyId(state.vacancyId())));
    }

    private boolean newer(UUID id, long version) {
        boolean[] newer = {false};
        indexedVersions.compute(id, (k, old) -> {
            if (old == null || version > old) {
                newer[0] = true;
                return version;
            }
            return old;
        });
        return newer[0];
    }

    private void write(List<Vacancy> batch) {
        if (!batch.isEmpty()) {
            index.index(batch);
            indexOperations.addAndGet(batch.size());
            batch.clear();
        }
    }
}
