package kith.familyhelp;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The past-tense events Family Help publishes; the chronology, the work trays and the measures listen to
 * them. Each names the children concerned, so that listeners never read Family Help's tables.
 */
public final class FamilyHelpEvents {

    private FamilyHelpEvents() {}

    /** A Family Help episode was opened for these children (from a referral, or directly by a manager). */
    public record EpisodeOpened(UUID episodeId, List<UUID> childIds, LocalDate openedOn, String kind, UUID referralId,
            String openedByName) {}

    /** A lead practitioner was allocated (or changed); {@code agreed} says whether they agreed to lead. */
    public record LeadPractitionerAllocated(UUID episodeId, List<UUID> childIds, UUID practitionerId,
            String practitionerName, String agencyName, LocalDate allocatedOn, String allocatedByName) {}

    /** An assessment of a child was started; it is due by {@code dueOn} (45 working days from the referral). */
    public record AssessmentStarted(UUID assessmentId, UUID episodeId, UUID childId, LocalDate startedOn,
            LocalDate dueOn, UUID leadPractitionerId) {}

    /** An assessment was completed, with the factors identified (DfE codes) and whether it was late. */
    public record AssessmentCompleted(UUID assessmentId, UUID episodeId, UUID childId, LocalDate completedOn,
            List<String> factors, boolean late, String byName) {}

    /** A social-work-qualified manager authorised an assessment. */
    public record AssessmentAuthorised(UUID assessmentId, UUID episodeId, UUID childId, LocalDate authorisedOn,
            String byName) {}

    /** A family plan was agreed with the family; the first review is due on {@code nextReviewOn}. */
    public record FamilyPlanAgreed(UUID planId, UUID episodeId, List<UUID> childIds, LocalDate startedOn,
            boolean childInNeedPlan, int goals, LocalDate nextReviewOn, UUID leadPractitionerId, String byName) {}

    /** A family plan was reviewed. */
    public record FamilyPlanReviewed(UUID planId, UUID episodeId, List<UUID> childIds, LocalDate reviewedOn,
            LocalDate nextReviewOn, UUID leadPractitionerId, String byName) {}

    /** A visit or contact with the family was recorded. */
    public record VisitRecorded(UUID visitId, UUID episodeId, List<UUID> childIds, LocalDate visitedOn,
            boolean childSeenAlone, String byName) {}

    /**
     * A manager decided to step up to child protection. The lead practitioner stays with the family; the
     * child protection module reacts to this.
     */
    public record SteppedUpToChildProtection(UUID episodeId, List<UUID> childIds, LocalDate decidedOn, String reason,
            UUID leadPractitionerId, String decidedByName) {}

    /** The episode closed with a DfE reason for closure (RC1 to RC9). */
    public record EpisodeClosed(UUID episodeId, List<UUID> childIds, LocalDate closedOn, String reasonCode,
            String byName) {}
}
