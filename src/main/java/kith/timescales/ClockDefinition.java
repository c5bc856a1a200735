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
        boolean lateReasonRequired) {

    /** The last day on which a clock started on {@code startedOn} is on time. */
    LocalDate dueOn(LocalDate startedOn, WorkingCalendar calendar) {
        return switch (unit) {
            case WORKING_DAYS -> calendar.workingDaysAfter(startedOn, length);
            case DAYS -> startedOn.plusDays(length);
            case MONTHS -> startedOn.plusMonths(length);
        };
    }
}
