package kith.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.familyhelp.FamilyHelpEvents.AssessmentCompleted;
import kith.familyhelp.FamilyHelpEvents.AssessmentStarted;
import kith.familyhelp.FamilyHelpEvents.EpisodeClosed;
import kith.familyhelp.FamilyHelpEvents.FamilyPlanAgreed;
import kith.familyhelp.FamilyHelpEvents.FamilyPlanReviewed;
import kith.familyhelp.FamilyHelpEvents.LeadPractitionerAllocated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the lead practitioner's tasks from Family Help's events: complete the assessment by its due date,
 * review the family plan by the next review date; closing the episode ends its tasks. Like the chronology,
 * each listener runs after the publishing transaction commits and is safe to run twice.
 */
@Component
class TaskKeeper {

    private final Tasks tasks;

    TaskKeeper(Tasks tasks) {
        this.tasks = tasks;
    }

    // Working Together 2023: the assessment is due within 45 working days of the referral (Family Help works
    // out the date; the event carries it).
    @ApplicationModuleListener
    void on(AssessmentStarted event) {
        if (event.dueOn() != null && event.leadPractitionerId() != null) {
            tasks.add(new NewTask(TaskKind.COMPLETE_ASSESSMENT, event.leadPractitionerId(), List.of(event.childId()),
                    event.episodeId(), event.dueOn(), Entries.episodeLink(event.episodeId()), event.assessmentId()));
        }
    }

    @ApplicationModuleListener
    void on(AssessmentCompleted event) {
        tasks.done(TaskKind.COMPLETE_ASSESSMENT, event.assessmentId(), event.completedOn());
    }

    @ApplicationModuleListener
    void on(FamilyPlanAgreed event) {
        nextReview(event.planId(), event.episodeId(), event.childIds(), event.leadPractitionerId(), event.startedOn(),
                event.nextReviewOn());
    }

    @ApplicationModuleListener
    void on(FamilyPlanReviewed event) {
        nextReview(event.planId(), event.episodeId(), event.childIds(), event.leadPractitionerId(), event.reviewedOn(),
                event.nextReviewOn());
    }

    @ApplicationModuleListener
    void on(LeadPractitionerAllocated event) {
        tasks.reassign(event.episodeId(), event.practitionerId());
    }

    @ApplicationModuleListener
    void on(EpisodeClosed event) {
        tasks.closeEpisode(event.episodeId(), event.closedOn());
    }

    /** The plan's next review replaces the one before ({@link Tasks#replace}). */
    private void nextReview(UUID planId, UUID episodeId, List<UUID> childIds, UUID lead, LocalDate on,
            LocalDate nextReviewOn) {
        if (nextReviewOn == null) {
            tasks.done(TaskKind.REVIEW_FAMILY_PLAN, planId, on); // no further review planned: nothing is due
            return;
        }
        if (lead == null) {
            return; // nobody to give it to yet; the allocation of a lead practitioner does not create tasks
        }
        tasks.replace(new NewTask(TaskKind.REVIEW_FAMILY_PLAN, lead, childIds, episodeId, nextReviewOn,
                Entries.episodeLink(episodeId), planId), on);
    }
}
