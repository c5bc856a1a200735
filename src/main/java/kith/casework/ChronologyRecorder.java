package kith.casework;

import java.util.List;
import kith.access.UserAccounts;
import kith.familyhelp.FamilyHelpEvents.AssessmentAuthorised;
import kith.familyhelp.FamilyHelpEvents.AssessmentCompleted;
import kith.familyhelp.FamilyHelpEvents.AssessmentStarted;
import kith.familyhelp.FamilyHelpEvents.EpisodeClosed;
import kith.familyhelp.FamilyHelpEvents.EpisodeOpened;
import kith.familyhelp.FamilyHelpEvents.FamilyPlanAgreed;
import kith.familyhelp.FamilyHelpEvents.FamilyPlanReviewed;
import kith.familyhelp.FamilyHelpEvents.LeadPractitionerAllocated;
import kith.familyhelp.FamilyHelpEvents.SteppedUpToChildProtection;
import kith.familyhelp.FamilyHelpEvents.VisitRecorded;
import kith.frontdoor.ReferralDecided;
import kith.frontdoor.ReferralReceived;
import kith.protection.ProtectionEvents.ChildProtectionPlanEnded;
import kith.protection.ProtectionEvents.ChildProtectionPlanReviewed;
import kith.protection.ProtectionEvents.ChildProtectionPlanStarted;
import kith.protection.ProtectionEvents.ChildProtectionVisitMade;
import kith.protection.ProtectionEvents.ConferenceHeld;
import kith.protection.ProtectionEvents.ConferenceScheduled;
import kith.protection.ProtectionEvents.CoreGroupMet;
import kith.protection.ProtectionEvents.LeadChildProtectionPractitionerAssigned;
import kith.protection.ProtectionEvents.Section47EnquiryCompleted;
import kith.protection.ProtectionEvents.Section47EnquiryStarted;
import kith.protection.ProtectionEvents.StrategyDiscussionHeld;
import kith.protection.ProtectionEvents.TransferInNotified;
import kith.protection.ProtectionEvents.TransferOutNotified;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes each child's chronology from the other modules' events. Each listener runs after the publishing
 * transaction commits, in its own transaction, and the event publication registry redelivers what failed;
 * a redelivered event adds no second entry.
 */
@Component
class ChronologyRecorder {

    private final ChronologyEntries entries;
    private final UserAccounts accounts;

    ChronologyRecorder(ChronologyEntries entries, UserAccounts accounts) {
        this.entries = entries;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(ReferralReceived event) {
        add(Entries.of(event));
    }

    @ApplicationModuleListener
    void on(ReferralDecided event) {
        // The event names the decider by username; the chronology shows people's names.
        String name = accounts.find(event.decidedBy()).map(user -> user.actor().displayName()).orElse(event.decidedBy());
        add(Entries.of(event, name));
    }

    @ApplicationModuleListener
    void on(EpisodeOpened event) {
        add(Entries.of(event));
    }

    @ApplicationModuleListener
    void on(LeadPractitionerAllocated event) {
        add(Entries.of(event));
    }

    @ApplicationModuleListener
    void on(AssessmentStarted event) {
        add(Entries.of(event));
    }

    @ApplicationModuleListener
    void on(AssessmentCompleted event) {
        add(Entries.of(event));
    }

    @ApplicationModuleListener
    void on(AssessmentAuthorised event) {
        add(Entries.of(event));
    }

    @ApplicationModuleListener
    void on(FamilyPlanAgreed event) {
        add(Entries.of(event));
    }

    @ApplicationModuleListener
    void on(FamilyPlanReviewed event) {
        add(Entries.of(event));
    }

    @ApplicationModuleListener
    void on(VisitRecorded event) {
        add(Entries.of(event));
    }

    @ApplicationModuleListener
    void on(SteppedUpToChildProtection event) {
        add(Entries.of(event));
    }

    @ApplicationModuleListener
    void on(EpisodeClosed event) {
        add(Entries.of(event));
    }

    // Child protection's steps (ProtectionEntries says what each shows, and to whom).

    @ApplicationModuleListener
    void on(StrategyDiscussionHeld event) {
        add(ProtectionEntries.of(event));
    }

    @ApplicationModuleListener
    void on(Section47EnquiryStarted event) {
        add(ProtectionEntries.of(event));
    }

    @ApplicationModuleListener
    void on(LeadChildProtectionPractitionerAssigned event) {
        add(ProtectionEntries.of(event));
    }

    @ApplicationModuleListener
    void on(Section47EnquiryCompleted event) {
        add(ProtectionEntries.of(event));
    }

    @ApplicationModuleListener
    void on(ConferenceScheduled event) {
        add(ProtectionEntries.of(event));
    }

    @ApplicationModuleListener
    void on(ConferenceHeld event) {
        add(ProtectionEntries.of(event));
    }

    @ApplicationModuleListener
    void on(ChildProtectionPlanStarted event) {
        add(ProtectionEntries.of(event));
    }

    @ApplicationModuleListener
    void on(ChildProtectionPlanReviewed event) {
        add(ProtectionEntries.of(event));
    }

    @ApplicationModuleListener
    void on(ChildProtectionPlanEnded event) {
        add(ProtectionEntries.of(event));
    }

    @ApplicationModuleListener
    void on(CoreGroupMet event) {
        add(ProtectionEntries.of(event));
    }

    @ApplicationModuleListener
    void on(ChildProtectionVisitMade event) {
        add(ProtectionEntries.of(event));
    }

    @ApplicationModuleListener
    void on(TransferInNotified event) {
        add(ProtectionEntries.of(event));
    }

    @ApplicationModuleListener
    void on(TransferOutNotified event) {
        add(ProtectionEntries.of(event));
    }

    private void add(List<NewEntry> written) {
        written.forEach(entries::add);
    }
}
