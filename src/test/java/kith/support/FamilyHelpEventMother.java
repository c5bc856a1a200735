package kith.support;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.familyhelp.FamilyHelpEvents.AssessmentCompleted;
import kith.familyhelp.FamilyHelpEvents.AssessmentStarted;
import kith.familyhelp.FamilyHelpEvents.EpisodeClosed;
import kith.familyhelp.FamilyHelpEvents.EpisodeOpened;
import kith.familyhelp.FamilyHelpEvents.FamilyPlanAgreed;
import kith.familyhelp.FamilyHelpEvents.FamilyPlanReviewed;
import kith.familyhelp.FamilyHelpEvents.LeadPractitionerAllocated;
import kith.familyhelp.FamilyHelpEvents.VisitRecorded;

/**
 * Family Help's events about one episode, with sensible defaults, as Family Help would publish them:
 * {@code FamilyHelpEventMother.episodeFor(child).visitedOn(date)}.
 */
public final class FamilyHelpEventMother {

    private final UUID episodeId = UUID.randomUUID();
    private final List<UUID> childIds;

    private FamilyHelpEventMother(List<UUID> childIds) {
        this.childIds = List.copyOf(childIds);
    }

    public UUID episodeId() {
        return episodeId;
    }

    public static FamilyHelpEventMother episodeFor(UUID... children) {
        return new FamilyHelpEventMother(List.of(children));
    }

    public EpisodeOpened openedOn(LocalDate on) {
        return new EpisodeOpened(episodeId, childIds, on, "TARGETED_EARLY_HELP", UUID.randomUUID(), "Priya Shah");
    }

    public LeadPractitionerAllocated leadAllocatedOn(LocalDate on, UUID practitionerId) {
        return new LeadPractitionerAllocated(episodeId, childIds, practitionerId, "Grace Adeyemi",
                "Demo Community Health NHS Trust", on, "Priya Shah");
    }

    public AssessmentStarted assessmentStarted(UUID assessmentId, LocalDate on, LocalDate dueOn, UUID leadPractitionerId) {
        return new AssessmentStarted(assessmentId, episodeId, childIds.getFirst(), on, dueOn, leadPractitionerId);
    }

    public AssessmentCompleted assessmentCompleted(UUID assessmentId, LocalDate on, boolean late) {
        return new AssessmentCompleted(assessmentId, episodeId, childIds.getFirst(), on, List.of("3A", "4A"), late,
                "Grace Adeyemi");
    }

    public FamilyPlanAgreed planAgreed(UUID planId, LocalDate on, LocalDate nextReviewOn, UUID leadPractitionerId) {
        return new FamilyPlanAgreed(planId, episodeId, childIds, on, true, 2, nextReviewOn, leadPractitionerId,
                "Grace Adeyemi");
    }

    public FamilyPlanReviewed planReviewed(UUID planId, LocalDate on, LocalDate nextReviewOn, UUID leadPractitionerId) {
        return new FamilyPlanReviewed(planId, episodeId, childIds, on, nextReviewOn, leadPractitionerId, "Grace Adeyemi");
    }

    public VisitRecorded visitedOn(LocalDate on) {
        return new VisitRecorded(UUID.randomUUID(), episodeId, childIds, on, true, "Sam Okoro");
    }

    public EpisodeClosed closedOn(LocalDate on) {
        return new EpisodeClosed(episodeId, childIds, on, "RC8", "Priya Shah");
    }
}
