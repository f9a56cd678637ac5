package nl.vaardig.ingest.consumer;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells "the database is away" (killed, restarting, unreachable, out of connections) from "this batch cannot be
 * processed". The first is no reason to split a batch or dead-letter a record: the worker must keep the offsets
 * where they are and try the same batch again once the database answers.
 */
final class DatabaseOutage {

    private DatabaseOutage() {
    }

    static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TransientDataAccessException || t instanceof CannotGetJdbcConnectionException
                    || t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && outageState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception), 57P01–57P03 (admin or crash shutdown, cannot connect now), 53300
     * (too many connections) and 40001/40P01 (serialization failure, deadlock: retrying is the cure).
     */
    private static boolean outageState(String state) {
        if (state == null) {
            return false;
        }
        return state.startsWith("08") || state.startsWith("57P") || state.equals("53300") || state.equals("40001")
                || state.equals("40P01");
    }
}
