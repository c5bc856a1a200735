package kith.familyhelp;

import java.time.LocalDate;
import java.util.UUID;

/** A child's current Family Help at a glance, for the child's page: the episode, its plan and assessment. */
public record FamilyHelpSummary(
        UUID episodeId,
        EpisodeKind kind,
        LocalDate openedOn,
        String leadPractitionerName,
        String leadAgencyName,
        boolean leadAgreed,
        String supervisorName,
        LocalDate steppedUpOn,
        UUID planId,
        boolean childInNeedPlan,
        int goals,
        LocalDate nextReviewOn,
        LocalDate assessmentDueOn,
        LocalDate assessmentCompletedOn,
        LocalDate assessmentAuthorisedOn) {

    public boolean reviewOverdueOn(LocalDate today) {
        return nextReviewOn != null && today.isAfter(nextReviewOn);
    }

    public boolean assessmentOverdueOn(LocalDate today) {
        return assessmentDueOn != null && assessmentCompletedOn == null && today.isAfter(assessmentDueOn);
    }
}
