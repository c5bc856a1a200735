package kith.casework;

import java.util.List;
import kith.networks.FgdmEvents.FamilysPlanAgreed;
import kith.networks.FgdmEvents.FamilysPlanReviewed;
import kith.networks.FgdmEvents.FgdmAnswered;
import kith.networks.FgdmEvents.FgdmConsidered;
import kith.networks.FgdmEvents.FgdmMeetingHeld;
import kith.networks.FgdmEvents.FgdmNotOfferedApproved;
import kith.networks.FgdmEvents.FgdmOffered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes family group decision making into each child's chronology, as {@link ChronologyRecorder} does for the
 * other modules (after the publishing transaction; a redelivered event adds nothing).
 */
@Component
class FgdmChronology {

    private final ChronologyEntries entries;

    FgdmChronology(ChronologyEntries entries) {
        this.entries = entries;
    }

    @ApplicationModuleListener
    void on(FgdmConsidered event) {
        add(FgdmEntries.of(event));
    }

    @ApplicationModuleListener
    void on(FgdmOffered event) {
        add(FgdmEntries.of(event));
    }

    @ApplicationModuleListener
    void on(FgdmAnswered event) {
        add(FgdmEntries.of(event));
    }

    @ApplicationModuleListener
    void on(FgdmNotOfferedApproved event) {
        add(FgdmEntries.of(event));
    }

    @ApplicationModuleListener
    void on(FgdmMeetingHeld event) {
        add(FgdmEntries.of(event));
    }

    @ApplicationModuleListener
    void on(FamilysPlanAgreed event) {
        add(FgdmEntries.of(event));
    }

    @ApplicationModuleListener
    void on(FamilysPlanReviewed event) {
        add(FgdmEntries.of(event));
    }

    private void add(List<NewEntry> written) {
        written.forEach(entries::add);
    }
}
