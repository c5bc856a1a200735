package kith.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * While the database is unavailable, tries to connect four times a second and reports the database available
 * again as soon as a connection works: the embedded cluster once it has been restarted, an external server once
 * it is back. At the start of an outage the pool's idle connections are dropped, as they lead to a server that
 * has gone.
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
        // Assigned before it runs: the thread goes on only while it is the one this field names.
        Thread started = Thread.ofPlatform().daemon().name("kith-database-recovery").unstarted(this::probe);
        thread = started;
        started.start();
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

    /**
     * A connection of its own, not one from the pool: asked for connections while the database is away, the pool
     * goes on trying with pauses that grow to 5 s, and would hand out the first one seconds after the database
     * is back. Unasked (the pool keeps no idle connections for their own sake), it stops trying, and the first
     * request after the outage gets a new connection at once.
     */
    private boolean connects() {
        try (Connection connection = connect()) {
            return connection.isValid(1);
        } catch (SQLException stillAway) {
            return false;
        }
    }

    private Connection connect() throws SQLException {
        if (dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
            var properties = new Properties();
            properties.putAll(hikari.getDataSourceProperties());
            if (hikari.getUsername() != null) {
                properties.setProperty("user", hikari.getUsername());
            }
            if (hikari.getPassword() != null) {
                properties.setProperty("password", hikari.getPassword());
            }
            return DriverManager.getConnection(hikari.getJdbcUrl(), properties);
        }
        return dataSource.getConnection();
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
