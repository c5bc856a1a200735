package kith.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When Kith is killed outright (kill -9) its embedded PostgreSQL keeps running and holds the data folder,
 * so the next start fails (STACK_NOTES trap 2). Before starting on a persistent folder we stop such a
 * postmaster, but only one whose pid file and command line both name that folder.
 */
final class LeftoverPostmaster {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);

    private LeftoverPostmaster() {}

    /** Stops the postmaster serving {@code dataDirectory}, if one is running; returns whether it did. */
    static boolean stopIfRunning(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> process = running(dataDirectory);
        if (process.isEmpty()) {
            return false; // none, or a stale file: PostgreSQL itself replaces it
        }
        long pid = process.get().pid();
        log.warn("Stopping a PostgreSQL left running on {} (pid {})", dataDirectory, pid);
        try {
            // SIGINT is PostgreSQL's fast shutdown: disconnect clients, write a checkpoint, exit.
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).start().waitFor();
            process.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping a leftover PostgreSQL", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("A leftover PostgreSQL on " + dataDirectory + " did not stop", e);
        }
        return true;
    }

    /** Whether a postmaster runs on {@code dataDirectory}, as its pid file and command line say. */
    static boolean isRunning(Path dataDirectory) throws IOException {
        return running(dataDirectory).isPresent();
    }

    private static Optional<ProcessHandle> running(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 2 || !lines.get(0).trim().matches("\\d+")) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.get(0).trim());
        return ProcessHandle.of(pid).filter(process -> servesDirectory(pid, lines.get(1).trim(), dataDirectory));
    }

    // A killed postmaster not yet reaped (a zombie) has an empty command line, so it counts as not running.
    private static boolean servesDirectory(long pid, String pidFileDirectory, Path dataDirectory) {
        Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
        try {
            if (!Files.isReadable(cmdline)) {
                return false;
            }
            String command = Files.readString(cmdline).replace('\0', ' ');
            String directory = dataDirectory.toString();
            return command.contains("postgres") && command.contains(directory) && pidFileDirectory.equals(directory);
        } catch (IOException e) {
            return false; // gone meanwhile
        }
    }
}
