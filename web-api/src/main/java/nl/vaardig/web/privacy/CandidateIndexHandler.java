package nl.vaardig.web.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vaardig.ingest.consumer.ConsumedEvent;
import nl.vaardig.ingest.consumer.EventHandler;
import nl.vaardig.ingest.event.Topic;
import nl.vaardig.ingest.event.payload.ProfileDeleted;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.taxonomy.region.AmrCode;
import nl.vaardig.web.candidate.CandidateIndex;
import nl.vaardig.web.candidate.CandidateService;
import org.springframework.stereotype.Component;

/**
 * Keeps every instance's candidate index in step with the profile topic, so a consent given or withdrawn on one
 * instance changes employer search on all of them. The event only says "this profile changed"; what is searchable
 * is read again from the tables (profile + active employer-search regions), so an event that arrives late, twice or
 * out of order still leaves the index as the tables say. {@code ProfileDeleted} removes the profile. (A read that
 * races a change on this instance may index the state just before it; the change's own event corrects that, and
 * employer search checks the consent in the table for every answer anyway.)
 */
@Component
class CandidateIndexHandler implements EventHandler {

    static final String NAME = "vaardig.candidate-index";

    private final CandidateService candidates;
    private final CandidateIndex index;

    CandidateIndexHandler(CandidateService candidates, CandidateIndex index) {
        this.candidates = candidates;
        this.index = index;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Topic> topics() {
        return Set.of(Topic.PROFILE);
    }

    /** The index lives in each instance: each needs every event (group {@code vaardig.candidate-index.<instance>}). */
    @Override
    public Delivery delivery() {
        return Delivery.PER_INSTANCE;
    }

    @Override
    public void handle(List<ConsumedEvent> events) {
        // per profile only the last event of the batch matters: the tables are read once for it
        Map<ProfileId, Boolean> deleted = new LinkedHashMap<>();
        for (ConsumedEvent event : events) {
            profileOf(event).ifPresent(id -> {
                deleted.remove(id);
                deleted.put(id, event.payload() instanceof ProfileDeleted);
            });
        }
        if (deleted.isEmpty()) {
            return;
        }
        List<ProfileId> toRead = deleted.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
        Map<ProfileId, Set<AmrCode>> regions = candidates.activeSearchRegions(toRead);
        for (Map.Entry<ProfileId, Boolean> e : deleted.entrySet()) {
            ProfileId id = e.getKey();
            Set<AmrCode> searchable = e.getValue() ? Set.of() : regions.getOrDefault(id, Set.of());
            Optional<Profile> profile = searchable.isEmpty() ? Optional.empty() : candidates.find(id);
            if (profile.isPresent()) {
                index.index(profile.get(), searchable);
            } else if (index.contains(id)) {
                index.remove(id);
            }
        }
        index.refresh();
    }

    private static Optional<ProfileId> profileOf(ConsumedEvent event) {
        try {
            return Optional.of(new ProfileId(UUID.fromString(event.payload().subject())));
        } catch (IllegalArgumentException notAProfileId) {
            return Optional.empty();
        }
    }
}
