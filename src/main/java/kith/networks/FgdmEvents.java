package kith.networks;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The past-tense events of family group decision making; the chronology and the work trays listen. Each names every
 * child the meeting is about ({@code childIds}: the child, then their brothers and sisters) and carries what its
 * listeners need, so that they never read this module's tables.
 */
public final class FgdmEvents {

    private FgdmEvents() {}

    /** A family group decision-making meeting was considered for the children at a stage of the work. */
    public record FgdmConsidered(UUID fgdmId, List<UUID> childIds, FgdmStage stage, LocalDate consideredOn,
            String byName) {}

    /** The meeting was offered to the family. */
    public record FgdmOffered(UUID fgdmId, List<UUID> childIds, String offeredTo, LocalDate offeredOn, String byName) {}

    /**
     * The family answered; an accepted meeting is due by {@code meetingDueOn}, the work of {@code practitionerId}
     * (who recorded the answer).
     */
    public record FgdmAnswered(UUID fgdmId, List<UUID> childIds, boolean accepted, String answeredBy,
            LocalDate answeredOn, LocalDate meetingDueOn, UUID practitionerId, String byName) {}

    /** A manager approved not offering a meeting: not in the child's best interests (s31ZA(3)). */
    public record FgdmNotOfferedApproved(UUID fgdmId, List<UUID> childIds, LocalDate decidedOn, String managerName) {}

    /** The meeting was held. */
    public record FgdmMeetingHeld(UUID fgdmId, List<UUID> childIds, LocalDate heldOn, boolean privateFamilyTime,
            String byName) {}

    /** The family's plan was agreed; its review is due by {@code reviewDueOn}, the work of {@code practitionerId}. */
    public record FamilysPlanAgreed(UUID fgdmId, List<UUID> childIds, LocalDate agreedOn, LocalDate reviewDueOn,
            UUID practitionerId, String byName) {}

    /** The family's plan was reviewed. */
    public record FamilysPlanReviewed(UUID fgdmId, List<UUID> childIds, LocalDate reviewedOn, String byName) {}
}
