package nl.vaardig.web.passport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.web.audit.AuditAction;
import nl.vaardig.web.audit.AuditLog;
import nl.vaardig.web.platform.problem.InputRejectedException;
import nl.vaardig.web.platform.problem.NotFoundException;
import nl.vaardig.web.platform.problem.ProblemTexts;
import nl.vaardig.web.platform.security.CurrentUser;
import nl.vaardig.web.platform.security.LinkToken;
import nl.vaardig.web.platform.security.Role;
import nl.vaardig.web.seeker.SeekerProfiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see a person's passport, and the audit of every look. The owner sees and shares their own; a link opens it
 * for anyone holding the token; a named coach or employer account opens what was shared with it while signed in.
 * Everything that is not (or no longer) shared answers 404 the same way — revoked, expired, unknown, someone else's,
 * consent withdrawn or account erased — so a refusal tells nothing. Each view writes its audit line before the
 * passport leaves the server, in the transaction that read the share.
 */
@Service
public class PassportSharing {

    static final int MAX_DAYS = 90;
    static final int DEFAULT_DAYS = 30;
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@+-]{1,100}");

    public enum Format { PAGE, PDF }

    /** A new link: the token is returned this once and never stored. */
    public record CreatedLink(ShareView share, String token) {
    }

    /** A share as its owner sees it in the list. */
    public record ShareView(UUID id, String kind, String granteeUsername, String granteeRole, Instant createdAt,
                            Instant expiresAt, Instant revokedAt, boolean active) {
    }

    /** A passport shared with the signed-in coach or employer. */
    public record SharedWithMe(UUID id, String holderName, Instant expiresAt) {
    }

    private final SeekerProfiles profiles;
    private final PassportShareStore shares;
    private final PassportAssembler assembler;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    PassportSharing(SeekerProfiles profiles, PassportShareStore shares, PassportAssembler assembler, AuditLog audit) {
        this.profiles = profiles;
        this.shares = shares;
        this.assembler = assembler;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Passport own(CurrentUser owner) {
        return assembler.assemble(owner.name(), profiles.viewOf(profileOf(owner)), clock.instant());
    }

    @Transactional(readOnly = true)
    public List<ShareView> shares(CurrentUser owner) {
        Instant now = clock.instant();
        return shares.ofProfile(profileOf(owner).value()).stream().map(s -> view(s, now)).toList();
    }

    @Transactional
    public CreatedLink createLink(CurrentUser owner, Integer days, Locale locale) {
        ProfileId profile = profileOf(owner);
        Instant now = clock.instant();
        PassportShare share = new PassportShare(UUID.randomUUID(), profile.value(), PassportShare.Kind.LINK, null, null,
                holderName(owner), now, now.plus(Duration.ofDays(checkedDays(days, locale))), null);
        String token = LinkToken.generate();
        shares.insert(share, LinkToken.sha256(token));
        audit.record(owner, AuditAction.PASSPORT_SHARED, profile.value(), "LINK " + share.id());
        return new CreatedLink(view(share, now), token);
    }

    @Transactional
    public ShareView shareWithAccount(CurrentUser owner, String username, String role, Integer days, Locale locale) {
        ProfileId profile = profileOf(owner);
        String grantee = username == null ? "" : username.strip();
        if (!USERNAME.matcher(grantee).matches()) {
            throw rejected("username", "Vul de gebruikersnaam in van de jobcoach of werkgever "
                    + "(letters, cijfers en . _ @ + -, hooguit 100 tekens).", "Enter the user name of the job coach or "
                    + "employer (letters, digits and . _ @ + -, at most 100 characters).", locale);
        }
        if (grantee.equalsIgnoreCase(owner.username())) {
            throw rejected("username", "Je eigen paspoort zie je al; kies een jobcoach of werkgever.",
                    "You already see your own passport; choose a job coach or employer.", locale);
        }
        if (!Role.JOBCOACH.name().equals(role) && !Role.EMPLOYER.name().equals(role)) {
            throw rejected("role", "Kies of je deelt met een jobcoach of met een werkgever.",
                    "Choose whether you share with a job coach or an employer.", locale);
        }
        Instant now = clock.instant();
        PassportShare share = new PassportShare(UUID.randomUUID(), profile.value(), PassportShare.Kind.ACCOUNT, grantee,
                role, holderName(owner), now, now.plus(Duration.ofDays(checkedDays(days, locale))), null);
        shares.insert(share, null);
        audit.record(owner, AuditAction.PASSPORT_SHARED, profile.value(), "ACCOUNT " + role + " " + grantee);
        return view(share, now);
    }

    /** Withdraws a share at once; 404 for an id that is not an active share of the person's own passport. */
    @Transactional
    public void revoke(CurrentUser owner, UUID shareId) {
        ProfileId profile = profileOf(owner);
        if (!shares.revoke(profile.value(), shareId, clock.instant())) {
            throw new NotFoundException("passport share " + shareId);
        }
        audit.record(owner, AuditAction.PASSPORT_SHARE_REVOKED, profile.value(), "share " + shareId);
    }

    /** The passport behind a link, for anyone holding the token; audited as a link view of page or PDF. */
    @Transactional
    public Passport openByLink(String token, Format format) {
        if (!LinkToken.wellFormed(token)) {
            throw new NotFoundException("passport link");
        }
        PassportShare share = shares.openableByToken(LinkToken.sha256(token), clock.instant())
                .orElseThrow(() -> new NotFoundException("passport link"));
        audit.recordAnonymous("passport-link:" + share.id(), "Deellink", AuditAction.PASSPORT_VIEWED_BY_LINK,
                share.profileId(), format.name() + " share " + share.id());
        return passportOf(share);
    }

    /** The passport shared with the signed-in coach or employer account; audited under the viewer's label. */
    @Transactional
    public Passport openByAccount(CurrentUser viewer, UUID shareId, Format format) {
        PassportShare share = granteeRoles(viewer).stream()
                .flatMap(role -> shares.openableByAccount(shareId, viewer.username(), role, clock.instant()).stream())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("passport share " + shareId));
        audit.record(viewer, AuditAction.PASSPORT_VIEWED_BY_ACCOUNT, share.profileId(),
                format.name() + " share " + share.id());
        return passportOf(share);
    }

    @Transactional(readOnly = true)
    public List<SharedWithMe> sharedWith(CurrentUser viewer) {
        Instant now = clock.instant();
        return granteeRoles(viewer).stream()
                .flatMap(role -> shares.openableForAccount(viewer.username(), role, now).stream())
                .map(s -> new SharedWithMe(s.id(), s.holderName(), s.expiresAt()))
                .toList();
    }

    private Passport passportOf(PassportShare share) {
        return assembler.assemble(share.holderName(), profiles.viewOf(new ProfileId(share.profileId())), clock.instant());
    }

    private static List<String> granteeRoles(CurrentUser viewer) {
        return List.of(Role.JOBCOACH, Role.EMPLOYER).stream().filter(viewer::has).map(Role::name).toList();
    }

    private ProfileId profileOf(CurrentUser owner) {
        return profiles.own(owner).orElseThrow(() -> new NotFoundException("no profile for this account"));
    }

    private static String holderName(CurrentUser owner) {
        String name = owner.name() == null || owner.name().isBlank() ? owner.username() : owner.name().strip();
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    private static InputRejectedException rejected(String field, String dutch, String english, Locale locale) {
        return new InputRejectedException(field, ProblemTexts.detail(dutch, english, locale));
    }

    private static int checkedDays(Integer days, Locale locale) {
        int chosen = days == null ? DEFAULT_DAYS : days;
        if (chosen < 1 || chosen > MAX_DAYS) {
            throw rejected("days", "Kies een geldigheid van 1 tot " + MAX_DAYS + " dagen.",
                    "Choose a validity of 1 to " + MAX_DAYS + " days.", locale);
        }
        return chosen;
    }

    private static ShareView view(PassportShare s, Instant now) {
        return new ShareView(s.id(), s.kind().name(), s.granteeUsername(), s.granteeRole(), s.createdAt(), s.expiresAt(),
                s.revokedAt(), s.activeAt(now));
    }
}
