package nl.vaardig.web.candidate;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.region.AmrCode;
import nl.vaardig.web.platform.problem.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Candidate profiles and their consents: the one entrance for writing them (the job-seeker registration of issue 6
 * and the demo seeding), and for keeping this instance's candidate index in step: a consent makes a profile
 * findable in its regions, a withdrawal removes it from the index before the call returns.
 */
@Service
public class CandidateService {

    private static final Logger log = LoggerFactory.getLogger(CandidateService.class);

    private final CandidateRepository repository;
    private final CandidateIndex index;
    private final TaxonomyRuntime taxonomy;
    private final Clock clock = Clock.systemUTC();

    CandidateService(CandidateRepository repository, CandidateIndex index, TaxonomyRuntime taxonomy) {
        this.repository = repository;
        this.index = index;
        this.taxonomy = taxonomy;
    }

    /** Stores new profiles (not yet findable: that takes a consent). Every profile needs a region and known skills. */
    @Transactional
    public void store(List<Profile> profiles) {
        for (Profile p : profiles) {
            Objects.requireNonNull(p.region(), "a candidate profile needs a region");
            p.skills().forEach(s -> requireKnown(s.skill()));
            p.wantsToLearn().forEach(this::requireKnown);
        }
        repository.insertProfiles(profiles);
    }

    /**
     * Stores profiles together with their consent records in one transaction, without touching the index: for bulk
     * loads before {@link #rebuildIndex()} runs at start (the demo seeding).
     */
    @Transactional
    public void storeWithConsents(List<Profile> profiles, List<Consent> consents) {
        store(profiles);
        repository.insertConsents(consents);
    }

    /**
     * Indexes stored profiles for the regions their active consents allow: for bulk loads after the index rebuild at
     * start (the demo seeding after "ready").
     */
    @Transactional(readOnly = true)
    public void index(List<ProfileId> profiles) {
        var regions = repository.activeSearchRegions(profiles);
        repository.findAll(regions.keySet()).forEach(p -> index.index(p, regions.get(p.id())));
        index.refresh();
    }

    /** Records consents as given (e.g. by the registration flow) and indexes the profiles for their regions. */
    @Transactional
    public void recordConsents(List<Consent> consents) {
        repository.insertConsents(consents);
        afterCommit(() -> {
            Map<ProfileId, Set<AmrCode>> regions = repository.activeSearchRegions(
                    consents.stream().map(Consent::profile).distinct().toList());
            regions.forEach((id, r) -> repository.find(id).ifPresent(p -> index.index(p, r)));
            index.refresh();
        });
    }

    /**
     * Withdraws the person's active consent of that kind at once. Without employer-search consent the profile leaves
     * this instance's candidate index before the call returns. Returns how many records were active.
     */
    @Transactional
    public int withdraw(ProfileId profile, ConsentKind kind) {
        if (repository.find(profile).isEmpty()) {
            throw new NotFoundException("profile " + profile);
        }
        int withdrawn = repository.withdraw(profile, kind, clock.instant());
        if (kind == ConsentKind.EMPLOYER_SEARCH) {
            // removed from the index at once; the query-time consent check covers the moment until commit
            index.remove(profile);
        }
        return withdrawn;
    }

    /**
     * Replaces a stored profile (region, hours, occupation, skills) when it is still at the expected version; the new
     * version, or empty when it changed meanwhile (optimistic locking). Re-indexed after commit when findable.
     */
    @Transactional
    public Optional<Long> replace(Profile profile, long expectedVersion) {
        Objects.requireNonNull(profile.region(), "a candidate profile needs a region");
        profile.skills().forEach(s -> requireKnown(s.skill()));
        profile.wantsToLearn().forEach(this::requireKnown);
        Optional<Long> version = repository.replace(profile, expectedVersion);
        version.ifPresent(v -> afterCommit(() -> {
            Set<AmrCode> regions = repository.activeSearchRegions(List.of(profile.id())).get(profile.id());
            if (regions != null && !regions.isEmpty()) {
                repository.find(profile.id()).ifPresent(p -> index.index(p, regions));
                index.refresh();
            }
        }));
        return version;
    }

    /** The version of a stored profile (bumped by every change), for optimistic locking. */
    @Transactional(readOnly = true)
    public Optional<Long> version(ProfileId profile) {
        return repository.version(profile);
    }

    /**
     * Stores a profile that belongs to an account, with its first consents, in one transaction; indexes it for
     * employer search after commit when that consent is among them.
     */
    @Transactional
    public void storeOwned(Profile profile, String ownerSubject, List<Consent> consents) {
        if (repository.ownedBy(ownerSubject).isPresent()) {
            throw new IllegalStateException("this account already has a profile");
        }
        store(List.of(profile));
        repository.setOwner(profile.id(), ownerSubject);
        recordConsents(consents);
    }

    /** The profile of an account (the token's subject), if the person registered one. */
    @Transactional(readOnly = true)
    public Optional<ProfileId> profileOwnedBy(String ownerSubject) {
        return repository.ownedBy(ownerSubject);
    }

    /** Profiles with an active consent of that kind in any of the regions, with their consented regions. */
    @Transactional(readOnly = true)
    public Map<ProfileId, Set<AmrCode>> activeConsents(ConsentKind kind, Collection<AmrCode> inAnyOf) {
        return inAnyOf.isEmpty() ? Map.of() : repository.activeRegions(kind, inAnyOf);
    }

    @Transactional(readOnly = true)
    public Optional<Profile> find(ProfileId id) {
        return repository.find(id);
    }

    /** The stored profiles of these ids (absent ones are left out), in one query. */
    @Transactional(readOnly = true)
    public Map<ProfileId, Profile> findAll(Collection<ProfileId> ids) {
        Map<ProfileId, Profile> out = new HashMap<>();
        repository.findAll(ids).forEach(p -> out.put(p.id(), p));
        return out;
    }

    @Transactional(readOnly = true)
    public List<Consent> consents(ProfileId id) {
        return repository.consents(id);
    }

    /** The regions each profile is consented to be found in right now (the authoritative check, from the table). */
    @Transactional(readOnly = true)
    public Map<ProfileId, Set<AmrCode>> activeSearchRegions(Collection<ProfileId> profiles) {
        return repository.activeSearchRegions(profiles);
    }

    @Transactional(readOnly = true)
    public long syntheticProfiles() {
        return repository.countSynthetic();
    }

    /** Rebuilds this instance's candidate index from the tables (at start). */
    @Transactional(readOnly = true)
    public void rebuildIndex() {
        long started = System.nanoTime();
        repository.forEachSearchable(index::index);
        index.refresh();
        log.info("Candidate index rebuilt: {} consenting profiles in {} ms", index.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private void requireKnown(SkillUri skill) {
        if (taxonomy.taxonomy().skill(skill).isEmpty()) {
            throw new IllegalArgumentException("unknown ESCO skill " + skill.value());
        }
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
