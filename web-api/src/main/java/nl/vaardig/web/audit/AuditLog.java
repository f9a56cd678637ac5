package nl.vaardig.web.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.vaardig.web.platform.security.CurrentUser;
import nl.vaardig.web.platform.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail of views and changes of personal data. Written in the caller's transaction when there is one,
 * so a change and its audit line commit together; a view is logged even when nothing changes.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = Clock.systemUTC();
    }

    /** Logs what the signed-in user did with the profile (null profile only for {@link AuditAction#ACCOUNT_ERASED}). */
    @Transactional
    public AuditEntry record(CurrentUser actor, AuditAction action, UUID profileId, String detail) {
        return insert(new AuditEntry(UUID.randomUUID(), clock.instant(), actor.subject(), primaryRole(actor),
                labelOf(actor), action, profileId, detail));
    }

    /**
     * Logs an action of someone who is not signed in, named by what they used (e.g. a passport share link): the
     * actor fields are the caller's words, never anything the visitor typed.
     */
    @Transactional
    public AuditEntry recordAnonymous(String actorSubject, String actorLabel, AuditAction action, UUID profileId,
                                      String detail) {
        return insert(new AuditEntry(UUID.randomUUID(), clock.instant(), actorSubject, "ANONYMOUS", actorLabel,
                action, profileId, detail));
    }

    private AuditEntry insert(AuditEntry entry) {
        jdbc.sql("insert into audit_entry (id, at, actor_subject, actor_role, actor_label, action, profile_id, detail) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(entry.id(), Timestamp.from(entry.at()), entry.actorSubject(), entry.actorRole(),
                        entry.actorLabel(), entry.action().name(), entry.profileId(), entry.detail())
                .update();
        return entry;
    }

    /**
     * Logs the same action on many profiles in ONE statement (e.g. every candidate shown to an employer in one
     * answer), so logging views does not slow the view down. Returns the number of lines written.
     */
    @Transactional
    public int recordAll(CurrentUser actor, AuditAction action, Collection<UUID> profileIds, String detail) {
        if (profileIds.isEmpty()) {
            return 0;
        }
        AuditEntry first = new AuditEntry(UUID.randomUUID(), clock.instant(), actor.subject(), primaryRole(actor),
                labelOf(actor), action, null, detail);
        UUID[] profiles = profileIds.toArray(UUID[]::new);
        UUID[] ids = new UUID[profiles.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = UUID.randomUUID();
        }
        return template.update(con -> {
            var ps = con.prepareStatement("insert into audit_entry (id, at, actor_subject, actor_role, actor_label, action, "
                    + "profile_id, detail) select e.id, ?, ?, ?, ?, ?, e.profile_id, ? from unnest(?, ?) as e(id, profile_id)");
            ps.setTimestamp(1, Timestamp.from(first.at()));
            ps.setString(2, first.actorSubject());
            ps.setString(3, first.actorRole());
            ps.setString(4, first.actorLabel());
            ps.setString(5, action.name());
            ps.setString(6, detail);
            ps.setArray(7, con.createArrayOf("uuid", ids));
            ps.setArray(8, con.createArrayOf("uuid", profiles));
            return ps;
        });
    }

    /** The trail of one profile, newest first (what the person sees under "Mijn gegevens"). */
    @Transactional(readOnly = true)
    public List<AuditEntry> forProfile(UUID profileId, int limit) {
        return jdbc.sql("select id, at, actor_subject, actor_role, actor_label, action, profile_id, detail "
                        + "from audit_entry where profile_id = ? order by at desc, id limit ?")
                .params(profileId, limit)
                .query((rs, n) -> new AuditEntry(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                        rs.getString(3), rs.getString(4), rs.getString(5), AuditAction.valueOf(rs.getString(6)),
                        rs.getObject(7, UUID.class), rs.getString(8)))
                .list();
    }

    private static String primaryRole(CurrentUser actor) {
        for (Role role : List.of(Role.ADMIN, Role.EMPLOYER, Role.JOBCOACH, Role.REGIO_STAFF, Role.JOB_SEEKER)) {
            if (actor.has(role)) {
                return role.name();
            }
        }
        return "UNKNOWN";
    }

    /** A readable label that names an organisation or regions, not a person. */
    static String labelOf(CurrentUser actor) {
        if (actor.has(Role.EMPLOYER) && actor.organisation() != null) {
            return "Werkgever " + actor.organisation();
        }
        if (actor.has(Role.JOBCOACH)) {
            return "Jobcoach " + String.join(", ", actor.regions().stream().sorted().toList());
        }
        if (actor.has(Role.JOB_SEEKER)) {
            return "Uzelf";
        }
        return primaryRole(actor);
    }
}
