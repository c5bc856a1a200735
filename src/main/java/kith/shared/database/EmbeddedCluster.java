package kith.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.StringUtils;

/**
 * Kith's embedded PostgreSQL: one data directory (kept, or thrown away after a test run), one port for the life
 * of the process, and a password for each role, kept beside the data directory ({@link ClusterPasswords}).
 *
 * <p>The embedded library starts a server once; when that server has died, {@link #restart()} starts another
 * on the same data and the same port, so that the connection pools' URLs stay valid.
 */
final class EmbeddedCluster implements AutoCloseable {

    static final String DATABASE = "kith";
    static final String OWNER = "postgres";
    static final String APP_ROLE = "kith_app";

    // Starting after a crash replays the write-ahead log written since the last checkpoint, which takes a while
    // on a busy cluster. At Kith's start there is nothing to do but wait; a restart waits less, because the
    // library waits out its whole limit even when the server has failed to start, and a server still
    // recovering when it gives up is kept (adoptStartedServer), not stopped and begun again.
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration RESTART_WAIT = Duration.ofSeconds(15);

    private static final Logger log = LoggerFactory.getLogger(EmbeddedCluster.class);

    private final Path dataDirectory;
    private final Path passwordFile;
    private final Path throwaway;
    private final boolean durable;
    private ClusterPasswords passwords;
    private int port;
    private EmbeddedPostgres server;
    private volatile Postmaster postmaster;
    private boolean closed;

    private EmbeddedCluster(Path dataDirectory, Path passwordFile, Path throwaway, boolean durable) {
        this.dataDirectory = dataDirectory;
        this.passwordFile = passwordFile;
        this.throwaway = throwaway;
        this.durable = durable;
    }

    /**
     * Starts the cluster on {@code dataDirectory} (made and initialised if new), or on a throwaway one in a
     * temporary directory when it is blank. {@code durable} is false only in tests: see {@link #builder}.
     */
    static EmbeddedCluster start(String dataDirectory, boolean durable) throws IOException {
        if (!StringUtils.hasText(dataDirectory)) {
            Path throwaway = Files.createTempDirectory("kith-postgres");
            return start(throwaway.resolve("postgres"), throwaway, durable);
        }
        return start(Path.of(dataDirectory).toAbsolutePath().normalize(), null, durable);
    }

    /** The passwords are kept in {@code <data-directory>.password}, beside it. */
    private static EmbeddedCluster start(Path dataDirectory, Path throwaway, boolean durable) throws IOException {
        Path passwordFile = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".password");
        var cluster = new EmbeddedCluster(dataDirectory, passwordFile, throwaway, durable);
        try {
            cluster.firstStart();
            return cluster;
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    private synchronized void firstStart() throws IOException {
        Files.createDirectories(dataDirectory);
        LeftoverPostmaster.stopIfRunning(dataDirectory);
        boolean fresh = !Files.exists(dataDirectory.resolve("postgresql.conf"));
        boolean secured = !fresh && ClientAuthentication.inPlace(dataDirectory);
        if (secured && !Files.exists(passwordFile)) {
            throw new IllegalStateException("The embedded database in " + dataDirectory + " needs the passwords kept in "
                    + passwordFile + ", and that file is missing. Put it back (from a backup) and start Kith again.");
        }
        passwords = ClusterPasswords.readOrCreate(passwordFile);
        EmbeddedPostgres.Builder builder = builder(0, STARTUP_WAIT);
        Path initdbPassword = null;
        if (fresh) {
            // initdb sets the owner's password and password rules itself, so a new cluster never trusts anyone.
            // zonky passes each "locale" setting to initdb as --name=value, after its own "-A trust".
            initdbPassword = passwords.writeOwnerPasswordFor(passwordFile.resolveSibling(passwordFile.getFileName() + ".initdb"));
            builder.setLocaleConfig("pwfile", initdbPassword.toString())
                    .setLocaleConfig("auth-local", "scram-sha-256")
                    .setLocaleConfig("auth-host", "scram-sha-256");
        }
        if (fresh || secured) {
            builder.setDataDirectoryCustomizer(directory -> ClientAuthentication.write(directory.toPath()));
        }
        try {
            server = builder.start();
        } finally {
            if (initdbPassword != null) {
                Files.deleteIfExists(initdbPassword);
            }
        }
        port = server.getPort();
        ClusterRoles.prepare(ownerDataSource("postgres"), passwords);
        if (!fresh && !secured) {
            ClusterRoles.requirePasswordsFromNowOn(dataDirectory, ownerDataSource("postgres"), port);
            log.info("The embedded database in {} now needs passwords, kept in {}", dataDirectory, passwordFile);
        }
        postmaster = Postmaster.of(dataDirectory);
    }

    /** Whether the postmaster this cluster last started still runs. */
    boolean isRunning() {
        Postmaster current = postmaster;
        return current != null && current.isRunning();
    }

    /**
     * Starts a new server on the same data and port after the last one died; PostgreSQL recovers the data from its
     * write-ahead log. Throws when it cannot start yet (another program holds the port, or a process of the
     * dead server still holds its memory), so the caller may try again.
     */
    synchronized void restart() throws IOException {
        if (closed) {
            throw new IllegalStateException("The embedded database has been closed");
        }
        if (isRunning()) {
            return;
        }
        Postmaster dead = postmaster;
        if (dead != null) {
            if (!dead.awaitBackendsGone(Duration.ofSeconds(10))) {
                throw new IOException("Processes of the stopped PostgreSQL still hold its shared memory");
            }
            dead.removeStalePidFile(dataDirectory);
        }
        if (server != null) {
            EmbeddedPostgres stopped = server;
            server = null;
            // Releases the library's lock on the data directory; its "pg_ctl stop" fails (and says so in the
            // log), as there is nothing left to stop.
            stopped.close();
        }
        if (adoptStartedServer()) {
            return;
        }
        requirePortFree();
        // A start that failed after taking the library's file lock never released it; a new lock file is free.
        Files.deleteIfExists(dataDirectory.resolve("epg-lock"));
        server = builder(port, RESTART_WAIT)
                .setDataDirectoryCustomizer(directory -> ClientAuthentication.write(directory.toPath()))
                .start();
        postmaster = Postmaster.of(dataDirectory);
    }

    /**
     * Keeps a server that an earlier attempt started but stopped waiting for, once it accepts connections:
     * stopping it would begin its recovery again. Its pid file names it, and close() stops it.
     */
    private boolean adoptStartedServer() throws IOException {
        if (!LeftoverPostmaster.isRunning(dataDirectory)) {
            return false;
        }
        try (Connection connection = ownerDataSource("postgres").getConnection()) {
            connection.isValid(2);
        } catch (SQLException e) {
            throw new IOException("PostgreSQL is still starting (recovering its data)", e);
        }
        postmaster = Postmaster.of(dataDirectory);
        return true;
    }

    int port() {
        return port;
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    Path passwordFile() {
        return passwordFile;
    }

    String appJdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    String appPassword() {
        return passwords.app();
    }

    /** Connections as the owner, who runs the migrations; not pooled. */
    DataSource ownerDataSource(String database) {
        var dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"localhost"});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName(database);
        dataSource.setUser(OWNER);
        dataSource.setPassword(passwords.owner());
        dataSource.setConnectTimeout(2);
        dataSource.setLoginTimeout(5);
        return dataSource;
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (server != null) {
                server.close();
            }
            // A server that a restart was starting when Kith began to stop must not outlive it.
            LeftoverPostmaster.stopIfRunning(dataDirectory);
        } finally {
            if (throwaway != null) {
                FileSystemUtils.deleteRecursively(throwaway);
            }
        }
    }

    private EmbeddedPostgres.Builder builder(int port, Duration startupWait) {
        return EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false) // STACK_NOTES trap 1: Spring closes the cluster after the pools
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false) // restarts reuse the data; close() deletes a throwaway directory
                .setPort(port)
                .setPGStartupWait(startupWait)
                .setServerConfig("max_connections", "60")
                .setServerConfig("timezone", "UTC")
                // TCP on this machine only, and no Unix socket: nothing to lock in /tmp, which a killed server's
                // lock file would hold until the dead process had been reaped.
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("unix_socket_directories", "")
                // The library's defaults are for throwaway test databases: fsync off (its -F flag) and asynchronous
                // commit, which lose acknowledged writes when PostgreSQL or the machine crashes.
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off")
                .setConnectConfig("password", passwords.owner());
    }

    private void requirePortFree() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (BindException e) {
            throw new IOException("Port " + port + " is held by another program", e);
        }
    }
}
