package kith.familyhelp;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An assessment as pages and the API show it. */
public record AssessmentView(
        UUID id,
        long version,
        UUID episodeId,
        UUID childId,
        String childName,
        LocalDate startedOn,
        LocalDate dueOn,
        String familyViews,
        String childViews,
        List<AssessmentFactor> factors,
        String analysis,
        String outcome,
        String outcomeLabel,
        LocalDate completedOn,
        String lateReason,
        String completedByName,
        LocalDate authorisedOn,
        String authorisedByName,
        String primaryNeed,
        String primaryNeedLabel) {

    public boolean completed() {
        return completedOn != null;
    }

    public boolean authorised() {
        return authorisedOn != null;
    }

    public boolean overdueOn(LocalDate today) {
        return !completed() && today.isAfter(dueOn);
    }

    /** GOV.UK task list status. */
    public String status() {
        return authorised() ? "Authorised" : completed() ? "Completed" : familyViews == null && analysis == null
                ? "Not started" : "In progress";
    }
}
