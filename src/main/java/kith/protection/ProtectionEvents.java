package kith.protection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The past-tense events child protection publishes; the chronology and the work trays listen to them. Each names
 * the children and the practitioners concerned and carries the next due dates its clocks set, so that listeners
 * never read child protection's tables.
 */
public final class ProtectionEvents {

    private ProtectionEvents() {}

    /**
     * A strategy discussion was held. {@code missingAgencies} names the required agencies that did not take part;
     * {@code meetingDueOn} is when the meeting after an urgent discussion by phone is due (null for a meeting);
     * {@code followsUpId} is the urgent discussion by phone that this meeting follows, if any (its meeting is then
     * held).
     */
    public record StrategyDiscussionHeld(UUID discussionId, UUID episodeId, List<UUID> childIds, LocalDate heldOn,
            boolean byPhone, boolean section47, boolean immediateProtection, List<String> missingAgencies,
            LocalDate meetingDueOn, UUID familyHelpLeadId, String byName, UUID followsUpId) {}

    /** A section 47 enquiry started; its initial conference is due by {@code conferenceDueOn} (InitialCPCtarget). */
    public record Section47EnquiryStarted(UUID enquiryId, UUID episodeId, UUID childId, LocalDate startedOn,
            LocalDate conferenceDueOn, UUID discussionId, UUID familyHelpLeadId) {}

    /**
     * A lead child protection practitioner was assigned to a child's enquiry or plan (or changed); {@code ofPlan}
     * says which {@code workId} is.
     */
    public record LeadChildProtectionPractitionerAssigned(UUID workId, UUID childId, UUID practitionerId,
            String practitionerName, LocalDate assignedOn, String byName, boolean ofPlan) {}

    /** A section 47 enquiry's outcome was recorded: no further action (ICPCnotRequired) or an initial conference. */
    public record Section47EnquiryCompleted(UUID enquiryId, UUID childId, LocalDate completedOn, boolean substantiated,
            boolean conferenceNeeded, String byName) {}

    /**
     * A conference was arranged (or moved to another date) on {@code arrangedOn}, for {@code scheduledOn}; it must be
     * held by {@code dueOn}.
     */
    public record ConferenceScheduled(UUID conferenceId, UUID childId, String kind, LocalDate scheduledOn,
            LocalDate dueOn, UUID leadPractitionerId, UUID workId, LocalDate arrangedOn) {}

    /** A conference was held and decided ({@code decision}: PLAN, NO_PLAN, CONTINUE_PLAN or END_PLAN). */
    public record ConferenceHeld(UUID conferenceId, UUID childId, String kind, LocalDate heldOn, String decision,
            String category, boolean late, String chairName, UUID workId) {}

    /** A child protection plan started on the date of the conference that set it, with its first due dates. */
    public record ChildProtectionPlanStarted(UUID planId, UUID episodeId, UUID childId, LocalDate startedOn,
            String category, int previousPlans, UUID leadPractitionerId, String leadPractitionerName,
            UUID familyHelpLeadId, LocalDate visitDueOn, LocalDate coreGroupDueOn, LocalDate reviewDueOn) {}

    /** A review conference kept the plan; the next review is due by {@code reviewDueOn}. */
    public record ChildProtectionPlanReviewed(UUID planId, UUID childId, LocalDate reviewedOn, String category,
            LocalDate reviewDueOn, UUID leadPractitionerId) {}

    /** The core group met; the next meeting is due by {@code nextDueOn}. */
    public record CoreGroupMet(UUID meetingId, UUID planId, UUID childId, LocalDate heldOn, LocalDate nextDueOn,
            boolean late, UUID leadPractitionerId, String byName) {}

    /** A statutory visit was made; the next is due by {@code nextDueOn} at the plan's frequency. */
    public record ChildProtectionVisitMade(UUID visitId, UUID planId, UUID childId, LocalDate visitedOn,
            boolean childSeen, boolean seenAlone, boolean bedroomSeen, LocalDate nextDueOn, boolean late,
            UUID leadPractitionerId, String byName) {}

    /** A child on another council's plan moved here; the transfer-in conference is due by {@code conferenceDueOn}. */
    public record TransferInNotified(UUID transferId, UUID episodeId, UUID childId, String fromCouncil,
            LocalDate notifiedOn, LocalDate conferenceDueOn, UUID familyHelpLeadId, String byName) {}

    /** The council a child moved to was told; the plan ends when their transfer-in conference is held. */
    public record TransferOutNotified(UUID planId, UUID childId, String toCouncil, LocalDate notifiedOn,
            String byName) {}

    /** A child protection plan ended; {@code told} are the agencies invited to the initial conference, now told. */
    public record ChildProtectionPlanEnded(UUID planId, UUID episodeId, UUID childId, LocalDate endedOn, String reason,
            List<String> told, String byName) {}
}
