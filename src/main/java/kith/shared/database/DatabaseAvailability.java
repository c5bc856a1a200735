package kith.shared.database;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Whether Kith can reach its database just now. Whoever first sees it go reports the outage: the watch on the
 * embedded postmaster, a request that lost its connection, the health check. {@link RecoveryProbe} reports it
 * back once a connection works again. While it is away, requests are answered 503 at once rather
 * than each waiting for a connection that will not come.
 */
@Component
public class DatabaseAvailability {

    private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);
    private static final long AVAILABLE = Long.MIN_VALUE;

    /** When the outage began (System.nanoTime), or AVAILABLE. */
    private final AtomicLong unavailableSince = new AtomicLong(AVAILABLE);

    public boolean isAvailable() {
        return unavailableSince.get() == AVAILABLE;
    }

    /** Reports that the database cannot be reached; {@code seenBy} says who noticed, for the log. */
    public void reportOutage(String seenBy) {
        if (unavailableSince.compareAndSet(AVAILABLE, System.nanoTime())) {
            log.warn("The database is unavailable ({}); answering 503 until it is back", seenBy);
        }
    }

    /** Reports that a connection works again. */
    void reportRecovered() {
        long since = unavailableSince.getAndSet(AVAILABLE);
        if (since != AVAILABLE) {
            log.info("The database is available again after {} ms", Duration.ofNanos(System.nanoTime() - since).toMillis());
        }
    }
}
