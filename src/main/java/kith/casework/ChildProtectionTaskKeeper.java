package kith.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.protection.ProtectionEvents.ChildProtectionPlanEnded;
import kith.protection.ProtectionEvents.ChildProtectionPlanReviewed;
import kith.protection.ProtectionEvents.ChildProtectionPlanStarted;
import kith.protection.ProtectionEvents.ChildProtectionVisitMade;
import kith.protection.ProtectionEvents.ConferenceHeld;
import kith.protection.ProtectionEvents.CoreGroupMet;
import kith.protection.ProtectionEvents.LeadChildProtectionPractitionerAssigned;
import kith.protection.ProtectionEvents.Section47EnquiryCompleted;
import kith.protection.ProtectionEvents.Section47EnquiryStarted;
import kith.protection.ProtectionEvents.StrategyDiscussionHeld;
import kith.protection.ProtectionEvents.TransferInNotified;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the child protection tasks from child protection's events: the strategy meeting after an urgent discussion
 * by phone, the initial conference of an enquiry, the plan's statutory visits, core group meetings and review
 * conferences, and the transfer-in conference. The due dates are child protection's clocks, carried by its events
 * (at the plan's own frequencies); each task is done when the event that does it comes, and a plan's all end with
 * it. They are the lead child protection practitioner's; until there is one (an enquiry waiting for its lead, a
 * transfer in, the meeting after a phone discussion) the Family Help lead practitioner's, or nobody's in particular.
 * Every tray of someone working with the child shows them, so the Family Help lead who co-works and the managers
 * see them too. Like {@link TaskKeeper}, each listener runs after the publishing transaction and is safe to repeat.
 */
@Component
class ChildProtectionTaskKeeper {

    private final Tasks tasks;

    ChildProtectionTaskKeeper(Tasks tasks) {
        this.tasks = tasks;
    }

    // Local procedures (for example Lewisham): an urgent discussion by phone is followed by a strategy meeting within
    // 5 working days. The Family Help lead practitioner holds it with the family's episode.
    @ApplicationModuleListener
    void on(StrategyDiscussionHeld event) {
        if (event.byPhone() && event.meetingDueOn() != null) {
            tasks.add(new NewTask(TaskKind.STRATEGY_MEETING, event.familyHelpLeadId(), event.childIds(),
                    event.episodeId(), event.meetingDueOn(), ProtectionEntries.discussionLink(event.discussionId()),
                    event.discussionId()));
        }
        if (event.followsUpId() != null) {
            tasks.done(TaskKind.STRATEGY_MEETING, event.followsUpId(), event.heldOn());
        }
    }

    // Working Together 2023: the initial conference within 15 working days of the strategy discussion. Nobody's
    // until a manager assigns the lead child protection practitioner (LeadChildProtectionPractitionerAssigned).
    @ApplicationModuleListener
    void on(Section47EnquiryStarted event) {
        tasks.add(new NewTask(TaskKind.INITIAL_CONFERENCE, null, List.of(event.childId()), null,
                event.conferenceDueOn(), ProtectionEntries.enquiryLink(event.enquiryId()), event.enquiryId()));
    }

    @ApplicationModuleListener
    void on(LeadChildProtectionPractitionerAssigned event) {
        tasks.reassignWork(event.workId(), event.practitionerId());
    }

    @ApplicationModuleListener
    void on(Section47EnquiryCompleted event) {
        if (!event.conferenceNeeded()) {
            tasks.done(TaskKind.INITIAL_CONFERENCE, event.enquiryId(), event.completedOn()); // ICPCnotRequired
        }
    }

    /** An initial or transfer-in conference held is done; a review is done by the plan's review or end. */
    @ApplicationModuleListener
    void on(ConferenceHeld event) {
        switch (event.kind()) {
            case "INITIAL" -> tasks.done(TaskKind.INITIAL_CONFERENCE, event.workId(), event.heldOn());
            case "TRANSFER_IN" -> tasks.done(TaskKind.TRANSFER_IN_CONFERENCE, event.workId(), event.heldOn());
            default -> {
                // A review: ChildProtectionPlanReviewed sets the next one, or ChildProtectionPlanEnded ends them all.
            }
        }
    }

    // Working Together 2023: the first review conference within 3 months of the initial conference. Visits and the
    // core group at the plan's frequencies (local procedures).
    @ApplicationModuleListener
    void on(ChildProtectionPlanStarted event) {
        UUID plan = event.planId();
        UUID lead = event.leadPractitionerId();
        next(TaskKind.STATUTORY_VISIT, plan, event.childId(), lead, event.startedOn(), event.visitDueOn());
        next(TaskKind.CORE_GROUP_MEETING, plan, event.childId(), lead, event.startedOn(), event.coreGroupDueOn());
        next(TaskKind.REVIEW_CONFERENCE, plan, event.childId(), lead, event.startedOn(), event.reviewDueOn());
    }

    // Working Together 2023: further reviews at intervals of no more than 6 months.
    @ApplicationModuleListener
    void on(ChildProtectionPlanReviewed event) {
        next(TaskKind.REVIEW_CONFERENCE, event.planId(), event.childId(), event.leadPractitionerId(), event.reviewedOn(),
                event.reviewDueOn());
    }

    @ApplicationModuleListener
    void on(ChildProtectionVisitMade event) {
        next(TaskKind.STATUTORY_VISIT, event.planId(), event.childId(), event.leadPractitionerId(), event.visitedOn(),
                event.nextDueOn());
    }

    @ApplicationModuleListener
    void on(CoreGroupMet event) {
        next(TaskKind.CORE_GROUP_MEETING, event.planId(), event.childId(), event.leadPractitionerId(), event.heldOn(),
                event.nextDueOn());
    }

    // Working Together 2023: the transfer-in conference within 15 working days of the notification. The Family Help
    // lead practitioner holds it with the family's episode until the conference sets a plan and its lead.
    @ApplicationModuleListener
    void on(TransferInNotified event) {
        tasks.add(new NewTask(TaskKind.TRANSFER_IN_CONFERENCE, event.familyHelpLeadId(), List.of(event.childId()),
                event.episodeId(), event.conferenceDueOn(), ProtectionEntries.transferInLink(event.transferId()),
                event.transferId()));
    }

    @ApplicationModuleListener
    void on(ChildProtectionPlanEnded event) {
        tasks.closeWork(event.planId(), event.endedOn());
    }

    /** The plan's next visit, meeting or review replaces the one before; none due (null) means nothing is. */
    private void next(TaskKind kind, UUID planId, UUID childId, UUID lead, LocalDate on, LocalDate dueOn) {
        if (dueOn == null) {
            tasks.done(kind, planId, on);
            return;
        }
        tasks.replace(new NewTask(kind, lead, List.of(childId), null, dueOn, ProtectionEntries.planLink(planId), planId),
                on);
    }
}
