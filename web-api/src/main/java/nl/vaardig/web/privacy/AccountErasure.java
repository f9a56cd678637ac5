package nl.vaardig.web.privacy;

import java.util.Optional;
import java.util.Set;
import nl.vaardig.ingest.event.EventCatalogue;
import nl.vaardig.ingest.event.Topic;
import nl.vaardig.ingest.event.payload.ProfileDeleted;
import nl.vaardig.ingest.outbox.Outbox;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.web.audit.AuditAction;
import nl.vaardig.web.audit.AuditLog;
import nl.vaardig.web.candidate.CandidateIndex;
import nl.vaardig.web.platform.security.CurrentUser;
import nl.vaardig.web.platform.security.Role;
import nl.vaardig.web.platform.security.SubjectTombstones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Right to erasure. In one transaction: the profile row goes (the database cascades to skills, consents, audit
 * lines and every other feature's rows about the profile), the local account and preferences go, the profile
 * topic gets {@code ProfileDeleted} plus a tombstone (so other stores and compaction forget the pseudonym), and
 * one audit line records that an erasure happened — without profile id, subject or anything else about the
 * person. After the commit this instance's candidate index drops the profile; other instances do so from the
 * event.
 */
@Service
class AccountErasure {

    private static final Logger log = LoggerFactory.getLogger(AccountErasure.class);

    /** Who the remaining audit line names: nobody in particular (the account no longer exists). */
    static final CurrentUser ERASED_ACCOUNT = new CurrentUser("erased-account", "erased-account", "erased-account",
            Set.of(Role.JOB_SEEKER), Set.of(), null);

    private final OwnProfile profiles;
    private final AccountRecords accounts;
    private final Outbox outbox;
    private final AuditLog audit;
    private final CandidateIndex index;
    private final SubjectTombstones tombstones;

    AccountErasure(OwnProfile profiles, AccountRecords accounts, Outbox outbox, AuditLog audit, CandidateIndex index,
                   SubjectTombstones tombstones) {
        this.tombstones = tombstones;
        this.profiles = profiles;
        this.accounts = accounts;
        this.outbox = outbox;
        this.audit = audit;
        this.index = index;
    }

    @Transactional
    public void erase(CurrentUser person) {
        Optional<OwnProfile.Row> profile = profiles.ownedByForUpdate(person.subject());
        profile.ifPresent(p -> {
            profiles.delete(p.id());
            outbox.append(EventCatalogue.envelope(new ProfileDeleted(p.id(), p.region())));
            outbox.appendTombstone(Topic.PROFILE, p.id().toString(), p.region());
            afterCommit(() -> index.remove(new ProfileId(p.id())));
        });
        AccountRecords.Erased account = accounts.erase(person.subject());
        // tokens issued before the erasure must not act for the person any more (a new profile, an export)
        tombstones.erased(person.subject());
        audit.record(ERASED_ACCOUNT, AuditAction.ACCOUNT_ERASED, null,
                "profile=" + (profile.isPresent() ? "deleted" : "none") + "; localAccount="
                        + (account.localAccount() ? "deleted" : "none"));
        log.info("Account erased (profile: {}, local account: {})", profile.isPresent(), account.localAccount());
    }

    private static void afterCommit(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

}
