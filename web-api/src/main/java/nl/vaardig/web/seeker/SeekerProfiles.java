package nl.vaardig.web.seeker;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.vaardig.ingest.event.EventCatalogue;
import nl.vaardig.ingest.event.payload.ConsentChanged;
import nl.vaardig.ingest.event.payload.ProfileRegistered;
import nl.vaardig.ingest.outbox.Outbox;
import nl.vaardig.matching.model.HoursPerWeek;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.matching.model.ProfileSkill;
import nl.vaardig.matching.model.SelfAssessment;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.taxonomy.model.ConceptUri;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.region.AmrCode;
import nl.vaardig.web.audit.AuditAction;
import nl.vaardig.web.audit.AuditLog;
import nl.vaardig.web.candidate.CandidateService;
import nl.vaardig.web.candidate.Consent;
import nl.vaardig.web.candidate.ConsentKind;
import nl.vaardig.web.platform.problem.NotFoundException;
import nl.vaardig.web.platform.security.CurrentUser;
import nl.vaardig.web.taxonomy.LabelView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A job seeker's own profile and consents. There is no profile id in any request: the profile is always the one the
 * signed-in account owns, so nobody reaches another person's profile. Every change writes its audit line (actor: the
 * seeker) and its event (ProfileRegistered, ConsentChanged with the complete granted set) in the same transaction.
 */
@Service
public class SeekerProfiles {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final CandidateService candidates;
    private final SeekerProfileStore store;
    private final TaxonomyRuntime taxonomy;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    SeekerProfiles(CandidateService candidates, SeekerProfileStore store, TaxonomyRuntime taxonomy, Outbox outbox,
                   AuditLog audit) {
        this.candidates = candidates;
        this.store = store;
        this.taxonomy = taxonomy;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** The profile of the signed-in account, if the person registered one (for the other features of issue 6). */
    public Optional<ProfileId> own(CurrentUser user) {
        return candidates.profileOwnedBy(user.subject());
    }

    @Transactional
    public ProfileView create(CurrentUser user, ProfileForm form, Locale locale) {
        if (own(user).isPresent()) {
            throw new SeekerRefusals.StateConflict("Je hebt al een profiel; wijzig het in de profieleditor.",
                    "You already have a profile; change it in the profile editor.");
        }
        ProfileChecks.profile(taxonomy, form, true, locale);
        Profile profile = toProfile(ProfileId.random(), form);
        List<Consent> consents = form.consents().stream()
                .map(c -> Consent.given(profile.id(), c.kind(), regionsOf(c.kind(), c.regions(), profile.region()),
                        ConsentWording.VERSION, clock.instant()))
                .toList();
        candidates.storeOwned(profile, user.subject(), consents);
        store.saveProof(profile.id(), form.skills());
        outbox.append(EventCatalogue.envelope(new ProfileRegistered(profile.id().value(), profile.region().value(),
                LocalDate.now(clock.withZone(AMSTERDAM)))));
        announceConsents(profile.id(), profile.region());
        audit.record(user, AuditAction.PROFILE_CREATED, profile.id().value(), "skills=" + profile.skills().size());
        for (Consent c : consents) {
            audit.record(user, AuditAction.CONSENT_GIVEN, profile.id().value(), describe(c.kind(), c.regions()));
        }
        return view(profile.id());
    }

    @Transactional(readOnly = true)
    public ProfileView read(CurrentUser user) {
        return view(required(user));
    }

    /** A profile as its owner sees it, by id: for features that already checked who may see it (the skills passport). */
    @Transactional(readOnly = true)
    public ProfileView viewOf(ProfileId id) {
        return view(id);
    }

    @Transactional
    public ProfileView replace(CurrentUser user, ProfileForm form, Locale locale) {
        ProfileId id = required(user);
        ProfileChecks.profile(taxonomy, form, false, locale);
        Profile profile = toProfile(id, form);
        if (candidates.replace(profile, form.version()).isEmpty()) {
            throw new SeekerRefusals.VersionConflict();
        }
        store.saveProof(id, form.skills());
        audit.record(user, AuditAction.PROFILE_CHANGED, id.value(), "skills=" + profile.skills().size());
        return view(id);
    }

    @Transactional(readOnly = true)
    public ProfileView.Consents consents(CurrentUser user) {
        return consentsOf(required(user));
    }

    /** Gives a consent, or changes its regions: a new record, and the one it replaces is withdrawn. */
    @Transactional
    public ProfileView.Consents give(CurrentUser user, ConsentKind kind, List<String> regions, Locale locale) {
        ProfileId id = required(user);
        ProfileChecks.consentRegions(taxonomy, kind, regions, locale);
        AmrCode home = new AmrCode(store.profile(id).orElseThrow().region());
        Set<AmrCode> chosen = regionsOf(kind, regions, home);
        // the record it replaces ends now; employer search is re-indexed for the new regions after commit
        candidates.withdraw(id, kind);
        candidates.recordConsents(List.of(Consent.given(id, kind, chosen, ConsentWording.VERSION, clock.instant())));
        announceConsents(id, home);
        audit.record(user, AuditAction.CONSENT_GIVEN, id.value(), describe(kind, chosen));
        return consentsOf(id);
    }

    /** Withdraws a consent at once; employer search: gone from the candidate index before this returns. */
    @Transactional
    public ProfileView.Consents withdraw(CurrentUser user, ConsentKind kind) {
        ProfileId id = required(user);
        if (kind == ConsentKind.KEEP_PROFILE) {
            throw new SeekerRefusals.StateConflict(
                    "Zonder toestemming om je profiel te bewaren, verwijderen wij je gegevens: doe dat onder 'Mijn gegevens'.",
                    "Without consent to keep your profile we delete your data: do that under 'My data'.");
        }
        if (candidates.withdraw(id, kind) > 0) {
            AmrCode home = new AmrCode(store.profile(id).orElseThrow().region());
            announceConsents(id, home);
            audit.record(user, AuditAction.CONSENT_WITHDRAWN, id.value(), kind.name());
        }
        return consentsOf(id);
    }

    private ProfileId required(CurrentUser user) {
        return own(user).orElseThrow(() -> new NotFoundException("no profile for this account"));
    }

    /** The complete set of consents in force now, on the profile topic. */
    private void announceConsents(ProfileId id, AmrCode region) {
        Set<ConsentChanged.Scope> granted = EnumSet.noneOf(ConsentChanged.Scope.class);
        candidates.consents(id).stream().filter(Consent::active).forEach(c -> granted.add(c.kind().eventScope()));
        outbox.append(EventCatalogue.envelope(new ConsentChanged(id.value(), region.value(), granted)));
    }

    private static Set<AmrCode> regionsOf(ConsentKind kind, List<String> regions, AmrCode home) {
        if (!ProfileChecks.REGIONAL.contains(kind) || regions.isEmpty()) {
            return Set.of(home);
        }
        return regions.stream().map(AmrCode::new).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Kind and region codes only: audit details never carry anything about the person. */
    private static String describe(ConsentKind kind, Set<AmrCode> regions) {
        return kind.name() + " " + regions.stream().map(AmrCode::value).sorted().collect(Collectors.joining(","));
    }

    private static Profile toProfile(ProfileId id, ProfileForm form) {
        List<ProfileSkill> skills = new ArrayList<>();
        for (ProfileForm.SkillForm s : form.skills()) {
            skills.add(new ProfileSkill(new SkillUri(s.uri().strip()), s.level(), s.evidence(),
                    new SelfAssessment(s.doesIt(), s.canDoIt(), s.wantsToLearn(), s.givesEnergy())));
        }
        HoursPerWeek hours = form.hours() == null ? null : new HoursPerWeek(form.hours().min(), form.hours().max());
        OccupationUri occupation = form.occupation() == null || form.occupation().isBlank() ? null
                : new OccupationUri(form.occupation().strip());
        return new Profile(id, skills, Set.of(), new AmrCode(form.region()), null, hours, occupation, false);
    }

    private ProfileView view(ProfileId id) {
        SeekerProfileStore.Row row = store.profile(id).orElseThrow(() -> new NotFoundException("profile " + id));
        List<ProfileView.Skill> skills = store.skills(id).stream()
                .map(s -> {
                    LabelView nl = label(new SkillUri(s.uri()), DUTCH);
                    return new ProfileView.Skill(s.uri(), nl.label(), nl.labelLanguage(), nl.derived(),
                            label(new SkillUri(s.uri()), Locale.ENGLISH).label(), s.level(), s.evidence(), s.doesIt(),
                            s.canDoIt(), s.wantsToLearn(), s.givesEnergy(), s.proofText(), s.proofUrl());
                })
                .toList();
        ProfileView.Concept occupation = row.occupation() == null ? null : concept(new OccupationUri(row.occupation()));
        ProfileView.Hours hours = row.hoursMin() == null ? null : new ProfileView.Hours(row.hoursMin(), row.hoursMax());
        return new ProfileView(row.id(), row.version(), row.region(), hours, occupation, skills);
    }

    private ProfileView.Concept concept(OccupationUri uri) {
        LabelView nl = label(uri, DUTCH);
        return new ProfileView.Concept(uri.value(), nl.label(), nl.labelLanguage(), nl.derived(),
                label(uri, Locale.ENGLISH).label());
    }

    private LabelView label(ConceptUri uri, Locale locale) {
        return LabelView.of(taxonomy.taxonomy(), uri, locale);
    }

    private ProfileView.Consents consentsOf(ProfileId id) {
        List<ProfileView.ConsentRecord> items = candidates.consents(id).stream()
                .sorted(Comparator.comparing(Consent::givenAt).reversed())
                .map(c -> new ProfileView.ConsentRecord(c.id(), c.kind().name(),
                        c.regions().stream().map(AmrCode::value).sorted().collect(Collectors.toCollection(LinkedHashSet::new)),
                        c.givenAt(), c.withdrawnAt(), c.wordingVersion(), c.active()))
                .toList();
        return new ProfileView.Consents(ConsentWording.VERSION, items);
    }
}
