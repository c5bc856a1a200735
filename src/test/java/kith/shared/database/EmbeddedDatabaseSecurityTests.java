package kith.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import kith.KithTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * The embedded cluster of a running Kith trusts no one: each role needs its password, which only the user
 * running Kith can read, and nothing but this machine may connect.
 */
@KithTest
class EmbeddedDatabaseSecurityTests {

    @Autowired EmbeddedCluster cluster;

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    @Test
    void refusesEveryRoleAConnectionWithoutItsPassword() throws Exception {
        for (String role : List.of(EmbeddedCluster.OWNER, EmbeddedCluster.APP_ROLE)) {
            var properties = new Properties();
            properties.setProperty("user", role);
            assertThatThrownBy(() -> DriverManager.getConnection(cluster.appJdbcUrl(), properties).close())
                    .as("%s without a password", role).isInstanceOf(SQLException.class);
            properties.setProperty("password", "kith-demo");
            assertThatThrownBy(() -> DriverManager.getConnection(cluster.appJdbcUrl(), properties).close())
                    .as("%s with a guessed password", role).hasMessageContaining("password authentication failed");
        }
        assertThat(EmbeddedClusterTests.authenticationMethods(owner)).containsOnly("scram-sha-256");
    }

    @Test
    void listensOnThisMachineOnly() throws Exception {
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SHOW listen_addresses")) {
            result.next();
            assertThat(result.getString(1)).isEqualTo("localhost");
        }
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement();
                ResultSet rules = statement.executeQuery("SELECT type, address FROM pg_hba_file_rules")) {
            while (rules.next()) {
                assertThat(rules.getString("type")).isIn("local", "host");
                if (rules.getString("type").equals("host")) {
                    assertThat(InetAddress.getByName(rules.getString("address")).isLoopbackAddress()).isTrue();
                }
            }
        }
        // From any of this machine's other addresses, the port is closed.
        for (InetAddress address : NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .toList()) {
            assertThatThrownBy(() -> {
                try (var socket = new Socket()) {
                    socket.connect(new InetSocketAddress(address, cluster.port()), 1000);
                }
            }).as("a connection to %s:%s", address, cluster.port()).isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void keepsThePasswordsInAFileOnlyItsOwnerMayReadBesideTheThrowawayDataDirectory() throws Exception {
        Path file = cluster.passwordFile();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(ClusterPasswords.OWNER_ONLY);
        assertThat(file).isEqualTo(cluster.dataDirectory().resolveSibling("postgres.password"));
        assertThat(file.toAbsolutePath().startsWith(Path.of("data").toAbsolutePath()))
                .as("the tests' cluster is not the demo's in ./data").isFalse();
        var passwords = ClusterPasswords.read(file);
        try (Connection connection = DriverManager.getConnection(cluster.appJdbcUrl(), EmbeddedCluster.APP_ROLE,
                passwords.app())) {
            assertThat(connection.isValid(2)).isTrue();
        }
    }
}
