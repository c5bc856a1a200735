package kith.timescales;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Something that happened to a subject which may start or stop statutory clocks, for example
 * {@code new ClockEvent("ReferralReceived", referralId, childId, receivedOn, null)}.
 *
 * @param name the event's name, as named by a clock definition's start or stop event
 * @param subjectId the record the clocks run for (a referral, assessment, enquiry or conference)
 * @param childId the child concerned, if known
 * @param on the date the event happened (Europe/London); a clock's timescale counts from it
 * @param lateReason why the work was late, needed when this event stops a clock after its due date and the
 *     clock's definition requires a reason; blank is the same as none
 * @param length for a clock whose length the work sets (a plan's visit frequency), the length of the clocks this
 *     event starts, in the definition's unit; null for the definition's own
 */
public record ClockEvent(String name, UUID subjectId, UUID childId, LocalDate on, String lateReason, Integer length) {

    public ClockEvent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(on, "on");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A clock event needs a name");
        }
        if (length != null && length <= 0) {
            throw new IllegalArgumentException("A clock's length must be more than 0, was " + length);
        }
        lateReason = lateReason == null || lateReason.isBlank() ? null : lateReason.trim();
    }

    /** An event that starts clocks of the definitions' own length. */
    public ClockEvent(String name, UUID subjectId, UUID childId, LocalDate on, String lateReason) {
        this(name, subjectId, childId, on, lateReason, null);
    }
}
