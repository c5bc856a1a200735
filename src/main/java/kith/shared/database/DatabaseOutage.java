package kith.shared.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure caused by the database being out of reach (no connection to be had, a connection lost, the
 * server shutting down or still starting) from the other failures of a request, which stay 500s.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {}

    /** Whether {@code failure}, or anything that caused it, says the database could not be reached. */
    public static boolean isCauseOf(Throwable failure) {
        return isCauseOf(failure, 0);
    }

    private static boolean isCauseOf(Throwable failure, int depth) {
        for (Throwable cause = failure; cause != null && depth < 30; cause = cause.getCause(), depth++) {
            if (cause instanceof DataAccessResourceFailureException // includes CannotGetJdbcConnectionException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException // the pool's "no connection in time"
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && unreachable(sql.getSQLState())) {
                return true;
            }
            // A connection that broke is closed by the pool at once, so the rollback that follows fails too, and
            // its exception ("Connection is closed", without a SQLSTATE) replaces the one that says why: kept as
            // the application exception after a failed statement, not kept at all after a failed commit.
            if (cause instanceof TransactionSystemException rollback
                    && (closedByThePool(rollback.getCause()) || rollback.getApplicationException() != null
                            && isCauseOf(rollback.getApplicationException(), depth + 1))) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (isCauseOf(suppressed, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** HikariCP's answer to any use of a connection it has closed, the same since its first versions. */
    private static boolean closedByThePool(Throwable cause) {
        return cause instanceof SQLException sql && sql.getSQLState() == null
                && "Connection is closed".equals(sql.getMessage());
    }

    /**
     * SQLSTATE class 08 is a connection exception (PostgreSQL's driver uses 08001 when it cannot connect, 08006
     * when a connection breaks); 57P01 to 57P03 are the server shutting down, crashing or not yet accepting
     * connections.
     */
    private static boolean unreachable(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
