package nl.vaardig.web.passport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Table passport_share (V70). Opening a share is one query that also checks what may have changed since it was
 * made: not revoked, not expired, and the profile still kept with the person's consent (KEEP_PROFILE active).
 */
@Repository
class PassportShareStore {

    private static final String COLUMNS = "s.id, s.profile_id, s.kind, s.grantee_username, s.grantee_role, s.holder_name, "
            + "s.created_at, s.expires_at, s.revoked_at";
    private static final String OPENABLE = " and s.revoked_at is null and s.expires_at > ? and exists (select 1 from "
            + "candidate_consent c where c.profile_id = s.profile_id and c.kind = 'KEEP_PROFILE' and c.withdrawn_at is null)";

    private final JdbcClient jdbc;

    PassportShareStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(PassportShare share, String tokenSha256) {
        jdbc.sql("insert into passport_share (id, profile_id, kind, token_sha256, grantee_username, grantee_role, "
                        + "holder_name, created_at, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(share.id(), share.profileId(), share.kind().name(), tokenSha256, share.granteeUsername(),
                        share.granteeRole(), share.holderName(), Timestamp.from(share.createdAt()),
                        Timestamp.from(share.expiresAt()))
                .update();
    }

    /** The person's shares, newest first, including revoked and expired ones (the page shows them as history). */
    List<PassportShare> ofProfile(UUID profileId) {
        return jdbc.sql("select " + COLUMNS + " from passport_share s where s.profile_id = ? order by s.created_at desc, s.id")
                .param(profileId).query(PassportShareStore::row).list();
    }

    /** Revokes an active share of this profile; false when there is none (another person's id answers the same). */
    boolean revoke(UUID profileId, UUID shareId, Instant now) {
        return jdbc.sql("update passport_share set revoked_at = ? where id = ? and profile_id = ? and revoked_at is null")
                .params(Timestamp.from(now), shareId, profileId).update() > 0;
    }

    Optional<PassportShare> openableByToken(String tokenSha256, Instant now) {
        return jdbc.sql("select " + COLUMNS + " from passport_share s where s.kind = 'LINK' and s.token_sha256 = ?" + OPENABLE)
                .params(tokenSha256, Timestamp.from(now)).query(PassportShareStore::row).optional();
    }

    /** An account share, only for the account and role it names. */
    Optional<PassportShare> openableByAccount(UUID shareId, String username, String role, Instant now) {
        return jdbc.sql("select " + COLUMNS + " from passport_share s where s.kind = 'ACCOUNT' and s.id = ? "
                        + "and lower(s.grantee_username) = ? and s.grantee_role = ?" + OPENABLE)
                .params(shareId, username.toLowerCase(Locale.ROOT), role, Timestamp.from(now))
                .query(PassportShareStore::row).optional();
    }

    /** The passports shared with this account now, newest first. */
    List<PassportShare> openableForAccount(String username, String role, Instant now) {
        return jdbc.sql("select " + COLUMNS + " from passport_share s where s.kind = 'ACCOUNT' "
                        + "and lower(s.grantee_username) = ? and s.grantee_role = ?" + OPENABLE + " order by s.created_at desc")
                .params(username.toLowerCase(Locale.ROOT), role, Timestamp.from(now))
                .query(PassportShareStore::row).list();
    }

    private static PassportShare row(ResultSet rs, int n) throws SQLException {
        Timestamp revoked = rs.getTimestamp(9);
        return new PassportShare(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                PassportShare.Kind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getTimestamp(7).toInstant(), rs.getTimestamp(8).toInstant(), revoked == null ? null : revoked.toInstant());
    }
}
