package kith.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The clock of the demo configuration: the system's clock, except on a thread that is recording the demo's year
 * of activity, which may see an earlier moment for the length of one piece of work ({@link #at}). The demo records
 * that year through the modules' own services, and many of them take "today" from this clock (the day a contact
 * came in, a referral was decided, Family Help opened); this is how they record it on the day it happened without
 * any service accepting a date it should not. Only the calling thread sees the moved clock, and only inside
 * {@link #at}, so requests served meanwhile and every other thread keep the real time; it is never moved forward.
 * Outside the demo the application's clock is the plain system clock ({@link TimeConfiguration}).
 */
@ConditionalOnDemo
public final class DemoClock extends Clock {

    private final Clock system;
    private final ZoneId zone;
    private final ThreadLocal<Moment> moved;

    /** A moment set on this thread, and the system's nanoTime when it was set, so that time moves on from it. */
    private record Moment(Instant at, long setAtNanos) {}

    public DemoClock(Clock system) {
        this(system, system.getZone(), new ThreadLocal<>());
    }

    private DemoClock(Clock system, ZoneId zone, ThreadLocal<Moment> moved) {
        this.system = system;
        this.zone = zone;
        this.moved = moved;
    }

    /**
     * Does {@code work} on this thread as if it were {@code instant} (the clock runs on from there), then puts the
     * clock back, even if the work fails.
     *
     * @throws IllegalArgumentException if {@code instant} is in the future: nothing is recorded before it happens
     */
    public <T> T at(Instant instant, Supplier<T> work) {
        if (instant.isAfter(system.instant())) {
            throw new IllegalArgumentException("The demo clock is never moved into the future: " + instant);
        }
        Moment before = moved.get();
        moved.set(new Moment(instant, System.nanoTime()));
        try {
            return work.get();
        } finally {
            if (before == null) {
                moved.remove();
            } else {
                moved.set(before);
            }
        }
    }

    /** The real time, whether or not this thread's clock is moved. */
    public Instant realInstant() {
        return system.instant();
    }

    /** Whether this thread's clock is moved (work inside {@link #at}). */
    public boolean isMoved() {
        return moved.get() != null;
    }

    @Override
    public Instant instant() {
        Moment moment = moved.get();
        if (moment == null) {
            return system.instant();
        }
        Instant now = moment.at().plus(Duration.ofNanos(System.nanoTime() - moment.setAtNanos()));
        Instant real = system.instant();
        return now.isAfter(real) ? real : now;
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same clock in another zone: a moved moment stays moved (Today asks for London). */
    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(this.zone) ? this : new DemoClock(system.withZone(zone), zone, moved);
    }
}
