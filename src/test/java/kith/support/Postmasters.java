package kith.support;

import java.io.IOException;
import java.io.Reader;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * What a crash tester does to an embedded PostgreSQL from outside, through its data directory: find its
 * postmaster, kill it outright, take its port so that it cannot be started again, connect with the password
 * Kith keeps beside the data directory.
 */
public final class Postmasters {

    private Postmasters() {}

    /** The pid in the data directory's postmaster.pid, if there is one. */
    public static Optional<Long> pidOf(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            return lines.isEmpty() || lines.get(0).isBlank() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The port in the data directory's postmaster.pid (its fourth line). */
    public static int portOf(Path dataDirectory) throws IOException {
        return Integer.parseInt(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(3).strip());
    }

    /** Whether a postmaster named by the pid file runs (a killed one may linger as a zombie for a moment). */
    public static boolean running(Path dataDirectory) {
        return pidOf(dataDirectory).filter(Postmasters::alive).isPresent();
    }

    /** kill -9 of the postmaster; returns its pid. */
    public static long kill(Path dataDirectory) {
        long pid = pidOf(dataDirectory).filter(Postmasters::alive)
                .orElseThrow(() -> new IllegalStateException("No postmaster runs on " + dataDirectory));
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        return pid;
    }

    /**
     * Kills the postmaster and takes its port on this machine, so that no new one can start until the socket is
     * closed: the database stays away for as long as a test needs. Should Kith win the race and start a new
     * postmaster before the port is taken, that one is killed too.
     */
    public static ServerSocket killAndHoldPort(Path dataDirectory, int port) throws IOException {
        for (int attempt = 0; attempt < 10; attempt++) {
            long killed = kill(dataDirectory);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (System.nanoTime() < deadline) {
                var socket = new ServerSocket();
                try {
                    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                    return socket;
                } catch (BindException stillListening) {
                    socket.close();
                }
                Optional<Long> now = pidOf(dataDirectory);
                if (now.isPresent() && now.get() != killed && alive(now.get())) {
                    break; // restarted already: kill the new one
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
        }
        throw new IllegalStateException("Could not take port " + port + " from PostgreSQL");
    }

    /** Stops whatever postmaster still runs on the directory (fast shutdown), so that a test leaves none behind. */
    public static void stop(Path dataDirectory) throws IOException, InterruptedException {
        Optional<Long> pid = pidOf(dataDirectory).filter(Postmasters::alive);
        if (pid.isPresent() && Files.readString(Path.of("/proc", pid.get().toString(), "cmdline")).contains(dataDirectory.toString())) {
            new ProcessBuilder("kill", "-INT", pid.get().toString()).start().waitFor();
            ProcessHandle.of(pid.get()).ifPresent(p -> p.onExit().orTimeout(30, TimeUnit.SECONDS).join());
        }
    }

    /** A connection as the cluster's owner, with the password from {@code <data-directory>.password}. */
    public static Connection connectAsOwner(Path dataDirectory, String database) throws IOException, SQLException {
        int port = portOf(dataDirectory);
        var passwords = new Properties();
        try (Reader reader = Files.newBufferedReader(dataDirectory.resolveSibling(dataDirectory.getFileName() + ".password"))) {
            passwords.load(reader);
        }
        var properties = new Properties();
        properties.setProperty("user", "postgres");
        properties.setProperty("password", passwords.getProperty("postgres"));
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, properties);
    }

    /** Waits until the killed postmaster has gone (a zombie counts as gone). */
    public static void awaitGone(long pid, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (alive(pid)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Postmaster " + pid + " is still running");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }

    static boolean alive(long pid) {
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
            } catch (IOException e) {
                return false;
            }
        }
        return false;
    }
}
