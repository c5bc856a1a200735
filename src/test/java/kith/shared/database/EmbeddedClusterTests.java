package kith.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import kith.support.Postmasters;
import org.junit.jupiter.api.Test;

/**
 * The embedded cluster on its own, without Spring: passwords from the first moment, the upgrade of a data folder
 * left by an older Kith that trusted every local connection, and a restart on the same data and port after its
 * postmaster has been killed.
 */
class EmbeddedClusterTests {

    @Test
    void upgradesADataFolderFromAnOlderKithThatTrustedEveryLocalConnection() throws Exception {
        Path data = Files.createTempDirectory("kith-upgrade").resolve("postgres");
        // What an older Kith left behind: the embedded library's initdb (trust), Kith's role and database, data.
        try (EmbeddedPostgres older = EmbeddedPostgres.builder().setRegisterShutdownHook(false).setDataDirectory(data)
                .setCleanDataDirectory(false).start()) {
            try (Connection connection = older.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE ROLE kith_app LOGIN");
                statement.execute("CREATE DATABASE kith");
            }
            try (Connection connection = older.getDatabase("postgres", "kith").getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE kept (what text)");
                statement.execute("INSERT INTO kept VALUES ('recorded before the upgrade')");
            }
        }
        assertThat(ClientAuthentication.inPlace(data)).isFalse();

        try (EmbeddedCluster cluster = EmbeddedCluster.start(data.toString(), true)) {
            assertThat(kept(cluster.ownerDataSource("kith"))).containsExactly("recorded before the upgrade");
            assertRefusedWithoutPassword(cluster.port(), "postgres");
            assertRefusedWithoutPassword(cluster.port(), "kith_app");
            assertThat(connectsAsApp(cluster)).isTrue();
            assertThat(cluster.passwordFile()).isEqualTo(data.resolveSibling("postgres.password"));
            assertThat(Files.getPosixFilePermissions(cluster.passwordFile())).isEqualTo(ClusterPasswords.OWNER_ONLY);
            assertThat(authenticationMethods(cluster.ownerDataSource("postgres"))).containsOnly("scram-sha-256");
        }
        // Upgraded once: the next start finds the passwords in place.
        try (EmbeddedCluster again = EmbeddedCluster.start(data.toString(), true)) {
            assertThat(kept(again.ownerDataSource("kith"))).containsExactly("recorded before the upgrade");
            assertRefusedWithoutPassword(again.port(), "postgres");
        }
    }

    @Test
    void aNewClusterNeedsPasswordsAndIsDurableUnlessToldOtherwise() throws Exception {
        Path data = Files.createTempDirectory("kith-new").resolve("postgres");
        try (EmbeddedCluster cluster = EmbeddedCluster.start(data.toString(), true)) {
            assertRefusedWithoutPassword(cluster.port(), "postgres");
            assertRefusedWithoutPassword(cluster.port(), "kith_app");
            assertThat(setting(cluster, "fsync")).isEqualTo("on");
            assertThat(setting(cluster, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(cluster, "listen_addresses")).isEqualTo("localhost");
            assertThat(Files.list(data.getParent())).as("nothing left of initdb's password file")
                    .extracting(path -> path.getFileName().toString()).containsExactlyInAnyOrder("postgres", "postgres.password");
        }
        Path throwaway;
        try (EmbeddedCluster tests = EmbeddedCluster.start("", false)) {
            assertThat(setting(tests, "fsync")).isEqualTo("off");
            assertThat(setting(tests, "synchronous_commit")).isEqualTo("off");
            assertRefusedWithoutPassword(tests.port(), "postgres");
            throwaway = tests.dataDirectory().getParent();
        }
        assertThat(throwaway).doesNotExist();
    }

    @Test
    void refusesToStartAProtectedFolderWhosePasswordFileIsMissing() throws Exception {
        Path data = Files.createTempDirectory("kith-lost").resolve("postgres");
        Path passwords;
        try (EmbeddedCluster cluster = EmbeddedCluster.start(data.toString(), true)) {
            passwords = cluster.passwordFile();
        }
        Files.delete(passwords);

        assertThatThrownBy(() -> EmbeddedCluster.start(data.toString(), true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(passwords.toString());
        assertThat(passwords).as("no new passwords made that the cluster does not know").doesNotExist();
        assertThat(Postmasters.running(data)).isFalse();
    }

    @Test
    void startsAKilledPostmasterAgainOnTheSameDataAndPortWithEveryCommitKept() throws Exception {
        Path data = Files.createTempDirectory("kith-killed").resolve("postgres");
        try (EmbeddedCluster cluster = EmbeddedCluster.start(data.toString(), true)) {
            DataSource owner = cluster.ownerDataSource("kith");
            try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE committed (n int)");
                for (int n = 0; n < 200; n++) {
                    statement.execute("INSERT INTO committed VALUES (" + n + ")");
                }
                // The kill comes straight after the last acknowledged commit.
                int port = cluster.port();
                long killed = Postmasters.kill(data);
                Postmasters.awaitGone(killed, Duration.ofSeconds(10));
                await().atMost(Duration.ofSeconds(5)).until(() -> !cluster.isRunning());

                cluster.restart();

                assertThat(cluster.isRunning()).isTrue();
                assertThat(cluster.port()).isEqualTo(port);
                assertThat(Postmasters.pidOf(data)).isPresent().get().isNotEqualTo(killed);
            }
            try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement();
                    ResultSet count = statement.executeQuery("SELECT count(*) FROM committed")) {
                count.next();
                assertThat(count.getInt(1)).isEqualTo(200);
            }
        }
    }

    private static void assertRefusedWithoutPassword(int port, String role) {
        var properties = new Properties();
        properties.setProperty("user", role);
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/kith", properties).close())
                .as("a connection as %s without a password", role)
                .isInstanceOf(SQLException.class);
        properties.setProperty("password", "not-the-password");
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/kith", properties).close())
                .as("a connection as %s with a wrong password", role)
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
    }

    private static boolean connectsAsApp(EmbeddedCluster cluster) throws SQLException {
        try (Connection connection = DriverManager.getConnection(cluster.appJdbcUrl(), EmbeddedCluster.APP_ROLE,
                cluster.appPassword())) {
            return connection.isValid(2);
        }
    }

    private static List<String> kept(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT what FROM kept")) {
            List<String> kept = new ArrayList<>();
            while (rows.next()) {
                kept.add(rows.getString(1));
            }
            return kept;
        }
    }

    static List<String> authenticationMethods(DataSource superuser) throws SQLException {
        try (Connection connection = superuser.getConnection(); Statement statement = connection.createStatement();
                ResultSet rules = statement.executeQuery("SELECT auth_method FROM pg_hba_file_rules")) {
            List<String> methods = new ArrayList<>();
            while (rules.next()) {
                methods.add(rules.getString(1));
            }
            return methods;
        }
    }

    private static String setting(EmbeddedCluster cluster, String name) throws SQLException {
        try (Connection connection = cluster.ownerDataSource("postgres").getConnection();
                Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery("SHOW " + name)) {
            result.next();
            return result.getString(1);
        }
    }
}
