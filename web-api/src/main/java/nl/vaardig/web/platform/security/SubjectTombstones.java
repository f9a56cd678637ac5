package nl.vaardig.web.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Subjects whose tokens are no longer honoured although they have not expired: erased accounts. Checked on every
 * authenticated request. A tombstone is never lifted, so a hit is remembered for good; a miss is remembered for
 * {@code vaardig.security.tombstone-recheck} (default 5 s) so that an erasure on another instance is seen within
 * that time, while the instance that erased refuses the token at once. Only SHA-256 hashes of subjects are kept.
 */
@Component
public class SubjectTombstones {

    /** Misses remembered before the oldest are dropped (a bound against a flood of random subjects). */
    private static final int MAX_REMEMBERED_MISSES = 100_000;

    private final JdbcClient jdbc;
    private final Duration recheck;
    private final Clock clock;
    private final Set<String> tombstoned = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> missCheckedAt = new ConcurrentHashMap<>();

    SubjectTombstones(JdbcClient jdbc, @Value("${vaardig.security.tombstone-recheck:PT5S}") Duration recheck) {
        this.jdbc = jdbc;
        this.recheck = recheck;
        this.clock = Clock.systemUTC();
    }

    /** True when tokens of this subject must be refused. */
    public boolean refused(String subject) {
        String hash = hash(subject);
        if (tombstoned.contains(hash)) {
            return true;
        }
        long now = clock.millis();
        Long checked = missCheckedAt.get(hash);
        if (checked != null && now - checked < recheck.toMillis()) {
            return false;
        }
        boolean found = jdbc.sql("select exists (select 1 from subject_tombstone where subject_sha256 = ?)")
                .param(hash).query(Boolean.class).single();
        if (found) {
            tombstoned.add(hash);
            missCheckedAt.remove(hash);
        } else {
            if (missCheckedAt.size() >= MAX_REMEMBERED_MISSES) {
                missCheckedAt.clear();
            }
            missCheckedAt.put(hash, now);
        }
        return found;
    }

    /**
     * Tombstones the subject in the caller's transaction (erasure); this instance refuses it from the commit on.
     */
    public void erased(String subject) {
        String hash = hash(subject);
        jdbc.sql("insert into subject_tombstone (subject_sha256, reason) values (?, 'ERASED') on conflict do nothing")
                .param(hash).update();
        Runnable remember = () -> {
            tombstoned.add(hash);
            missCheckedAt.remove(hash);
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    remember.run();
                }
            });
        } else {
            remember.run();
        }
    }

    static String hash(String subject) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
