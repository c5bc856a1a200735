package kith.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import kith.shared.Today;
import org.springframework.stereotype.Component;

/**
 * The application's clock in tests: the system clock unless a test moves it to another day, so that a test can
 * live through a year of a council's work (a referral decided late, a review three months on) through the
 * services, which take today from the clock. Time goes on from the moment it is moved, so instants stay in order.
 * A test that moves it puts it back ({@link #reset}) when it ends; tests run one at a time.
 */
@Component
public class MovableClock extends Clock {

    private volatile Instant movedTo;
    private volatile long movedAtNanos;

    /** Today becomes {@code day}, at ten in the morning in England. */
    public void moveTo(LocalDate day) {
        movedTo = day.atTime(10, 0).atZone(Today.LONDON).toInstant();
        movedAtNanos = System.nanoTime();
    }

    /** Back to the system clock. */
    public void reset() {
        movedTo = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MovableClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        Instant moved = movedTo;
        return moved == null ? Instant.now() : moved.plus(Duration.ofNanos(System.nanoTime() - movedAtNanos));
    }
}
