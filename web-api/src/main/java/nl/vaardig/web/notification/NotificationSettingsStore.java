package nl.vaardig.web.notification;

import java.util.List;
import java.util.Optional;
import nl.vaardig.web.account.Language;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notification settings, keyed by the token's pseudonymous subject. */
@Repository
public class NotificationSettingsStore {

    private static final String COLUMNS = "subject, email, language, invitations, proposals, answers, organisation";
    private static final RowMapper<NotificationSettings> ROW = (rs, n) -> new NotificationSettings(rs.getString(1),
            rs.getString(2), Language.fromCode(rs.getString(3)), rs.getBoolean(4), rs.getBoolean(5), rs.getBoolean(6),
            rs.getString(7));

    private final JdbcClient jdbc;

    NotificationSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<NotificationSettings> of(String subject) {
        return jdbc.sql("select " + COLUMNS + " from notification_setting where subject = ?").param(subject)
                .query(ROW).optional();
    }

    /** The accounts of an employer organisation that saved settings (each then says what it wants). */
    public List<NotificationSettings> ofOrganisation(String organisation) {
        return jdbc.sql("select " + COLUMNS + " from notification_setting where organisation = ? order by subject")
                .param(organisation).query(ROW).list();
    }

    public void save(NotificationSettings s) {
        jdbc.sql("""
                        insert into notification_setting (subject, email, language, invitations, proposals, answers,
                            organisation, updated_at) values (?, ?, ?, ?, ?, ?, ?, now())
                        on conflict (subject) do update set email = excluded.email, language = excluded.language,
                            invitations = excluded.invitations, proposals = excluded.proposals,
                            answers = excluded.answers, organisation = excluded.organisation, updated_at = now()
                        """)
                .params(s.subject(), s.email(), s.language().code(), s.invitations(), s.proposals(), s.answers(),
                        s.organisation())
                .update();
    }

    /** Switching everything off forgets the address too, and drops mail not yet sent to it. */
    public void delete(String subject) {
        jdbc.sql("delete from notification_setting where subject = ?").param(subject).update();
        jdbc.sql("delete from mail_outbox where recipient_subject = ?").param(subject).update();
    }
}
