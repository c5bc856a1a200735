package kith.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * While the database is unavailable, asks the pool for a connection four times a second and reports the
 * database available again as soon as one works: the embedded cluster once it has been restarted, an external
 * server once it is back. At the start of an outage the pool's idle connections are dropped, as they lead to a
 * server that has gone.
 */
@Component
class RecoveryProbe implements SmartLifecycle {

    static final Duration EVERY = Duration.ofMillis(250);

    private final DataSource dataSource;
    private final DatabaseAvailability availability;
    private volatile Thread thread;

    RecoveryProbe(DataSource dataSource, DatabaseAvailability availability) {
        this.dataSource = dataSource;
        this.availability = availability;
    }

    @Override
    public void start() {
        thread = Thread.ofPlatform().daemon().name("kith-database-recovery").start(this::probe);
    }

    @Override
    public void stop() {
        Thread running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    /** Stops among the first when Kith stops, so that nothing is probed while the pools close. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    private void probe() {
        boolean evicted = false;
        while (thread == Thread.currentThread()) {
            LockSupport.parkNanos(EVERY.toNanos());
            if (availability.isAvailable()) {
                evicted = false;
                continue;
            }
            if (!evicted) {
                dropIdleConnections();
                evicted = true;
            }
            if (connects()) {
                availability.reportRecovered();
            }
        }
    }

    private boolean connects() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException stillAway) {
            return false;
        }
    }

    private void dropIdleConnections() {
        if (dataSource instanceof HikariDataSource hikari) {
            HikariPoolMXBean pool = hikari.getHikariPoolMXBean();
            if (pool != null) {
                pool.softEvictConnections();
            }
        }
    }
}
