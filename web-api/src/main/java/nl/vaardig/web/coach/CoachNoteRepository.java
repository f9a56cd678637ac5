package nl.vaardig.web.coach;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vaardig.matching.model.ProfileId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The coach_note table. */
@Repository
class CoachNoteRepository {

    private final JdbcClient jdbc;

    CoachNoteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CoachNote note) {
        jdbc.sql("insert into coach_note (id, profile_id, author_subject, author_label, text, written_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(note.id(), note.profile().value(), note.authorSubject(), note.authorLabel(), note.text(),
                        Timestamp.from(note.writtenAt()))
                .update();
    }

    List<CoachNote> forProfile(ProfileId profile, int limit) {
        return jdbc.sql("select id, profile_id, author_subject, author_label, text, written_at from coach_note "
                        + "where profile_id = ? order by written_at desc, id limit ?")
                .params(profile.value(), limit)
                .query((rs, n) -> new CoachNote(rs.getObject(1, UUID.class), new ProfileId(rs.getObject(2, UUID.class)),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** When the newest note of each profile was written (profiles without notes are absent). */
    Map<ProfileId, Instant> lastWritten(Collection<ProfileId> profiles) {
        Map<ProfileId, Instant> out = new HashMap<>();
        if (profiles.isEmpty()) {
            return out;
        }
        jdbc.sql("select profile_id, max(written_at) from coach_note where profile_id = any(?) group by profile_id")
                .param(profiles.stream().map(ProfileId::value).toArray(UUID[]::new))
                .query(rs -> {
                    out.put(new ProfileId(rs.getObject(1, UUID.class)), rs.getTimestamp(2).toInstant());
                });
        return out;
    }
}
