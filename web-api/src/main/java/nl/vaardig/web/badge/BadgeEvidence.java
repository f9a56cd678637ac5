package nl.vaardig.web.badge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.web.audit.AuditAction;
import nl.vaardig.web.audit.AuditLog;
import nl.vaardig.web.platform.problem.NotFoundException;
import nl.vaardig.web.platform.security.CurrentUser;
import nl.vaardig.web.seeker.SeekerProfiles;
import nl.vaardig.web.taxonomy.LabelView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open Badges as evidence for skills in the seeker's own profile (issue 18). An import reads the file, keeps the
 * badge's ESCO skills this taxonomy knows, and stores the badge with them; a file that is not a usable badge is
 * refused before anything is written. The profile's skills are not changed: the seeker chooses in the editor which
 * of the badge's skills to add, and a badge counts as evidence for each aligned skill that is in the profile.
 */
@Service
public class BadgeEvidence {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final SeekerProfiles profiles;
    private final BadgeStore store;
    private final TaxonomyRuntime taxonomy;
    private final AuditLog audit;

    BadgeEvidence(SeekerProfiles profiles, BadgeStore store, TaxonomyRuntime taxonomy, AuditLog audit) {
        this.profiles = profiles;
        this.store = store;
        this.taxonomy = taxonomy;
        this.audit = audit;
    }

    @Transactional
    public BadgeView importFile(CurrentUser user, byte[] bytes) {
        UUID profileId = profileOf(user);
        BadgeFile.Extracted extracted = BadgeFile.read(bytes);
        OpenBadge read = OpenBadgeReader.read(extracted.text());
        if (read.escoSkillUris().isEmpty()) {
            throw new BadgeRejected(BadgeRejected.Reason.NO_ESCO_ALIGNMENT);
        }
        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String uri : read.escoSkillUris()) {
            (taxonomy.taxonomy().skill(new SkillUri(uri)).isPresent() ? known : unknown).add(uri);
        }
        if (known.isEmpty()) {
            throw new BadgeRejected(BadgeRejected.Reason.UNKNOWN_SKILLS);
        }
        if (store.exists(profileId, read.sourceId())) {
            throw new BadgeRejected(BadgeRejected.Reason.ALREADY_IMPORTED);
        }
        OpenBadge kept = new OpenBadge(read.spec(), read.name(), read.issuer(), read.issuedOn(), read.sourceId(), known,
                read.verificationReason());
        UUID id = UUID.randomUUID();
        store.insert(id, profileId, kept, extracted.container(), extracted.text());
        // codes and counts only: the badge's name may say more about the person than the audit trail should
        audit.record(user, AuditAction.BADGE_IMPORTED, profileId, read.spec().name() + " skills=" + known.size());
        BadgeStore.Row row = store.find(profileId, id).orElseThrow();
        return view(row, store.profileSkills(profileId), unknown);
    }

    @Transactional(readOnly = true)
    public List<BadgeView> list(CurrentUser user) {
        UUID profileId = profileOf(user);
        return badgesOf(profileId);
    }

    /** The badges of a profile (for the person's own export too). */
    @Transactional(readOnly = true)
    public List<BadgeView> badgesOf(UUID profileId) {
        Set<String> inProfile = store.profileSkills(profileId);
        return store.list(profileId).stream().map(r -> view(r, inProfile, List.of())).toList();
    }

    /** The badge file's content as imported (the badge JSON), for the export. */
    @Transactional(readOnly = true)
    public String document(UUID profileId, UUID badgeId) {
        return store.document(profileId, badgeId).orElseThrow(() -> new NotFoundException("badge " + badgeId));
    }

    @Transactional
    public void remove(CurrentUser user, UUID badgeId) {
        UUID profileId = profileOf(user);
        if (!store.delete(profileId, badgeId)) {
            throw new NotFoundException("badge " + badgeId);
        }
        audit.record(user, AuditAction.BADGE_REMOVED, profileId, null);
    }

    private UUID profileOf(CurrentUser user) {
        return profiles.own(user).orElseThrow(() -> new NotFoundException("no profile for this account")).value();
    }

    private BadgeView view(BadgeStore.Row row, Set<String> inProfile, List<String> ignored) {
        List<BadgeView.Skill> skills = row.skillUris().stream().map(uri -> {
            SkillUri skill = new SkillUri(uri);
            LabelView nl = LabelView.of(taxonomy.taxonomy(), skill, DUTCH);
            return new BadgeView.Skill(uri, nl.label(), nl.labelLanguage(), nl.derived(),
                    LabelView.of(taxonomy.taxonomy(), skill, Locale.ENGLISH).label(), inProfile.contains(uri));
        }).toList();
        return new BadgeView(row.id(), row.spec(), row.container(), row.name(), row.issuer(), row.issuedOn(), row.importedAt(),
                false, row.verificationReason(), skills, ignored);
    }
}
