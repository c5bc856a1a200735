package kith.casework;

import static kith.casework.ChronologyKind.FGDM;
import static kith.casework.Entries.DATE;
import static kith.casework.Entries.key;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kith.networks.FgdmEvents.FamilysPlanAgreed;
import kith.networks.FgdmEvents.FamilysPlanReviewed;
import kith.networks.FgdmEvents.FgdmAnswered;
import kith.networks.FgdmEvents.FgdmConsidered;
import kith.networks.FgdmEvents.FgdmMeetingHeld;
import kith.networks.FgdmEvents.FgdmNotOfferedApproved;
import kith.networks.FgdmEvents.FgdmOffered;

/**
 * What each family group decision-making event says in the chronology of every child the meeting is about. The
 * offer, the answer, not offering and the meeting are statutory: s31ZA Children Act 1989 (from its commencement)
 * and the children in need census (FGDMMeetingOffer, FGDMMeetingFac) count them.
 */
final class FgdmEntries {

    private FgdmEntries() {}

    static String fgdmLink(UUID fgdmId) {
        return "/fgdm/" + fgdmId;
    }

    static List<NewEntry> of(FgdmConsidered e) {
        return Entries.perChild(e.childIds(), child -> new NewEntry(child, e.consideredOn(), FGDM,
                "Family group decision-making meeting considered",
                "At the " + e.stage().label().toLowerCase(Locale.UK) + " stage.", e.byName(), fgdmLink(e.fgdmId()),
                false, key("FgdmConsidered", e.fgdmId(), child)));
    }

    static List<NewEntry> of(FgdmOffered e) {
        return Entries.perChild(e.childIds(), child -> new NewEntry(child, e.offeredOn(), FGDM,
                "Family group decision-making meeting offered", "Offered to " + e.offeredTo() + ".", e.byName(),
                fgdmLink(e.fgdmId()), true, key("FgdmOffered", e.fgdmId(), child)));
    }

    static List<NewEntry> of(FgdmAnswered e) {
        String title = e.accepted() ? "Family group decision-making meeting accepted"
                : "Family group decision-making meeting declined";
        String detail = "Answered by " + e.answeredBy() + "."
                + (e.meetingDueOn() == null ? "" : " The meeting is to be held by " + DATE.format(e.meetingDueOn()) + ".");
        return Entries.perChild(e.childIds(), child -> new NewEntry(child, e.answeredOn(), FGDM, title, detail,
                e.byName(), fgdmLink(e.fgdmId()), true, key("FgdmAnswered", e.fgdmId(), child)));
    }

    // s31ZA(3) Children Act 1989: the duty does not apply where a meeting is not in the child's best interests.
    static List<NewEntry> of(FgdmNotOfferedApproved e) {
        return Entries.perChild(e.childIds(), child -> new NewEntry(child, e.decidedOn(), FGDM,
                "Family group decision-making meeting not offered",
                "A manager approved not offering a meeting: not in the child's best interests.", e.managerName(),
                fgdmLink(e.fgdmId()), true, key("FgdmNotOfferedApproved", e.fgdmId(), child)));
    }

    static List<NewEntry> of(FgdmMeetingHeld e) {
        String detail = e.privateFamilyTime() ? "The family had private family time."
                : "The family did not have private family time.";
        return Entries.perChild(e.childIds(), child -> new NewEntry(child, e.heldOn(), FGDM,
                "Family group decision-making meeting held", detail, e.byName(), fgdmLink(e.fgdmId()), true,
                key("FgdmMeetingHeld", e.fgdmId(), child)));
    }

    static List<NewEntry> of(FamilysPlanAgreed e) {
        return Entries.perChild(e.childIds(), child -> new NewEntry(child, e.agreedOn(), FGDM,
                "Family's plan agreed at the family group meeting",
                "To be reviewed by " + DATE.format(e.reviewDueOn()) + ".", e.byName(), fgdmLink(e.fgdmId()), false,
                key("FamilysPlanAgreed", e.fgdmId(), child)));
    }

    static List<NewEntry> of(FamilysPlanReviewed e) {
        return Entries.perChild(e.childIds(), child -> new NewEntry(child, e.reviewedOn(), FGDM,
                "Family's plan from the family group meeting reviewed", null, e.byName(), fgdmLink(e.fgdmId()), false,
                key("FamilysPlanReviewed", e.fgdmId(), child)));
    }
}
