package kith.casework;

import kith.networks.FgdmEvents.FamilysPlanAgreed;
import kith.networks.FgdmEvents.FamilysPlanReviewed;
import kith.networks.FgdmEvents.FgdmAnswered;
import kith.networks.FgdmEvents.FgdmMeetingHeld;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the family group decision-making tasks: the meeting, once the family accepts, by the date the practitioner
 * set (s31ZA(2) Children Act 1989: an accepted meeting is held before any application for a care order); and the
 * review of the family's plan by its date. Each is the work of the practitioner who recorded the step before, and
 * done by the step it asks for. Like {@link TaskKeeper}, safe to repeat.
 */
@Component
class FgdmTaskKeeper {

    private final Tasks tasks;

    FgdmTaskKeeper(Tasks tasks) {
        this.tasks = tasks;
    }

    @ApplicationModuleListener
    void on(FgdmAnswered event) {
        if (event.accepted() && event.meetingDueOn() != null) {
            tasks.add(new NewTask(TaskKind.FGDM_MEETING, event.practitionerId(), event.childIds(), null,
                    event.meetingDueOn(), FgdmEntries.fgdmLink(event.fgdmId()), event.fgdmId()));
        }
    }

    @ApplicationModuleListener
    void on(FgdmMeetingHeld event) {
        tasks.done(TaskKind.FGDM_MEETING, event.fgdmId(), event.heldOn());
    }

    @ApplicationModuleListener
    void on(FamilysPlanAgreed event) {
        tasks.add(new NewTask(TaskKind.FGDM_PLAN_REVIEW, event.practitionerId(), event.childIds(), null,
                event.reviewDueOn(), FgdmEntries.fgdmLink(event.fgdmId()), event.fgdmId()));
    }

    @ApplicationModuleListener
    void on(FamilysPlanReviewed event) {
        tasks.done(TaskKind.FGDM_PLAN_REVIEW, event.fgdmId(), event.reviewedOn());
    }
}
