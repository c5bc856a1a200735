package kith.timescales;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import kith.shared.InvalidInput;

/**
 * One run of a statutory clock. It starts with a due date from its definition, and stops once: on time, or
 * late, when it keeps the breach and the reason it was late.
 */
record StatutoryClock(
        UUID id,
        ClockDefinition definition,
        UUID subjectId,
        UUID childId,
        LocalDate startedOn,
        LocalDate dueOn,
        LocalDate stoppedOn,
        LocalDate breachedOn,
        String lateReason,
        Integer length,
        boolean notNeeded,
        long version) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    static StatutoryClock start(ClockDefinition definition, ClockEvent event, WorkingCalendar calendar) {
        int length = definition.lengthFor(event.length());
        return new StatutoryClock(UUID.randomUUID(), definition, event.subjectId(), event.childId(), event.on(),
                definition.dueOn(event.on(), length, calendar), null, null, null,
                length == definition.length() ? null : length, false, 0);
    }

    boolean running() {
        return stoppedOn == null;
    }

    /**
     * This clock stopped on {@code on}. Late when {@code on} is after the due date: the breach is kept (from
     * the day after the due date) with the reason, which the definition may require. A stop on time clears any
     * breach the breach check marked while a back-dated stop event was still on its way.
     */
    StatutoryClock stop(LocalDate on, String reason) {
        if (!running()) {
            throw new IllegalStateException("Clock " + id + " has already stopped");
        }
        if (on.isBefore(startedOn)) {
            throw new InvalidInput("on", "The date must be on or after " + startedOn.format(DAY) + ", when the "
                    + definition.label().toLowerCase(Locale.UK) + " clock started");
        }
        boolean late = on.isAfter(dueOn);
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        if (late && why == null && definition.lateReasonRequired()) {
            throw new InvalidInput("lateReason", "Enter why this was late");
        }
        return new StatutoryClock(id, definition, subjectId, childId, startedOn, dueOn, on,
                late ? dueOn.plusDays(1) : null, late ? why : null, length, false, version);
    }

    /**
     * This clock stopped on {@code on} because the work it timed is no longer needed: neither on time nor late. A
     * breach the breach check already marked stays, since the work was overdue while it was still needed.
     */
    StatutoryClock notNeeded(LocalDate on) {
        if (!running()) {
            throw new IllegalStateException("Clock " + id + " has already stopped");
        }
        LocalDate stop = on.isBefore(startedOn) ? startedOn : on;
        return new StatutoryClock(id, definition, subjectId, childId, startedOn, dueOn, stop,
                breachedOn != null && !stop.isAfter(dueOn) ? null : breachedOn, null, length, true, version);
    }

    /** The same clock counted again on a changed calendar (a closure day added or removed while it runs). */
    StatutoryClock recounted(WorkingCalendar calendar) {
        return new StatutoryClock(id, definition, subjectId, childId, startedOn,
                definition.dueOn(startedOn, length == null ? definition.length() : length, calendar),
                stoppedOn, breachedOn, lateReason, length, notNeeded, version);
    }

    ClockView view() {
        return new ClockView(id, definition.name(), definition.label(), subjectId, childId, startedOn, dueOn, stoppedOn,
                breachedOn != null, lateReason, notNeeded);
    }
}
