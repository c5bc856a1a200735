package kith.insights.voice;

import java.util.List;
import java.util.UUID;
import kith.familyhelp.FamilyHelpEvents.EpisodeClosed;
import kith.familyhelp.FamilyHelpEvents.FamilyPlanAgreed;
import kith.familyhelp.FamilyHelpEvents.FamilyPlanReviewed;
import kith.familyhelp.FamilyHelpEvents.LeadPractitionerAllocated;
import kith.protection.ProtectionEvents.ChildProtectionPlanReviewed;
import kith.protection.ProtectionEvents.ChildProtectionPlanStarted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Invites a family's feedback after a family plan review, a child protection plan review or the end of Family Help,
 * from those modules' events (as the chronology is written). The invitation goes to whoever leads the work: the
 * lead practitioner of the plan or episode, or the lead child protection practitioner of the plan. Each listener runs
 * after the publishing transaction commits and is safe to run twice.
 */
@Component
class InvitationKeeper {

    private final Invitations invitations;

    InvitationKeeper(Invitations invitations) {
        this.invitations = invitations;
    }

    @ApplicationModuleListener
    void on(LeadPractitionerAllocated event) {
        invitations.rememberWork(event.episodeId(), event.episodeId(), event.practitionerId());
    }

    @ApplicationModuleListener
    void on(FamilyPlanAgreed event) {
        invitations.rememberWork(event.episodeId(), event.episodeId(), event.leadPractitionerId());
    }

    @ApplicationModuleListener
    void on(FamilyPlanReviewed event) {
        invitations.rememberWork(event.episodeId(), event.episodeId(), event.leadPractitionerId());
        UUID lead = event.leadPractitionerId() != null ? event.leadPractitionerId()
                : invitations.leadOf(event.episodeId()).orElse(null);
        invitations.invite(Occasion.FAMILY_PLAN_REVIEWED,
                Occasion.FAMILY_PLAN_REVIEWED + ":" + event.episodeId() + ":" + event.reviewedOn(), event.episodeId(),
                event.childIds(), event.reviewedOn(), lead);
    }

    @ApplicationModuleListener
    void on(EpisodeClosed event) {
        invitations.invite(Occasion.EPISODE_CLOSED, Occasion.EPISODE_CLOSED + ":" + event.episodeId(), event.episodeId(),
                event.childIds(), event.closedOn(), invitations.leadOf(event.episodeId()).orElse(null));
    }

    @ApplicationModuleListener
    void on(ChildProtectionPlanStarted event) {
        if (event.episodeId() != null) {
            invitations.rememberWork(event.planId(), event.episodeId(), null);
        }
    }

    // Brothers and sisters each have their own plan, usually reviewed at the same conference: one invitation for the
    // family (their episode, that day), not one per child.
    @ApplicationModuleListener
    void on(ChildProtectionPlanReviewed event) {
        UUID episode = invitations.episodeOf(event.planId()).orElse(null);
        UUID family = episode != null ? episode : event.planId();
        invitations.invite(Occasion.CHILD_PROTECTION_PLAN_REVIEWED,
                Occasion.CHILD_PROTECTION_PLAN_REVIEWED + ":" + family + ":" + event.reviewedOn(), episode,
                List.of(event.childId()), event.reviewedOn(), event.leadPractitionerId());
    }
}
