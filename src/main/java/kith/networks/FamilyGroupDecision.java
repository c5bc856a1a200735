package kith.networks;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.people.Identity;

/**
 * A family group decision-making process as its steps record it: the commands of each step, and the views its
 * pages, the API and the other modules read.
 */
public final class FamilyGroupDecision {

    private FamilyGroupDecision() {}

    /** The family's answer to the offer. */
    public enum Answer {
        ACCEPTED("Accepted"),
        DECLINED("Declined");

        private final String label;

        Answer(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Schema(description = "A meeting considered for a child (and their brothers and sisters) at a stage of the work")
    public record FgdmConsideration(UUID childId, List<UUID> siblingIds, FgdmStage stage, LocalDate consideredOn) {}

    @Schema(description = "The offer: to whom (parents, people with parental responsibility, network members), when")
    public record FgdmOffer(String offeredTo, LocalDate offeredOn) {}

    @Schema(description = "The family's answer; an accepted meeting needs the date it is to be held by")
    public record FgdmAnswer(Answer answer, String answeredBy, LocalDate answeredOn, LocalDate meetingDueOn) {}

    @Schema(description = "A practitioner's proposal not to offer a meeting, because it is not in the child's best interests (s31ZA(3))")
    public record FgdmNotOffering(Boolean notInBestInterests, String reason) {}

    @Schema(description = "A manager's decision on a proposal not to offer a meeting")
    public record FgdmNotOfferingDecision(Boolean approved, String managerReasons) {}

    @Schema(description = "The independent coordinator: not the child's lead practitioner nor lead child protection practitioner")
    public record FgdmCoordinator(UUID practitionerId, LocalDate assignedOn) {}

    @Schema(description = "How the family was prepared for the meeting")
    public record FgdmPreparation(String whatWasDone, String preparedWith, LocalDate preparedOn) {}

    @Schema(description = "The meeting: when, who came, whether the family had private family time")
    public record FgdmMeeting(LocalDate heldOn, String attendees, Boolean privateFamilyTime) {}

    @Schema(description = "A step of the family's plan: who does what by when")
    public record FamilysPlanStep(String what, String who, LocalDate byWhen) {}

    @Schema(description = "The family's plan from the meeting, with when it is to be reviewed")
    public record FamilysPlanAgreement(LocalDate agreedOn, List<FamilysPlanStep> steps, String contingency,
            String supportRequested, UUID livesWithPersonId, String livesWith, LocalDate reviewDueOn) {}

    @Schema(description = "The review of the family's plan")
    public record FamilysPlanReview(LocalDate reviewedOn, String outcome) {}

    /**
     * The family's plan: its steps, a contingency if it fails, the support the family asked for (a support package
     * may draw on it) and, if the meeting decided it, where or with whom the child should live: a network member
     * known to Kith ({@code livesWithPersonId}) or in words.
     */
    public record FamilysPlan(LocalDate agreedOn, List<FamilysPlanStep> steps, String contingency,
            String supportRequested, UUID livesWithPersonId, String livesWith, LocalDate reviewDueOn) {}

    /** A practitioner's proposal not to offer, and the manager's decision on it. */
    public record NotOffering(String reason, String proposedBy, LocalDate proposedOn, String decidedBy,
            LocalDate decidedOn, Boolean approved, String managerReasons) {}

    /**
     * One family group decision as other modules read it ({@link FamilyGroupDecisions#forChild}): support packages
     * ("identified at the family group meeting of ...") and kinship care ("the meeting decided the child should live
     * with ...").
     */
    public record Summary(UUID id, FgdmStage stage, FgdmStatus status, LocalDate offeredOn, Answer answer,
            LocalDate heldOn, Boolean privateFamilyTime, FamilysPlan plan) {}

    /** A family group decision as its page and the API show it, the children as the current user may see them. */
    public record View(UUID id, long version, Identity child, List<Identity> siblings, FgdmStage stage,
            FgdmStatus status, LocalDate consideredOn, String consideredBy, NotOffering notOffering, String offeredTo,
            LocalDate offeredOn, String offeredBy, Answer answer, String answeredBy, LocalDate answeredOn,
            LocalDate meetingDueOn, UUID coordinatorId, String coordinatorName, LocalDate coordinatorAssignedOn,
            String preparation, String preparedWith, LocalDate preparedOn, LocalDate heldOn, String attendees,
            Boolean privateFamilyTime, FamilysPlan plan, Identity livesWithPerson, LocalDate reviewedOn,
            String reviewOutcome, String reviewedBy) {}
}
