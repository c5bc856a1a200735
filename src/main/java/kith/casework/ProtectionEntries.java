package kith.casework;

import static kith.casework.ChronologyKind.CHILD_PROTECTION;
import static kith.casework.ChronologyKind.CHILD_PROTECTION_PLAN;
import static kith.casework.ChronologyKind.CONFERENCE;
import static kith.casework.ChronologyKind.CORE_GROUP;
import static kith.casework.ChronologyKind.LEAD_PRACTITIONER;
import static kith.casework.ChronologyKind.SECTION_47_ENQUIRY;
import static kith.casework.ChronologyKind.STRATEGY_DISCUSSION;
import static kith.casework.ChronologyKind.VISIT;
import static kith.casework.Entries.DATE;
import static kith.casework.Entries.key;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import kith.protection.Category;
import kith.protection.Conference;
import kith.protection.PlanEndReason;
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

/**
 * What each child protection event says in the child's chronology. Every entry links to its child protection record
 * and carries an outline: a user who may open the child's record but not their child protection records (a partner
 * who works with the family only in Family Help) sees the outline, the step and its date, and nothing of what was
 * found, decided or seen. Statutory here, as in {@link Entries}: recorded in the children in need census (the
 * enquiry, the initial conference, the plan, its reviews and end) or bound by a Working Together 2023 timescale (the
 * strategy discussion, from which the initial conference is due; the transfer in, from which its conference is due).
 */
final class ProtectionEntries {

    private ProtectionEntries() {}

    static List<NewEntry> of(StrategyDiscussionHeld e) {
        String held = e.byPhone() ? "Urgent strategy discussion held by phone" : "Strategy discussion held";
        // Working Together 2023: the council's social worker, health and police take part in every strategy discussion.
        String title = e.missingAgencies() == null || e.missingAgencies().isEmpty() ? held
                : held + " without " + agencies(e.missingAgencies());
        String detail = sentences(
                e.section47() ? "A section 47 enquiry starts" : "No section 47 enquiry",
                e.immediateProtection() ? "The child needs immediate protection" : null,
                e.meetingDueOn() == null ? null : "A strategy meeting is due by " + DATE.format(e.meetingDueOn()),
                e.followsUpId() == null ? null : "This meeting follows the urgent discussion by phone");
        List<UUID> children = e.childIds().stream().distinct().toList();
        return Entries.perChild(children, child -> new NewEntry(child, e.heldOn(), STRATEGY_DISCUSSION, title, detail,
                e.byName(), discussionLink(e.discussionId()), true, key("StrategyDiscussionHeld", e.discussionId(), child),
                held, children));
    }

    // Working Together 2023: the initial conference is due within 15 working days of the strategy discussion.
    static List<NewEntry> of(Section47EnquiryStarted e) {
        return one(e.childId(), child -> new NewEntry(child, e.startedOn(), SECTION_47_ENQUIRY,
                "Section 47 enquiry started",
                "Initial child protection conference due by " + DATE.format(e.conferenceDueOn()) + ".", null,
                enquiryLink(e.enquiryId()), true, key("Section47EnquiryStarted", e.enquiryId(), child),
                "Section 47 enquiry started", List.of(child)));
    }

    /** The lead's name is on the child's page for anyone who may open the record, so the outline names them too. */
    static List<NewEntry> of(LeadChildProtectionPractitionerAssigned e) {
        String title = "Lead child protection practitioner: " + e.practitionerName();
        String link = e.ofPlan() ? planLink(e.workId()) : enquiryLink(e.workId());
        return one(e.childId(), child -> new NewEntry(child, e.assignedOn(), LEAD_PRACTITIONER, title, null,
                e.byName(), link, false,
                key("LeadChildProtectionPractitionerAssigned", e.workId(), e.practitionerId() + ":" + e.assignedOn(), child),
                title, List.of(child)));
    }

    static List<NewEntry> of(Section47EnquiryCompleted e) {
        return one(e.childId(), child -> new NewEntry(child, e.completedOn(), SECTION_47_ENQUIRY,
                "Section 47 enquiry completed: concerns " + (e.substantiated() ? "substantiated" : "not substantiated"),
                e.conferenceNeeded() ? "An initial child protection conference is needed."
                        : "No further child protection action: no initial conference is needed.",
                e.byName(), enquiryLink(e.enquiryId()), true, key("Section47EnquiryCompleted", e.enquiryId(), child),
                "Section 47 enquiry completed", List.of(child)));
    }

    /** Each new date is an entry of its own (on the day it was set), so that a moved conference shows as moved. */
    static List<NewEntry> of(ConferenceScheduled e) {
        String conference = conference(e.kind());
        String detail = e.scheduledOn().isAfter(e.dueOn())
                ? "Set for after the date it is due by, " + DATE.format(e.dueOn()) + "."
                : "Due by " + DATE.format(e.dueOn()) + ".";
        return one(e.childId(), child -> new NewEntry(child, e.arrangedOn(), CONFERENCE,
                conference + " arranged for " + DATE.format(e.scheduledOn()), detail, null,
                conferenceLink(e.conferenceId()), false, key("ConferenceScheduled", e.conferenceId(), e.scheduledOn(), child),
                conference + " arranged", List.of(child)));
    }

    static List<NewEntry> of(ConferenceHeld e) {
        String conference = conference(e.kind());
        String decision = label(Conference.Decision.values(), e.decision(), Conference.Decision::label);
        String detail = sentences(decision,
                e.category() == null ? null : "Category: " + label(Category.values(), e.category(), Category::label));
        return one(e.childId(), child -> new NewEntry(child, e.heldOn(), CONFERENCE,
                conference + " held" + (e.late() ? " (late)" : ""), detail, e.chairName(),
                conferenceLink(e.conferenceId()), true, key("ConferenceHeld", e.conferenceId(), child),
                conference + " held", List.of(child)));
    }

    static List<NewEntry> of(ChildProtectionPlanStarted e) {
        String detail = sentences("Lead child protection practitioner: " + e.leadPractitionerName(),
                e.previousPlans() == 0 ? null
                        : "The child has had " + e.previousPlans() + (e.previousPlans() == 1 ? " plan" : " plans") + " before");
        return one(e.childId(), child -> new NewEntry(child, e.startedOn(), CHILD_PROTECTION_PLAN,
                "Child protection plan started: " + label(Category.values(), e.category(), Category::label), detail, null,
                planLink(e.planId()), true, key("ChildProtectionPlanStarted", e.planId(), child),
                "Child protection plan started", List.of(child)));
    }

    static List<NewEntry> of(ChildProtectionPlanReviewed e) {
        String detail = sentences("Category: " + label(Category.values(), e.category(), Category::label),
                e.reviewDueOn() == null ? null : "Next review conference due by " + DATE.format(e.reviewDueOn()));
        return one(e.childId(), child -> new NewEntry(child, e.reviewedOn(), CHILD_PROTECTION_PLAN,
                "Child protection plan reviewed", detail, null, planLink(e.planId()), true,
                key("ChildProtectionPlanReviewed", e.planId(), e.reviewedOn(), child),
                "Child protection plan reviewed", List.of(child)));
    }

    // Working Together 2023: every agency invited to the initial conference is told that the plan has ended.
    static List<NewEntry> of(ChildProtectionPlanEnded e) {
        String detail = sentences(label(PlanEndReason.values(), e.reason(), PlanEndReason::label),
                e.told() == null || e.told().isEmpty() ? null : "Told: " + String.join(", ", e.told()));
        return one(e.childId(), child -> new NewEntry(child, e.endedOn(), CHILD_PROTECTION_PLAN,
                "Child protection plan ended", detail, e.byName(), planLink(e.planId()), true,
                key("ChildProtectionPlanEnded", e.planId(), child), "Child protection plan ended", List.of(child)));
    }

    static List<NewEntry> of(CoreGroupMet e) {
        return one(e.childId(), child -> new NewEntry(child, e.heldOn(), CORE_GROUP,
                "Core group met" + (e.late() ? " (late)" : ""),
                e.nextDueOn() == null ? null : "Next meeting due by " + DATE.format(e.nextDueOn()) + ".", e.byName(),
                planLink(e.planId()), false, key("CoreGroupMet", e.meetingId(), child), "Core group met", List.of(child)));
    }

    static List<NewEntry> of(ChildProtectionVisitMade e) {
        String seen = !e.childSeen() ? "child not seen" : e.seenAlone() ? "child seen alone" : "child seen, not alone";
        String detail = sentences(e.bedroomSeen() ? "Bedroom seen" : "Bedroom not seen",
                e.nextDueOn() == null ? null : "Next visit due by " + DATE.format(e.nextDueOn()));
        return one(e.childId(), child -> new NewEntry(child, e.visitedOn(), VISIT,
                "Statutory visit" + (e.late() ? " (late)" : "") + ": " + seen, detail, e.byName(), planLink(e.planId()),
                false, key("ChildProtectionVisitMade", e.visitId(), child), "Statutory visit", List.of(child)));
    }

    // Working Together 2023: the transfer-in conference is held within 15 working days of the notification.
    static List<NewEntry> of(TransferInNotified e) {
        return one(e.childId(), child -> new NewEntry(child, e.notifiedOn(), CHILD_PROTECTION,
                "Moved here on a child protection plan of " + e.fromCouncil(),
                "Transfer-in conference due by " + DATE.format(e.conferenceDueOn()) + ".", e.byName(),
                transferInLink(e.transferId()), true, key("TransferInNotified", e.transferId(), child),
                "Moved here on another council's child protection plan", List.of(child)));
    }

    /** Where the child moved to is not in the outline: an address can be confidential. */
    static List<NewEntry> of(TransferOutNotified e) {
        return one(e.childId(), child -> new NewEntry(child, e.notifiedOn(), CHILD_PROTECTION, "Moving to " + e.toCouncil(),
                "That council was told. The plan continues here until their transfer-in conference.", e.byName(),
                planLink(e.planId()), false, key("TransferOutNotified", e.planId(), e.notifiedOn(), child),
                "Moving to another council", List.of(child)));
    }

    static String discussionLink(UUID id) {
        return "/child-protection/strategy-discussions/" + id;
    }

    static String enquiryLink(UUID id) {
        return "/child-protection/enquiries/" + id;
    }

    static String conferenceLink(UUID id) {
        return "/child-protection/conferences/" + id;
    }

    static String planLink(UUID id) {
        return "/child-protection/plans/" + id;
    }

    static String transferInLink(UUID id) {
        return "/child-protection/transfers-in/" + id;
    }

    private static List<NewEntry> one(UUID child, Function<UUID, NewEntry> entry) {
        return List.of(entry.apply(child));
    }

    /** "Initial child protection conference" for INITIAL; the code as sent when it is not known. */
    private static String conference(String kind) {
        return label(Conference.Kind.values(), kind, Conference.Kind::label);
    }

    private static <E extends Enum<E>> String label(E[] values, String code, Function<E, String> label) {
        return Arrays.stream(values).filter(value -> value.name().equals(code)).findFirst().map(label).orElse(code);
    }

    /** "health and police" from Health and Police: agencies as words in a sentence. */
    private static String agencies(List<String> labels) {
        List<String> words = labels.stream()
                .map(label -> label.substring(0, 1).toLowerCase(Locale.UK) + label.substring(1)).toList();
        return words.size() == 1 ? words.getFirst()
                : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.getLast();
    }

    /** The parts that apply, each as a sentence; null when none does. */
    private static String sentences(String... parts) {
        List<String> written = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                written.add(part.endsWith(".") ? part : part + ".");
            }
        }
        return written.isEmpty() ? null : String.join(" ", written);
    }
}
