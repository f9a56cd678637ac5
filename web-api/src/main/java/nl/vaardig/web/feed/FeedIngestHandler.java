package nl.vaardig.web.feed;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import nl.vaardig.ingest.deadletter.DeadLetterReason;
import nl.vaardig.ingest.event.Topic;
import nl.vaardig.ingest.event.payload.FeedVacancyReceived;
import nl.vaardig.ingest.event.payload.VacancyState;
import nl.vaardig.ingest.feed.FeedVacancy;
import nl.vaardig.matching.model.ContractType;
import nl.vaardig.matching.model.GeoPoint;
import nl.vaardig.matching.model.HoursPerWeek;
import nl.vaardig.matching.model.IscoCode;
import nl.vaardig.matching.model.ValidityPeriod;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.region.AmrCode;
import nl.vaardig.web.events.ConsumedEvent;
import nl.vaardig.web.events.DeadLetter;
import nl.vaardig.web.events.DeadLetterPublisher;
import nl.vaardig.web.events.EventHandler;
import nl.vaardig.web.vacancy.RequiredSkill;
import nl.vaardig.web.vacancy.VacancyDraft;
import nl.vaardig.web.vacancy.VacancyService;
import nl.vaardig.web.vacancy.VacancyService.VacancyDraftFromFeed;
import nl.vaardig.web.vacancy.VacancySource;
import nl.vaardig.web.vacancy.WorkLocation;
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
    private final VacancyService vacancies;
    private final FeedJobs jobs;
    private final DeadLetterPublisher deadLetters;
    private final Clock clock = Clock.systemUTC();
    private final AtomicLong extractionNanos = new AtomicLong();
    private final AtomicLong storeNanos = new AtomicLong();

    FeedIngestHandler(SkillSuggester skills, VacancyService vacancies, FeedJobs jobs, DeadLetterPublisher deadLetters) {
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

    /** Time spent extracting and storing, for the benchmark's bottleneck report. */
    public long[] nanosExtractAndStore() {
        return new long[] {extractionNanos.get(), storeNanos.get()};
    }

    @Override
    public void handle(List<ConsumedEvent> events) {
        long t0 = System.nanoTime();
        List<Converted> converted = events.parallelStream().map(this::convert).toList();
        long t1 = System.nanoTime();
        List<VacancyDraftFromFeed> ok = new ArrayList<>(converted.size());
        List<DeadLetter> failed = new ArrayList<>();
        Map<UUID, long[]> perJob = new HashMap<>();
        for (Converted c : converted) {
            UUID job = c.received().jobId();
            if (c.draft() != null) {
                ok.add(c.draft());
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
        vacancies.upsertFromFeed(ok);
        jobs.addProcessed(perJob);
        deadLetters.publish(failed);
        extractionNanos.addAndGet(t1 - t0);
        storeNanos.addAndGet(System.nanoTime() - t1);
    }

    /** A record that failed in processing still ends its job's wait: counted as failed. */
    @Override
    public void deadLettered(ConsumedEvent event) {
        if (event.payload() instanceof FeedVacancyReceived received && received.jobId() != null) {
            jobs.addProcessed(Map.of(received.jobId(), new long[] {0, 1}));
        }
    }

    private Converted convert(ConsumedEvent event) {
        FeedVacancyReceived received = (FeedVacancyReceived) event.payload();
        try {
            return new Converted(received, draft(received.vacancy()), null);
        } catch (RuntimeException e) {
            UUID id = UUID.nameUUIDFromBytes((NAME + "|" + event.envelope().id()).getBytes(StandardCharsets.UTF_8));
            DeadLetter letter = new DeadLetter(id, event.topic(), event.partition(), event.offset(), NAME,
                    DeadLetterReason.INVALID_PAYLOAD, String.valueOf(e.getMessage()), event.raw(),
                    event.envelope().subject(), received.jobId(), received.line() > 0 ? received.line() : null,
                    clock.instant());
            return new Converted(received, null, letter);
        }
    }

    private VacancyDraftFromFeed draft(FeedVacancy v) {
        List<RequiredSkill> required = v.skills().isEmpty() ? skills.suggest(v.title(), v.description())
                : v.skills().stream().map(FeedIngestHandler::given).toList();
        WorkLocation location = v.gemeente() == null && v.latitude() == null ? null
                : new WorkLocation(v.gemeente(), v.latitude() == null ? null : new GeoPoint(v.latitude(), v.longitude()));
        VacancyDraft draft = new VacancyDraft(v.employer(), v.title(), v.description(), new AmrCode(v.region()),
                location, new HoursPerWeek(v.hoursMin(), v.hoursMax()), ContractType.valueOf(v.contractType()),
                v.occupation() == null ? null : new OccupationUri(v.occupation()),
                v.isco() == null ? null : new IscoCode(v.isco()), required, new ValidityPeriod(v.validFrom(), v.validUntil()));
        vacancies.requireKnownSkills(draft);
        return new VacancyDraftFromFeed(draft, new VacancySource.Feed(v.feed(), v.externalId()));
    }

    private static RequiredSkill given(VacancyState.SkillRequirement s) {
        return new RequiredSkill(new SkillUri(s.uri()), s.essential(), null);
    }

    private record Converted(FeedVacancyReceived received, VacancyDraftFromFeed draft, DeadLetter deadLetter) {
    }
}
