package kith.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures say the database could not be reached (answered 503), and which stay failures (500). */
class DatabaseOutageTests {

    @Test
    void aConnectionThatCouldNotBeHadOrWasLostIsAnOutage() {
        assertThat(DatabaseOutage.isCauseOf(new CannotGetJdbcConnectionException("no connection",
                new SQLTransientConnectionException("kith - Connection is not available, request timed out after 2000ms")))).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new UncategorizedSQLException("insert", "INSERT",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
        // What a backend says when its postmaster has been killed, and while a restarted one recovers.
        assertThat(DatabaseOutage.isCauseOf(new SQLException("terminating connection due to unexpected postmaster exit", "57P01"))).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new SQLException("the database system is starting up", "57P03"))).isTrue();
    }

    @Test
    void aFailedRollbackAfterALostConnectionIsStillAnOutage() {
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new UncategorizedSQLException("update", "UPDATE",
                new SQLException("terminating connection due to unexpected postmaster exit", "57P01")));
        assertThat(DatabaseOutage.isCauseOf(rollback)).isTrue();
        // After a failed commit, Spring throws the rollback's exception alone: the pool had closed the connection.
        assertThat(DatabaseOutage.isCauseOf(new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed")))).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new TransactionSystemException("JDBC commit failed",
                new SQLException("could not serialize access", "40001")))).isFalse();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseOutage.isCauseOf(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseOutage.isCauseOf(new SQLException("permission denied for table audit_entry", "42501"))).isFalse();
        assertThat(DatabaseOutage.isCauseOf(new IllegalStateException("connection to 10.0.0.7 refused"))).isFalse();
    }
}
