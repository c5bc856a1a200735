package kith.insights.measures;

import kith.familyhelp.FamilyHelpEvents.AssessmentCompleted;
import kith.familyhelp.FamilyHelpEvents.AssessmentStarted;
import kith.familyhelp.FamilyHelpEvents.EpisodeClosed;
import kith.familyhelp.FamilyHelpEvents.EpisodeOpened;
import kith.familyhelp.FamilyHelpEvents.LeadPractitionerAllocated;
import kith.frontdoor.ReferralDecided;
import kith.frontdoor.ReferralReceived;
import kith.networks.FgdmEvents.FgdmConsidered;
import kith.networks.FgdmEvents.FgdmMeetingHeld;
import kith.networks.FgdmEvents.FgdmOffered;
import kith.networks.KinshipEvents.KinshipArrangementStarted;
import kith.networks.KinshipEvents.PlacedOutsideTheNetwork;
import kith.networks.PreProceedingsEvents.LetterBeforeProceedingsSent;
import kith.networks.SupportPackageEvents.SupportPackageApproved;
import kith.networks.SupportPackageEvents.SupportPackageReviewed;
import kith.protection.ProtectionEvents.ChildProtectionPlanEnded;
import kith.protection.ProtectionEvents.ChildProtectionPlanStarted;
import kith.protection.ProtectionEvents.ChildProtectionVisitMade;
import kith.protection.ProtectionEvents.ConferenceHeld;
import kith.protection.ProtectionEvents.ConferenceScheduled;
import kith.protection.ProtectionEvents.LeadChildProtectionPractitionerAssigned;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the measures current from the other modules' events. Each listener runs after the publishing transaction
 * commits, in its own transaction, and the event publication registry redelivers what failed; the facts are upserts,
 * so a redelivered event changes nothing. All of them go through {@link MeasureFacts#apply}, as the rebuild does.
 */
@Component
class MeasureRecorder {

    private final MeasureFacts facts;

    MeasureRecorder(MeasureFacts facts) {
        this.facts = facts;
    }

    @ApplicationModuleListener
    void on(ReferralReceived event) {
        facts.apply(event);
    }

    @ApplicationModuleListener
    void on(ReferralDecided event) {
        facts.apply(event);
    }

    @ApplicationModuleListener
    void on(EpisodeOpened event) {
        facts.apply(event);
    }

    @ApplicationModuleListener
    void on(LeadPractitionerAllocated event) {
        facts.apply(event);
    }

    @ApplicationModuleListener
    void on(AssessmentStarted event) {
        facts.apply(event);
    }

    @ApplicationModuleListener
    void on(AssessmentCompleted event) {
        facts.apply(event);
    }

    @ApplicationModuleListener
    void on(EpisodeClosed event) {
        facts.apply(event);
    }

    @ApplicationModuleListener
    void on(ConferenceScheduled event) {
        facts.apply(event);
    }

    @ApplicationModuleListener
    void on(ConferenceHeld event) {
        facts.apply(event);
    }

    @ApplicationModuleListener
    void on(ChildProtectionPlanStarted event) {
        facts.apply(event);
    }

    @ApplicationModuleListener
    void on(LeadChildProtectionPractitionerAssigned event) {
        facts.apply(event);
    }

    @ApplicationModuleListener
    void on(ChildProtectionPlanEnded event) {
        facts.apply(event);
    }

    @ApplicationModuleListener
    void on(ChildProtectionVisitMade event) {
        facts.apply(event);
    }

    @ApplicationModuleListener
    void on(FgdmConsidered event) {
        facts.apply(event);
    }

    @ApplicationModuleListener
    void on(FgdmOffered event) {
        facts.apply(event);
    }

    @ApplicationModuleListener
    void on(FgdmMeetingHeld event) {
        facts.apply(event);
    }

    @ApplicationModuleListener
    void on(LetterBeforeProceedingsSent event) {
        facts.apply(event);
    }

    @ApplicationModuleListener
    void on(SupportPackageApproved event) {
        facts.apply(event);
    }

    @ApplicationModuleListener
    void on(SupportPackageReviewed event) {
        facts.apply(event);
    }

    @ApplicationModuleListener
    void on(KinshipArrangementStarted event) {
        facts.apply(event);
    }

    @ApplicationModuleListener
    void on(PlacedOutsideTheNetwork event) {
        facts.apply(event);
    }
}
