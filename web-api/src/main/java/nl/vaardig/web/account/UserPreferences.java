package nl.vaardig.web.account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** A person's interface preferences, keyed by their pseudonymous subject. */
@Repository
public class UserPreferences {

    private final JdbcClient jdbc;

    public UserPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Language> languageOf(String subject) {
        return jdbc.sql("select language from user_preference where subject = :subject")
                .param("subject", subject)
                .query(String.class)
                .optional()
                .map(Language::fromCode);
    }

    public void saveLanguage(String subject, Language language) {
        jdbc.sql("""
                        insert into user_preference (subject, language, updated_at) values (:subject, :language, now())
                        on conflict (subject) do update set language = excluded.language, updated_at = now()
                        """)
                .param("subject", subject)
                .param("language", language.code())
                .update();
    }
}
