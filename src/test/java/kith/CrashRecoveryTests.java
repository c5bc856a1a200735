package kith;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import kith.support.CrashScenario;
import kith.support.Postmasters;
import org.junit.jupiter.api.Test;

/**
 * The crash tester's finding, as a test: with clients creating people through the API, the embedded postmaster
 * is killed (kill -9), and then Kith itself is killed and started again on the same data folder. Every creation
 * that was answered 201 must still be there, once, and the audit chain must verify; Kith must have said DOWN
 * within 2 s of the postmaster's death and UP again without being restarted. Kith runs here as its own process
 * in the default configuration, which must be durable (the tests' shared context is not).
 */
class CrashRecoveryTests {

    @Test
    void everyCreationAnswered201SurvivesKillingThePostmasterAndThenKith() throws Exception {
        try (CrashScenario run = CrashScenario.begin(4)) {
            try (Connection connection = Postmasters.connectAsOwner(run.dataDirectory(), "kith");
                    Statement statement = connection.createStatement()) {
                assertThat(setting(statement, "fsync")).isEqualTo("on");
                assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
            }
            run.awaitMoreCreations(30);

            CrashScenario.PostmasterKill postmaster = run.killPostmaster();
            assertThat(postmaster.toDownMillis()).as("health DOWN after the postmaster's death (ms)").isBetween(0L, 2_000L);
            assertThat(postmaster.toUpMillis()).as("health UP again (ms)").isPositive();
            assertThat(postmaster.kithKeptRunning()).as("the same Kith process answered throughout").isTrue();
            assertThat(postmaster.toNextCreationMillis()).as("a creation acknowledged after the restart").isPositive();
            run.awaitMoreCreations(30);

            CrashScenario.KithKill kith = run.killKith();
            assertThat(kith.toNextCreationMillis()).as("a creation acknowledged by the new Kith").isPositive();
            run.awaitMoreCreations(30);

            CrashScenario.Outcome outcome = run.finish();
            assertThat(outcome.unanswered()).as("creations never answered 201 " + outcome.failedAttempts()).isZero();
            assertThat(outcome.lost()).as("creations answered 201 but missing").isZero();
            assertThat(outcome.duplicated()).as("creations recorded twice").isZero();
            assertThat(outcome.unacknowledgedRows()).as("people recorded without a 201").isZero();
            assertThat(outcome.auditChainValid()).as("audit chain of %s entries", outcome.auditEntries()).isTrue();
            assertThat(run.unreadableThroughTheApi(10)).as("acknowledged people the API cannot find").isEmpty();
        }
    }

    private static String setting(Statement statement, String name) throws Exception {
        try (ResultSet result = statement.executeQuery("SHOW " + name)) {
            result.next();
            return result.getString(1);
        }
    }
}
