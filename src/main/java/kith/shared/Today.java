package kith.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * Today in England, from the one clock of the application: statutory dates (a referral's day, a due date, a
 * visit) are dates in Europe/London, while instants are kept in UTC. Every module asks this, never
 * {@code LocalDate.now()} (ArchitectureTests), so that a test can set the day and no two places disagree on it
 * around midnight.
 */
@Component
public class Today {

    /** The time zone of statutory dates. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Clock clock;

    public Today(Clock clock) {
        this.clock = clock;
    }

    /** Today's date in England. */
    public LocalDate date() {
        return LocalDate.now(clock.withZone(LONDON));
    }

    /** The date in England of an instant. */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, LONDON);
    }

    /** Now, as an instant. */
    public Instant now() {
        return clock.instant();
    }
}
