package nl.vaardig.ingest.consumer;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseOutageTest {

    @Test
    void aConnectionLostAtCommitIsAnOutage() {
        var lost = new TransactionSystemException("Could not commit JDBC transaction");
        lost.initCause(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertThat(DatabaseOutage.is(lost)).isTrue();
    }

    @Test
    void noConnectionAtTheStartOfATransactionIsAnOutage() {
        assertThat(DatabaseOutage.is(new CannotCreateTransactionException("Could not open JDBC Connection",
                new SQLException("Connection refused", "08001", new ConnectException())))).isTrue();
    }

    @Test
    void aServerShuttingDownOrStartingIsAnOutage() {
        assertThat(DatabaseOutage.is(new RuntimeException(new SQLException("terminating connection", "57P01")))).isTrue();
        assertThat(DatabaseOutage.is(new RuntimeException(new SQLException("the database system is starting up", "57P03"))))
                .isTrue();
    }

    @Test
    void badDataIsNoOutage() {
        assertThat(DatabaseOutage.is(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseOutage.is(new IllegalArgumentException("unknown skill"))).isFalse();
    }
}
