package nl.vaardig.web.vacancy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.vaardig.ingest.event.EventCatalogue;
import nl.vaardig.ingest.event.EventEnvelope;
import nl.vaardig.ingest.event.payload.EventPayload;
import nl.vaardig.ingest.event.payload.VacancyChanged;
import nl.vaardig.ingest.event.payload.VacancyClosed;
import nl.vaardig.ingest.event.payload.VacancyPublished;
import nl.vaardig.ingest.outbox.Outbox;
import nl.vaardig.matching.model.VacancyId;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.region.AmrCode;
import nl.vaardig.web.platform.problem.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vacancy store's one entrance. Every state change writes the row and its event (published / changed /
 * closed) to the outbox in ONE transaction, so the store and the event stream never disagree. Callers do their
 * own authorisation (who may touch which employer's vacancies) before calling.
 */
@Service
public class VacancyService {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final VacancyRepository repository;
    private final Outbox outbox;
    private final TaxonomyRuntime taxonomy;
    private final Clock clock;

    public VacancyService(VacancyRepository repository, Outbox outbox, TaxonomyRuntime taxonomy) {
        this.repository = repository;
        this.outbox = outbox;
        this.taxonomy = taxonomy;
        this.clock = Clock.systemUTC();
    }

    /** Refuses skills that are not in the loaded ESCO taxonomy (the matcher can only rank known skills). */
    public VacancyDraft requireKnownSkills(VacancyDraft draft) {
        for (RequiredSkill skill : draft.skills()) {
            if (taxonomy.taxonomy().skill(skill.skill()).isEmpty()) {
                throw new IllegalArgumentException("unknown ESCO skill " + skill.skill().value());
            }
        }
        return draft;
    }

    @Transactional(readOnly = true)
    public Optional<VacancyPosting> find(VacancyId id) {
        return repository.find(id);
    }

    /**
     * The title and employer of the vacancies with these ids that exist: for rows that show no more of them (issue
     * 16: the caseload read every column of its 60 vacancies and parsed their skills to show two).
     */
    @Transactional(readOnly = true)
    public Map<VacancyId, VacancyHeadline> headlines(java.util.Collection<VacancyId> ids) {
        Map<VacancyId, VacancyHeadline> out = new LinkedHashMap<>();
        repository.headlines(ids).forEach(v -> out.put(v.id(), v));
        return out;
    }

    /** The vacancies with these ids that exist (for result cards). */
    @Transactional(readOnly = true)
    public Map<VacancyId, VacancyPosting> findAll(java.util.Collection<VacancyId> ids) {
        Map<VacancyId, VacancyPosting> out = new LinkedHashMap<>();
        repository.findAll(ids).forEach(v -> out.put(v.id(), v));
        return out;
    }

    /**
     * How many published vacancies for each occupation are open today (Amsterdam date), in one region or, with
     * {@code region} null, in the whole country; occupations without any are absent.
     */
    @Transactional(readOnly = true)
    public Map<OccupationUri, Integer> openPerOccupation(Collection<OccupationUri> occupations, AmrCode region) {
        Map<OccupationUri, Integer> out = new LinkedHashMap<>();
        if (occupations.isEmpty()) {
            return out;
        }
        LocalDate today = LocalDate.now(clock.withZone(AMSTERDAM));
        repository.openPerOccupation(occupations.stream().map(OccupationUri::value).toList(),
                region == null ? null : region.value(), today).forEach((uri, n) -> out.put(new OccupationUri(uri), n));
        return out;
    }

    /** One employer organisation's vacancies (drafts, published and closed), at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<VacancyPosting> ofEmployer(String employer, int limit) {
        return repository.listByEmployer(employer, limit);
    }

    /** Stores a private draft; no event (drafts are visible only to the employer). */
    @Transactional
    public VacancyPosting saveDraft(VacancyDraft draft) {
        requireKnownSkills(draft);
        VacancyPosting vacancy = new VacancyPosting(VacancyId.random(), draft, VacancyStatus.DRAFT, new VacancySource.Ui(), 1);
        repository.insert(vacancy);
        return vacancy;
    }

    /** Stores and publishes a new vacancy typed in the UI; emits {@code VacancyPublished}. */
    @Transactional
    public VacancyPosting publish(VacancyDraft draft) {
        requireKnownSkills(draft);
        VacancyPosting vacancy = new VacancyPosting(VacancyId.random(), draft, VacancyStatus.PUBLISHED, new VacancySource.Ui(), 1);
        repository.insert(vacancy);
        emit(new VacancyPublished(VacancyEvents.state(vacancy)));
        return vacancy;
    }

    /** Publishes a draft; emits {@code VacancyPublished}. */
    @Transactional
    public VacancyPosting publishDraft(VacancyId id, long expectedVersion) {
        VacancyPosting current = current(id, expectedVersion);
        if (current.status() != VacancyStatus.DRAFT) {
            throw new IllegalArgumentException("only a draft can be published; this vacancy is " + current.status());
        }
        VacancyPosting published = save(current.withStatus(VacancyStatus.PUBLISHED));
        emit(new VacancyPublished(VacancyEvents.state(published)));
        return published;
    }

    /** Changes the content; a published vacancy emits {@code VacancyChanged}, a draft nothing. */
    @Transactional
    public VacancyPosting change(VacancyId id, long expectedVersion, VacancyDraft draft) {
        requireKnownSkills(draft);
        VacancyPosting current = current(id, expectedVersion);
        if (current.status() == VacancyStatus.CLOSED) {
            throw new IllegalArgumentException("a closed vacancy cannot be changed");
        }
        VacancyPosting changed = save(current.withContent(draft));
        if (changed.status() == VacancyStatus.PUBLISHED) {
            emit(new VacancyChanged(VacancyEvents.state(changed)));
        }
        return changed;
    }

    /** Closes a draft or published vacancy; emits {@code VacancyClosed} for a published one. */
    @Transactional
    public VacancyPosting close(VacancyId id, long expectedVersion, VacancyClosed.Reason reason) {
        VacancyPosting current = current(id, expectedVersion);
        if (current.status() == VacancyStatus.CLOSED) {
            throw new IllegalArgumentException("this vacancy is already closed");
        }
        VacancyPosting closed = save(current.withStatus(VacancyStatus.CLOSED));
        if (current.status() == VacancyStatus.PUBLISHED) {
            emit(new VacancyClosed(id.value(), closed.content().region().value(), reason, closed.version()));
        }
        return closed;
    }

    /** What a feed batch did to the store. */
    public record FeedUpsert(int inserted, int updated, int unchanged, List<VacancyPosting> stored) {
    }

    /**
     * Upserts feed vacancies by (feed, external id) in one statement and emits {@code VacancyPublished} for new ones
     * and {@code VacancyChanged} for changed ones, in the caller's transaction (the feed consumer's batch). A
     * record equal to what is stored changes nothing and emits nothing. Within the batch, the last record of an
     * external id wins. Each draft has passed {@link #requireKnownSkills} already: the feed pipeline checks every
     * record on its own, so that one with an unknown skill becomes a dead letter instead of failing the batch.
     */
    @Transactional
    public FeedUpsert upsertFromFeed(List<VacancyDraftFromFeed> items) {
        Map<VacancySource.Feed, VacancyPosting> distinct = new LinkedHashMap<>(); // the record: (feed, external id)
        for (VacancyDraftFromFeed item : items) {
            distinct.put(item.source(), new VacancyPosting(VacancyId.random(), item.draft(), VacancyStatus.PUBLISHED,
                    item.source(), 1));
        }
        List<VacancyRepository.Upserted> upserted = repository.upsertFeed(List.copyOf(distinct.values()));
        List<EventEnvelope<? extends EventPayload>> events = new ArrayList<>(upserted.size());
        int inserted = 0;
        for (VacancyRepository.Upserted u : upserted) {
            if (u.outcome() == VacancyRepository.UpsertOutcome.INSERTED) {
                inserted++;
                events.add(EventCatalogue.envelope(new VacancyPublished(VacancyEvents.state(u.vacancy())),
                        EventCatalogue.WEB_API_SOURCE, clock));
            } else {
                events.add(EventCatalogue.envelope(new VacancyChanged(VacancyEvents.state(u.vacancy())),
                        EventCatalogue.WEB_API_SOURCE, clock));
            }
        }
        outbox.appendAll(events);
        return new FeedUpsert(inserted, upserted.size() - inserted, items.size() - upserted.size(),
                upserted.stream().map(VacancyRepository.Upserted::vacancy).toList());
    }

    /**
     * Stores feed vacancies that are not stored yet (by feed and external id) and emits {@code VacancyPublished} for
     * each new one; a stored vacancy is left exactly as it is, even when the record differs (the demo employer
     * closed or edited it). For seeding; a real feed uses {@link #upsertFromFeed}. Returns how many were new.
     */
    @Transactional
    public int insertFromFeedIfAbsent(List<VacancyDraftFromFeed> items) {
        Map<String, VacancyPosting> distinct = new LinkedHashMap<>();
        for (VacancyDraftFromFeed item : items) {
            requireKnownSkills(item.draft());
            VacancyPosting candidate = new VacancyPosting(VacancyId.random(), item.draft(), VacancyStatus.PUBLISHED, item.source(), 1);
            distinct.put(item.source().tag() + "\u0000" + item.source().externalId(), candidate);
        }
        List<VacancyPosting> inserted = repository.insertFeedIfAbsent(List.copyOf(distinct.values()));
        outbox.appendAll(inserted.stream().<EventEnvelope<? extends EventPayload>>map(v -> EventCatalogue.envelope(
                new VacancyPublished(VacancyEvents.state(v)), EventCatalogue.WEB_API_SOURCE, clock)).toList());
        return inserted.size();
    }

    /** A feed vacancy ready for the store: content plus its feed identity. */
    public record VacancyDraftFromFeed(VacancyDraft draft, VacancySource.Feed source) {
        public VacancyDraftFromFeed {
            java.util.Objects.requireNonNull(draft, "draft");
            java.util.Objects.requireNonNull(source, "source");
        }
    }

    private VacancyPosting current(VacancyId id, long expectedVersion) {
        VacancyPosting current = repository.find(id).orElseThrow(() -> new NotFoundException("vacancy " + id));
        if (current.version() != expectedVersion) {
            throw new VacancyVersionConflictException("vacancy " + id + " is at version " + current.version()
                    + ", not " + expectedVersion);
        }
        return current;
    }

    private VacancyPosting save(VacancyPosting next) {
        if (!repository.update(next)) {
            throw new VacancyVersionConflictException("vacancy " + next.id() + " was changed meanwhile");
        }
        return next;
    }

    private void emit(EventPayload payload) {
        outbox.append(EventCatalogue.envelope(payload, EventCatalogue.WEB_API_SOURCE, clock));
    }
}
