package nl.vaardig.web.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What Vaardig keeps about an account apart from the profile, keyed by the token's subject: interface
 * preferences, and — when the local identity provider keeps its accounts in PostgreSQL ({@code local_account},
 * from the registration feature) — the account itself. That table is looked up, not assumed, so erasure and
 * export work the same whether it exists or not (with Keycloak the accounts live there, not here).
 */
@Component
class AccountRecords {

    static final String LOCAL_ACCOUNT = "local_account";
    /** The only columns of a local account that are exported; never the password hash. */
    private static final List<String> EXPORTED_ACCOUNT_COLUMNS = List.of("username", "name", "display_name", "created_at");

    private final JdbcClient jdbc;

    AccountRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> language(String subject) {
        return jdbc.sql("select language from user_preference where subject = ?").param(subject).query(String.class).optional();
    }

    /** Username, name and creation time of the local account, if this instance keeps one for the subject. */
    Optional<Map<String, Object>> localAccount(String subject) {
        Set<String> columns = Set.copyOf(localAccountColumns());
        if (!columns.contains("subject")) {
            return Optional.empty();
        }
        List<String> wanted = EXPORTED_ACCOUNT_COLUMNS.stream().filter(columns::contains).toList();
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select " + String.join(", ", wanted) + " from " + LOCAL_ACCOUNT + " where subject = ?")
                .param(subject)
                .query((rs, n) -> {
                    Map<String, Object> account = new LinkedHashMap<>();
                    for (String column : wanted) {
                        Object value = rs.getObject(column);
                        account.put(ProfileReferences.sectionName(column),
                                value instanceof java.sql.Timestamp t ? t.toInstant().toString() : value == null ? null : value.toString());
                    }
                    return account;
                }).optional();
    }

    /** The person's e-mail notification settings, if they opted in: the address they typed is data about them. */
    Optional<Map<String, Object>> notificationSetting(String subject) {
        return jdbc.sql("""
                        select email, language, invitations, proposals, answers, organisation, updated_at
                        from notification_setting where subject = ?""")
                .param(subject)
                .query((rs, n) -> {
                    Map<String, Object> setting = new LinkedHashMap<>();
                    setting.put("email", rs.getString("email"));
                    setting.put("language", rs.getString("language"));
                    setting.put("invitations", rs.getBoolean("invitations"));
                    setting.put("proposals", rs.getBoolean("proposals"));
                    setting.put("answers", rs.getBoolean("answers"));
                    setting.put("organisation", rs.getString("organisation"));
                    setting.put("dateModified", rs.getTimestamp("updated_at").toInstant().toString());
                    return setting;
                }).optional();
    }

    /** Deletes the local account (so the person cannot sign in any more) and the preferences. */
    Erased erase(String subject) {
        int preferences = jdbc.sql("delete from user_preference where subject = ?").param(subject).update();
        // issue 18: the notification address and any mail not yet sent to it
        jdbc.sql("delete from notification_setting where subject = ?").param(subject).update();
        jdbc.sql("delete from mail_outbox where recipient_subject = ?").param(subject).update();
        boolean account = localAccountColumns().contains("subject")
                && jdbc.sql("delete from " + LOCAL_ACCOUNT + " where subject = ?").param(subject).update() > 0;
        return new Erased(account, preferences > 0);
    }

    record Erased(boolean localAccount, boolean preferences) {
    }

    private List<String> localAccountColumns() {
        return jdbc.sql("select column_name from information_schema.columns where table_schema = current_schema() "
                        + "and table_name = ?")
                .param(LOCAL_ACCOUNT).query(String.class).list();
    }
}
