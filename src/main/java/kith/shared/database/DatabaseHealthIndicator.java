package kith.shared.database;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database's part of {@code /actuator/health} (in place of Boot's, which waits as long as the pool does):
 * DOWN at once during a known outage; otherwise a connection from the pool, checked within one second, or DOWN.
 */
@Component
class DatabaseHealthIndicator implements HealthIndicator {

    static final Duration CHECK_WITHIN = Duration.ofSeconds(1);
    static final Duration STEP = Duration.ofMillis(50);

    private final DataSource dataSource;
    private final DatabaseAvailability availability;

    DatabaseHealthIndicator(DataSource dataSource, DatabaseAvailability availability) {
        this.dataSource = dataSource;
        this.availability = availability;
    }

    @Override
    public Health health() {
        if (!availability.isAvailable()) {
            return Health.down().build();
        }
        var check = new CompletableFuture<Boolean>();
        Thread.ofVirtual().start(() -> {
            try (Connection connection = dataSource.getConnection()) {
                check.complete(connection.isValid((int) CHECK_WITHIN.toSeconds()));
            } catch (Exception e) {
                // Reported even when the answer comes after the check gave up waiting for it.
                if (DatabaseOutage.isCauseOf(e)) {
                    availability.reportOutage("health check");
                }
                check.completeExceptionally(e);
            }
        });
        // Waits in short steps, so that an outage reported meanwhile (by the watch on the embedded postmaster)
        // is answered at once rather than at the end of the second.
        long deadline = System.nanoTime() + CHECK_WITHIN.toNanos();
        try {
            while (availability.isAvailable() && System.nanoTime() < deadline) {
                try {
                    return check.get(STEP.toMillis(), TimeUnit.MILLISECONDS) ? Health.up().build() : Health.down().build();
                } catch (TimeoutException notYet) {
                    // look again
                }
            }
            return Health.down().build();
        } catch (ExecutionException e) {
            return Health.down().build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().build();
        }
    }
}
