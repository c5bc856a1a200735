package kith.shared.database;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Looks at the embedded postmaster ten times a second. When it has died (killed, crashed, stopped by someone),
 * reports the database unavailable and starts PostgreSQL again on the same data and port, trying again with
 * longer pauses until it runs or Kith stops. Kith itself keeps running throughout.
 */
final class PostmasterWatch implements SmartLifecycle {

    static final Duration LOOK_EVERY = Duration.ofMillis(100);
    static final Duration FIRST_RETRY = Duration.ofMillis(100);
    static final Duration LONGEST_RETRY = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(PostmasterWatch.class);

    private final EmbeddedCluster cluster;
    private final DatabaseAvailability availability;
    private volatile Thread thread;

    PostmasterWatch(EmbeddedCluster cluster, DatabaseAvailability availability) {
        this.cluster = cluster;
        this.availability = availability;
    }

    @Override
    public void start() {
        // Assigned before it runs: the thread goes on only while it is the one this field names.
        Thread started = Thread.ofPlatform().daemon().name("kith-postmaster-watch").unstarted(this::watch);
        thread = started;
        started.start();
    }

    /** Stops first of all when Kith stops, so that no PostgreSQL is started while everything else closes. */
    @Override
    public void stop() {
        Thread running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
            try {
                running.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    private boolean watching() {
        return thread == Thread.currentThread() && !Thread.currentThread().isInterrupted();
    }

    private void watch() {
        while (watching()) {
            LockSupport.parkNanos(LOOK_EVERY.toNanos());
            if (watching() && !cluster.isRunning()) {
                availability.reportOutage("the embedded PostgreSQL has stopped");
                // The library then logs an error that it "could not stop" the server: there is nothing left to stop.
                log.warn("The embedded PostgreSQL on port {} has stopped; starting it again on the same data",
                        cluster.port());
                restartUntilRunning();
            }
        }
    }

    private void restartUntilRunning() {
        Duration pause = FIRST_RETRY;
        while (watching()) {
            try {
                cluster.restart();
                log.warn("Restarted the embedded PostgreSQL on port {} with the same data", cluster.port());
                return;
            } catch (Exception e) {
                log.warn("Could not restart the embedded PostgreSQL yet ({}); trying again in {} ms", e.getMessage(),
                        pause.toMillis());
            }
            LockSupport.parkNanos(pause.toNanos());
            pause = pause.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : pause.multipliedBy(2);
        }
    }
}
