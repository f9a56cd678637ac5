package nl.vaardig.web.candidate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.vaardig.matching.engine.CandidateMatch;
import nl.vaardig.matching.engine.MatchQuery;
import nl.vaardig.matching.engine.MatchingEngine;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.matching.model.Vacancy;
import nl.vaardig.taxonomy.region.AmrCode;
import org.springframework.stereotype.Component;

/**
 * This instance's index of searchable candidates in the matching engine. A profile is indexed once per region
 * its owner consented to be found in (under an id derived from profile and region, with that region as the
 * document's region), so the engine's region filter is exactly "consented for this region". Profiles without an
 * active employer-search consent are never indexed; withdrawing removes every copy at once.
 */
@Component
public class CandidateIndex {

    private final MatchingEngine engine;
    /** index document id → profile id, and profile id → its index document ids */
    private final Map<UUID, ProfileId> owners = new ConcurrentHashMap<>();
    private final Map<ProfileId, Set<UUID>> documents = new ConcurrentHashMap<>();

    CandidateIndex(MatchingEngine engine) {
        this.engine = engine;
    }

    /** Indexes (or re-indexes) a profile for exactly the given consented regions. */
    public synchronized void index(Profile profile, Set<AmrCode> consentedRegions) {
        removeDocuments(profile.id());
        var ids = new java.util.HashSet<UUID>();
        for (AmrCode region : consentedRegions) {
            UUID doc = documentId(profile.id(), region);
            engine.indexProfile(new Profile(new ProfileId(doc), profile.skills(), profile.wantsToLearn(), region,
                    profile.home(), profile.availability(), profile.occupation(), profile.synthetic()));
            owners.put(doc, profile.id());
            ids.add(doc);
        }
        documents.put(profile.id(), Set.copyOf(ids));
    }

    /** Removes every copy of the profile and makes the removal visible to searches before returning. */
    public synchronized void remove(ProfileId profile) {
        removeDocuments(profile);
        engine.refresh();
    }

    public void refresh() {
        engine.refresh();
    }

    /** Whether the profile is searchable on this instance now (in any region). */
    public boolean contains(ProfileId profile) {
        return documents.containsKey(profile);
    }

    /** Profiles currently searchable (each counted once, whatever its number of regions). */
    public int size() {
        return documents.size();
    }

    /** A profile found for a vacancy in its region, under the profile's own id. */
    public record Found(ProfileId profile, CandidateMatch match) {
    }

    /** The best candidates consented for the vacancy's region, best first. */
    public List<Found> search(Vacancy vacancy, MatchQuery query, int topN) {
        List<Found> out = new ArrayList<>();
        for (CandidateMatch m : engine.matchCandidates(vacancy, query.inRegions(Set.of(vacancy.region())), topN)) {
            ProfileId owner = owners.get(m.profile().value());
            if (owner != null) {
                out.add(new Found(owner, m));
            }
        }
        return out;
    }

    private void removeDocuments(ProfileId profile) {
        Set<UUID> old = documents.remove(profile);
        if (old != null) {
            for (UUID doc : old) {
                engine.removeProfile(new ProfileId(doc));
                owners.remove(doc);
            }
        }
    }

    static UUID documentId(ProfileId profile, AmrCode region) {
        return UUID.nameUUIDFromBytes((profile.value() + "|" + region.value()).getBytes(StandardCharsets.UTF_8));
    }
}
