package kith.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The postmaster serving a data directory, as its {@code postmaster.pid} names it once it has started: whether it
 * still runs, and whether the processes of a dead one have all let go of its shared memory (a new postmaster
 * refuses to start while one of them holds it).
 */
final class Postmaster {

    private static final Path SEGMENTS = Path.of("/proc/sysvipc/shm");

    private final ProcessHandle process;
    private final String sharedMemoryId;

    private Postmaster(ProcessHandle process, String sharedMemoryId) {
        this.process = process;
        this.sharedMemoryId = sharedMemoryId;
    }

    /** The postmaster named by the pid file of a running cluster. */
    static Postmaster of(Path dataDirectory) throws IOException {
        List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
        long pid = Long.parseLong(lines.get(0).strip());
        // Line 7 is "<key> <id>" of the System V segment that every server process attaches.
        String[] memory = lines.size() > 6 ? lines.get(6).strip().split("\\s+") : new String[0];
        ProcessHandle process = ProcessHandle.of(pid)
                .orElseThrow(() -> new IOException("PostgreSQL's postmaster (pid " + pid + ") is not running"));
        return new Postmaster(process, memory.length == 2 ? memory[1] : null);
    }

    long pid() {
        return process.pid();
    }

    /**
     * Whether the postmaster still runs. A killed process that its parent has not yet reaped is a zombie, which
     * the JDK counts as alive; the orphaned postmaster's parent may be an init that reaps slowly, or never.
     */
    boolean isRunning() {
        if (!process.isAlive()) {
            return false;
        }
        return state().map(state -> state != 'Z' && state != 'X').orElse(true);
    }

    /**
     * Waits until no process still holds the dead server's shared memory: its backends notice the postmaster's
     * death and exit within moments, unless busy with a long statement. Returns whether they had all gone.
     */
    boolean awaitBackendsGone(Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (backendsAttached()) {
            if (System.nanoTime() > deadline || Thread.currentThread().isInterrupted()) {
                return false;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        return true;
    }

    /**
     * Deletes the pid file of this postmaster once it is dead and no process holds its memory any more. A
     * postmaster killed outright stays a zombie until its parent (init) reaps it, which takes seconds, or for
     * ever in a container whose init does not reap; meanwhile PostgreSQL takes its pid file for a running
     * server's and refuses to start. Left alone when the memory cannot be checked: then the file is PostgreSQL's
     * only guard against starting beside old processes.
     */
    void removeStalePidFile(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (isRunning() || !canSeeSharedMemory() || backendsAttached() || !Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (!lines.isEmpty() && lines.get(0).strip().equals(Long.toString(process.pid()))) {
            Files.delete(pidFile);
        }
    }

    private boolean canSeeSharedMemory() {
        return sharedMemoryId != null && Files.isReadable(SEGMENTS);
    }

    private boolean backendsAttached() {
        if (!canSeeSharedMemory()) {
            return false; // not Linux, or an unusual build: let the start find out
        }
        Path segments = SEGMENTS;
        try {
            // Columns: key shmid perms size cpid lpid nattch ...
            return Files.readAllLines(segments).stream()
                    .skip(1)
                    .map(line -> line.strip().split("\\s+"))
                    .anyMatch(columns -> columns.length > 6 && columns[1].equals(sharedMemoryId)
                            && !columns[6].equals("0"));
        } catch (IOException e) {
            return false;
        }
    }

    private Optional<Character> state() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            // "pid (command) S ...": the command may hold spaces and brackets, so read after the last ')'.
            int end = stat.lastIndexOf(')');
            return end > 0 && end + 2 < stat.length() ? Optional.of(stat.charAt(end + 2)) : Optional.empty();
        } catch (IOException e) {
            // Gone between the two looks, or a system without /proc, where the JDK's answer has to do.
            return Files.isDirectory(Path.of("/proc/self")) ? Optional.of('X') : Optional.empty();
        }
    }
}
