package kith.casework;

import kith.networks.PreProceedingsEvents.CourtApplicationMade;
import kith.networks.PreProceedingsEvents.LegalPlanningMeetingHeld;
import kith.networks.PreProceedingsEvents.LetterBeforeProceedingsSent;
import kith.networks.PreProceedingsEvents.PreProceedingsMeetingHeld;
import kith.networks.PreProceedingsEvents.PreProceedingsStarted;
import kith.networks.PreProceedingsEvents.PreProceedingsStepDecided;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes pre-proceedings into the child's chronology, and keeps the task of the next pre-proceedings review (due
 * when the last meeting said; done by the next meeting, the step decision that ends them or the application to
 * court). Safe to repeat, as every listener here.
 */
@Component
class PreProceedingsChronology {

    private final ChronologyEntries entries;
    private final Tasks tasks;

    PreProceedingsChronology(ChronologyEntries entries, Tasks tasks) {
        this.entries = entries;
        this.tasks = tasks;
    }

    @ApplicationModuleListener
    void on(PreProceedingsStarted event) {
        entries.add(PreProceedingsEntries.of(event));
    }

    @ApplicationModuleListener
    void on(LegalPlanningMeetingHeld event) {
        entries.add(PreProceedingsEntries.of(event));
    }

    @ApplicationModuleListener
    void on(LetterBeforeProceedingsSent event) {
        entries.add(PreProceedingsEntries.of(event));
    }

    @ApplicationModuleListener
    void on(PreProceedingsMeetingHeld event) {
        entries.add(PreProceedingsEntries.of(event));
        if (event.nextReviewOn() != null) {
            tasks.replace(new NewTask(TaskKind.PRE_PROCEEDINGS_REVIEW, event.practitionerId(),
                    java.util.List.of(event.childId()), null, event.nextReviewOn(),
                    PreProceedingsEntries.link(event.preProceedingsId()), event.preProceedingsId()), event.heldOn());
        } else {
            tasks.done(TaskKind.PRE_PROCEEDINGS_REVIEW, event.preProceedingsId(), event.heldOn());
        }
    }

    @ApplicationModuleListener
    void on(PreProceedingsStepDecided event) {
        entries.add(PreProceedingsEntries.of(event));
        if (event.ended()) {
            tasks.closeWork(event.preProceedingsId(), event.decidedOn());
        }
    }

    @ApplicationModuleListener
    void on(CourtApplicationMade event) {
        entries.add(PreProceedingsEntries.of(event));
        tasks.closeWork(event.preProceedingsId(), event.appliedOn());
    }
}
