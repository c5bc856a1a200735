package kith.timescales;

import java.time.LocalDate;

/** A statutory clock as data (table {@code clock_definition}): what starts it, how long it runs, what stops it. */
record ClockDefinition(
        String name,
        String label,
        String startEvent,
        int length,
        ClockUnit unit,
        String stopEvent,
        boolean lateReasonRequired,
        boolean lengthSetByWork) {

    /** The last day on which a clock started on {@code startedOn} is on time. */
    LocalDate dueOn(LocalDate startedOn, WorkingCalendar calendar) {
        return dueOn(startedOn, length, calendar);
    }

    /** The same for a run of {@code runLength} (the work's own length, for a definition that allows one). */
    LocalDate dueOn(LocalDate startedOn, int runLength, WorkingCalendar calendar) {
        return switch (unit) {
            case WORKING_DAYS -> calendar.workingDaysAfter(startedOn, runLength);
            case DAYS -> startedOn.plusDays(runLength);
            case MONTHS -> startedOn.plusMonths(runLength);
        };
    }

    /** The length a clock started by an event runs for: the event's, when the work may set it, else the definition's. */
    int lengthFor(Integer eventLength) {
        return lengthSetByWork && eventLength != null ? eventLength : length;
    }
}
