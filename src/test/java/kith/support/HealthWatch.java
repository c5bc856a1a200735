package kith.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Asks a Kith for its health every 25 ms and keeps what it answered and when (System.nanoTime), so that a test
 * can say how soon after a kill Kith said DOWN, and when it said UP again.
 */
public final class HealthWatch implements AutoCloseable {

    /** One answer: UP, DOWN, or null when nothing answered within a second. */
    public record Sample(long at, String status) {}

    private final List<Sample> samples = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean watching = true;

    private HealthWatch(Supplier<String> health) {
        thread = Thread.ofPlatform().daemon().name("health-watch").start(() -> {
            while (watching) {
                long at = System.nanoTime();
                samples.add(new Sample(at, health.get()));
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(25));
            }
        });
    }

    public static HealthWatch of(Supplier<String> health) {
        return new HealthWatch(health);
    }

    /**
     * The time of the first answer {@code status} asked for at or after {@code since}, waiting up to
     * {@code atMostMillis} for it; -1 if none came.
     */
    public long first(String status, long since, long atMostMillis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(atMostMillis);
        do {
            for (Sample sample : samples) {
                if (sample.at() >= since && status.equals(sample.status())) {
                    return sample.at();
                }
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        } while (System.nanoTime() < deadline);
        return -1;
    }

    @Override
    public void close() throws InterruptedException {
        watching = false;
        thread.join();
    }
}
