package kith.shared.database;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * The embedded cluster's roles and their passwords: the owner (who runs the migrations) and {@code kith_app}
 * (whom Kith works as), Kith's database, and the upgrade of a cluster from an older Kith that had no passwords.
 */
final class ClusterRoles {

    private ClusterRoles() {}

    /**
     * Sets both roles' passwords (sent as SCRAM verifiers, never in clear), making {@code kith_app} and the
     * database if they do not exist yet. Each start does it again, so the cluster always has the file's passwords.
     */
    static void prepare(DataSource owner, ClusterPasswords passwords) throws IOException {
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
            PGConnection postgres = connection.unwrap(PGConnection.class);
            postgres.alterUserPassword(EmbeddedCluster.OWNER, passwords.owner().toCharArray(), "scram-sha-256");
            statement.execute("""
                    DO $$ BEGIN
                      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kith_app') THEN
                        CREATE ROLE kith_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
                      END IF;
                    END $$""");
            postgres.alterUserPassword(EmbeddedCluster.APP_ROLE, passwords.app().toCharArray(), "scram-sha-256");
            var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'kith'");
            if (!exists.next()) {
                statement.execute("CREATE DATABASE kith");
            }
        } catch (SQLException e) {
            throw new IOException("Could not prepare the embedded database", e);
        }
    }

    /**
     * Upgrades a cluster from an older Kith, which trusted every local connection: once both roles have their
     * passwords, Kith's rules replace the old ones, and the server reloads them before Kith goes on. Fails if a
     * connection without a password still succeeds after that.
     */
    static void requirePasswordsFromNowOn(Path dataDirectory, DataSource owner, int port) throws IOException {
        ClientAuthentication.write(dataDirectory);
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("Could not reload the embedded database's settings", e);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (acceptsConnectionsWithoutPassword(port)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The embedded database in " + dataDirectory
                        + " still accepts connections without a password");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }

    private static boolean acceptsConnectionsWithoutPassword(int port) {
        var properties = new Properties();
        properties.setProperty("user", EmbeddedCluster.OWNER);
        properties.setProperty("connectTimeout", "2");
        try (Connection ignored = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", properties)) {
            return true;
        } catch (SQLException refused) {
            return false;
        }
    }
}
