package nl.vaardig.ingest.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import nl.vaardig.ingest.consumer.ConsumedEvent;
import nl.vaardig.ingest.consumer.EventHandler;
import nl.vaardig.ingest.deadletter.DeadLetter;
import nl.vaardig.ingest.deadletter.DeadLetterPublisher;
import nl.vaardig.ingest.deadletter.DeadLetterReason;
import nl.vaardig.ingest.event.Topic;
import nl.vaardig.ingest.event.payload.FeedVacancyReceived;
import nl.vaardig.ingest.event.payload.VacancyState;
import nl.vaardig.ingest.feed.FeedVacancy;
import nl.vaardig.taxonomy.model.SkillUri;
import org.springframework.stereotype.Component;

/**
 * The feed pipeline's consumer: feed vacancy → skills extracted (when the feed lists none) → stored by
 * (feed, external id) with its vacancy event in the same transaction → progress of its upload counted. A record
 * the store cannot take (e.g. an invalid skill URI) becomes a dead letter; the rest of the batch goes on.
 */
@Component
public class FeedIngestHandler implements EventHandler {

    public static final String NAME = "vaardig.feed-ingest";

    private final SkillSuggester skills;
    private final FeedVacancyStore<?> vacancies;
    private final FeedJobs jobs;
    private final DeadLetterPublisher deadLetters;
    private final Clock clock = Clock.systemUTC();
    private final AtomicLong extractionNanos = new AtomicLong();
    private final AtomicLong storeNanos = new AtomicLong();
    private final AtomicLong storeCpuNanos = new AtomicLong();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    FeedIngestHandler(SkillSuggester skills, FeedVacancyStore<?> vacancies, FeedJobs jobs,
                      DeadLetterPublisher deadLetters) {
        this.skills = skills;
        this.vacancies = vacancies;
        this.jobs = jobs;
        this.deadLetters = deadLetters;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Topic> topics() {
        return Set.of(Topic.VACANCY_FEED);
    }

    /**
     * Time spent extracting and storing, for the benchmark's bottleneck report: wall time of each step, and the
     * consumer thread's own CPU time in the store step (the rest of its wall time is waiting, mostly on PostgreSQL).
     */
    public long[] nanosExtractAndStore() {
        return new long[] {extractionNanos.get(), storeNanos.get(), storeCpuNanos.get()};
    }

    @Override
    public void handle(List<ConsumedEvent> events) {
        handle(events, vacancies);
    }

    private <C> void handle(List<ConsumedEvent> events, FeedVacancyStore<C> store) {
        long t0 = System.nanoTime();
        List<Converted<C>> converted = events.parallelStream().map(event -> convert(event, store)).toList();
        long t1 = System.nanoTime();
        long cpu1 = threads.getCurrentThreadCpuTime();
        List<C> ok = new ArrayList<>(converted.size());
        List<DeadLetter> failed = new ArrayList<>();
        Map<UUID, long[]> perJob = new HashMap<>();
        for (Converted<C> c : converted) {
            UUID job = c.received().jobId();
            if (c.checked() != null) {
                ok.add(c.checked());
                if (job != null) {
                    perJob.computeIfAbsent(job, j -> new long[2])[0]++;
                }
            } else {
                failed.add(c.deadLetter());
                if (job != null) {
                    perJob.computeIfAbsent(job, j -> new long[2])[1]++;
                }
            }
        }
        store.store(ok);
        jobs.addProcessed(perJob);
        deadLetters.publish(failed);
        extractionNanos.addAndGet(t1 - t0);
        storeNanos.addAndGet(System.nanoTime() - t1);
        storeCpuNanos.addAndGet(threads.getCurrentThreadCpuTime() - cpu1);
    }

    /** A record that failed in processing still ends its job's wait: counted as failed. */
    @Override
    public void deadLettered(ConsumedEvent event) {
        if (event.payload() instanceof FeedVacancyReceived received && received.jobId() != null) {
            jobs.addProcessed(Map.of(received.jobId(), new long[] {0, 1}));
        }
    }

    private <C> Converted<C> convert(ConsumedEvent event, FeedVacancyStore<C> store) {
        FeedVacancyReceived received = (FeedVacancyReceived) event.payload();
        try {
            FeedVacancy v = received.vacancy();
            List<FeedSkill> required = v.skills().isEmpty() ? skills.suggest(v.title(), v.description())
                    : v.skills().stream().map(FeedIngestHandler::given).toList();
            return new Converted<>(received, store.check(v, required), null);
        } catch (RuntimeException e) {
            UUID id = UUID.nameUUIDFromBytes((NAME + "|" + event.envelope().id()).getBytes(StandardCharsets.UTF_8));
            DeadLetter letter = new DeadLetter(id, event.topic(), event.partition(), event.offset(), NAME,
                    DeadLetterReason.INVALID_PAYLOAD, String.valueOf(e.getMessage()), event.raw(),
                    event.envelope().subject(), received.jobId(), received.line() > 0 ? received.line() : null,
                    clock.instant());
            return new Converted<>(received, null, letter);
        }
    }

    private static FeedSkill given(VacancyState.SkillRequirement s) {
        return new FeedSkill(new SkillUri(s.uri()), s.essential(), null);
    }

    private record Converted<C>(FeedVacancyReceived received, C checked, DeadLetter deadLetter) {
    }
}
