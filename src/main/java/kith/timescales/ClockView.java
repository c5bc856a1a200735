package kith.timescales;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One run of a statutory clock, as work trays and records show it.
 *
 * @param id the clock's id
 * @param name the clock definition's code, for example {@code REFERRAL_DECISION}
 * @param label the clock's name as users see it, for example "Referral decision"
 * @param subjectId the record the clock runs for
 * @param childId the child concerned, if known
 * @param startedOn the date of the event that started it
 * @param dueOn the last day on which stopping it is on time
 * @param stoppedOn the date of the event that stopped it, null while it runs
 * @param breached whether it ran past its due date (while running, or stopped late)
 * @param lateReason why it was late, when it was stopped late with a reason
 * @param notNeeded whether it stopped because the work it timed was no longer needed, rather than done
 */
public record ClockView(
        UUID id,
        String name,
        String label,
        UUID subjectId,
        UUID childId,
        LocalDate startedOn,
        LocalDate dueOn,
        LocalDate stoppedOn,
        boolean breached,
        String lateReason,
        boolean notNeeded) {

    /** True until the stop event has been recorded. */
    public boolean running() {
        return stoppedOn == null;
    }

    /** True when the clock is still running on {@code today} and its due date has passed. */
    public boolean overdueOn(LocalDate today) {
        return running() && today.isAfter(dueOn);
    }
}
