package kith.casework;

import static kith.casework.ChronologyKind.PRE_PROCEEDINGS;
import static kith.casework.Entries.DATE;
import static kith.casework.Entries.key;

import java.util.UUID;
import kith.networks.PreProceedingsEvents.CourtApplicationMade;
import kith.networks.PreProceedingsEvents.LegalPlanningMeetingHeld;
import kith.networks.PreProceedingsEvents.LetterBeforeProceedingsSent;
import kith.networks.PreProceedingsEvents.PreProceedingsMeetingHeld;
import kith.networks.PreProceedingsEvents.PreProceedingsStarted;
import kith.networks.PreProceedingsEvents.PreProceedingsStepDecided;

/**
 * What each pre-proceedings event says in the child's chronology. Every step is statutory: the CIN census
 * PreProceedingsandFGDM block reports each date.
 */
final class PreProceedingsEntries {

    private PreProceedingsEntries() {}

    static String link(UUID id) {
        return "/pre-proceedings/" + id;
    }

    static NewEntry of(PreProceedingsStarted e) {
        return new NewEntry(e.childId(), e.startedOn(), PRE_PROCEEDINGS, "Pre-proceedings started", null, e.byName(),
                link(e.preProceedingsId()), true, key("PreProceedingsStarted", e.preProceedingsId(), e.childId()));
    }

    static NewEntry of(LegalPlanningMeetingHeld e) {
        return new NewEntry(e.childId(), e.heldOn(), PRE_PROCEEDINGS, "Legal planning meeting held",
                "Decision: " + e.decision() + ".", e.byName(), link(e.preProceedingsId()), true,
                key("LegalPlanningMeetingHeld", e.preProceedingsId(), e.childId()));
    }

    static NewEntry of(LetterBeforeProceedingsSent e) {
        String detail = switch (e.includes()) {
            case "FGDM_OFFER" -> "It includes the offer of a family group decision-making meeting.";
            case "EXEMPTION" -> "It includes a manager's approved exemption: a meeting is not in the child's best interests.";
            default -> "It does not include the offer of a family group decision-making meeting.";
        };
        return new NewEntry(e.childId(), e.sentOn(), PRE_PROCEEDINGS, "Letter before proceedings sent", detail,
                e.byName(), link(e.preProceedingsId()), true,
                key("LetterBeforeProceedingsSent", e.preProceedingsId(), e.childId()));
    }

    static NewEntry of(PreProceedingsMeetingHeld e) {
        return new NewEntry(e.childId(), e.heldOn(), PRE_PROCEEDINGS,
                e.initial() ? "Initial pre-proceedings meeting held" : "Pre-proceedings review meeting held",
                e.nextReviewOn() == null ? null : "Next review by " + DATE.format(e.nextReviewOn()) + ".", e.byName(),
                link(e.preProceedingsId()), true,
                key("PreProceedingsMeetingHeld", e.preProceedingsId(), e.heldOn() + ":" + e.initial(), e.childId()));
    }

    static NewEntry of(PreProceedingsStepDecided e) {
        return new NewEntry(e.childId(), e.decidedOn(), PRE_PROCEEDINGS, "Pre-proceedings step decision",
                e.outcome() + ": " + e.outcomeLabel() + ".", e.byName(), link(e.preProceedingsId()), true,
                key("PreProceedingsStepDecided", e.preProceedingsId(), e.childId()));
    }

    static NewEntry of(CourtApplicationMade e) {
        return new NewEntry(e.childId(), e.appliedOn(), PRE_PROCEEDINGS, "Application to court made",
                e.urgent() ? "Before the accepted family group meeting was held: a manager recorded why it could not wait."
                        : null,
                e.byName(), link(e.preProceedingsId()), true, key("CourtApplicationMade", e.preProceedingsId(), e.childId()));
    }
}
