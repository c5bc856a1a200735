package kith.insights.annexa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.familyhelp.FamilyHelpForAnnexA;
import kith.frontdoor.FrontDoorForAnnexA;
import kith.people.ChildrenForAnnexA;
import kith.protection.ProtectionForAnnexA;
import org.springframework.stereotype.Service;

/**
 * Makes Ofsted's Annex A lists 1 to 7 from the owning modules' services. Lists 1 to 5 cover the six months before the
 * inspection date (a day six months before it counts); lists 6 and 7 are the children in need and on plans on the
 * inspection date. Every list made is audited with the children in it, since its rows are about children.
 *
 * <p>A restricted child the user is not named on is in the list (Ofsted counts every child) but is not identified:
 * the child's id reads "Restricted" and the date of birth and age are left blank.
 */
@Service
public class AnnexALists {

    static final String RESTRICTED = "Restricted";

    private final RecordAccess access;
    private final AuditTrail audit;
    private final ChildrenForAnnexA children;
    private final FrontDoorForAnnexA frontDoor;
    private final FamilyHelpForAnnexA familyHelp;
    private final ProtectionForAnnexA protection;

    AnnexALists(RecordAccess access, AuditTrail audit, ChildrenForAnnexA children, FrontDoorForAnnexA frontDoor,
            FamilyHelpForAnnexA familyHelp, ProtectionForAnnexA protection) {
        this.access = access;
        this.audit = audit;
        this.children = children;
        this.frontDoor = frontDoor;
        this.familyHelp = familyHelp;
        this.protection = protection;
    }

    /** The first day of the six months before the inspection date that lists 1 to 5 cover. */
    public static LocalDate windowStart(LocalDate inspectionDate) {
        return inspectionDate.minusMonths(6);
    }

    /** Makes the list (audited, with how it will be written: "CSV" or "XLSX"). */
    public AnnexATable make(AnnexAList list, LocalDate inspectionDate, String format) {
        access.check(Permission.MAKE_RETURNS);
        LocalDate from = windowStart(inspectionDate);
        Rows rows = switch (list) {
            case CONTACTS -> contacts(from, inspectionDate);
            case EARLY_HELP -> earlyHelp(from, inspectionDate);
            case REFERRALS -> referrals(from, inspectionDate);
            case ASSESSMENTS -> assessments(from, inspectionDate);
            case SECTION_47 -> enquiries(from, inspectionDate);
            case CHILDREN_IN_NEED -> childrenInNeed(inspectionDate);
            case CHILD_PROTECTION_PLANS -> plans(inspectionDate);
        };
        audit.record(AuditRecord.allowed("ANNEX_A_LIST_MADE", List.copyOf(rows.children))
                .withDetail("List " + list.number() + " (" + list.title() + "), " + rows.values.size() + " rows, "
                        + "inspection date " + inspectionDate + ", " + format));
        return new AnnexATable(list, inspectionDate, list.headers(), List.copyOf(rows.values));
    }

    /** The rows being made, and the children they are about (for the audit trail). */
    private static final class Rows {
        final List<List<String>> values = new ArrayList<>();
        final Set<UUID> children = new LinkedHashSet<>();
    }

    private Rows contacts(LocalDate from, LocalDate to) {
        List<FrontDoorForAnnexA.ContactChild> contacts = frontDoor.contacts(from, to);
        Map<UUID, ChildrenForAnnexA.Child> known = children.of(ids(contacts, FrontDoorForAnnexA.ContactChild::personId));
        Rows rows = new Rows();
        for (FrontDoorForAnnexA.ContactChild contact : contacts) {
            List<String> row = new ArrayList<>();
            ChildrenForAnnexA.Child child = contact.personId() == null ? null : known.get(contact.personId());
            if (child != null) {
                row.addAll(child(child, to, false));
                rows.children.add(child.id());
            } else {
                // A child the front door has not linked to a person record: only what the contact said of them.
                LocalDate born = contact.dateOfBirth();
                row.add(contact.contactId().toString().replace("-", "") + contact.position());
                row.add(AnnexACodes.gender(null));
                row.add(AnnexACodes.ethnicity(null));
                row.add(AnnexACodes.date(born));
                row.add(born == null && contact.expectedDateOfBirth() == null ? "" : AnnexACodes.age(born, to));
            }
            row.add(AnnexACodes.date(contact.receivedOn()));
            row.add(AnnexACodes.source(contact.source()));
            rows.values.add(row);
        }
        return rows;
    }

    private Rows earlyHelp(LocalDate from, LocalDate to) {
        List<FamilyHelpForAnnexA.AssessmentFact> assessments = familyHelp.assessments(true, from, to);
        Map<UUID, ChildrenForAnnexA.Child> known = children.of(ids(assessments, FamilyHelpForAnnexA.AssessmentFact::childId));
        Rows rows = new Rows();
        for (FamilyHelpForAnnexA.AssessmentFact a : assessments) {
            List<String> row = childRow(rows, known, a.childId(), to, false);
            row.add(AnnexACodes.date(a.startedOn()));
            row.add(AnnexACodes.date(a.completedOn()));
            row.add(a.leadAgency() == null ? "Family Help" : a.leadAgency());
            rows.values.add(row);
        }
        return rows;
    }

    private Rows referrals(LocalDate from, LocalDate to) {
        List<FrontDoorForAnnexA.ReferralFact> referrals = frontDoor.referrals(from, to);
        Map<UUID, ChildrenForAnnexA.Child> known = children.of(ids(referrals, FrontDoorForAnnexA.ReferralFact::childId));
        Map<UUID, FamilyHelpForAnnexA.Allocation> allocations =
                familyHelp.allocations(ids(referrals, FrontDoorForAnnexA.ReferralFact::referralId));
        Rows rows = new Rows();
        for (FrontDoorForAnnexA.ReferralFact r : referrals) {
            List<String> row = childRow(rows, known, r.childId(), to, false);
            FamilyHelpForAnnexA.Allocation allocation = allocations.get(r.referralId());
            row.add(AnnexACodes.date(r.receivedOn()));
            row.add(AnnexACodes.source(r.source()));
            row.add(AnnexACodes.yesNo(r.noFurtherAction()));
            row.add(Long.toString(r.referralsInTwelveMonths()));
            // Until Family Help allocates the work, the referral is the front door's, held by whoever decided it.
            row.add(allocation == null ? "Front door" : AnnexACodes.named(allocation.leadAgency()));
            row.add(AnnexACodes.named(allocation == null ? r.decidedByName() : allocation.leadPractitioner()));
            rows.values.add(row);
        }
        return rows;
    }

    private Rows assessments(LocalDate from, LocalDate to) {
        List<FamilyHelpForAnnexA.AssessmentFact> assessments = familyHelp.assessments(false, from, to);
        Map<UUID, ChildrenForAnnexA.Child> known = children.of(ids(assessments, FamilyHelpForAnnexA.AssessmentFact::childId));
        Rows rows = new Rows();
        for (FamilyHelpForAnnexA.AssessmentFact a : assessments) {
            List<String> row = childRow(rows, known, a.childId(), to, true);
            row.add(AnnexACodes.date(a.startedOn()));
            row.add(AnnexACodes.yesNoUnknown(a.childSeen()));
            row.add(AnnexACodes.date(a.authorisedOn()));
            row.add(AnnexACodes.yesNo(a.needsSocialCare()));
            row.add(AnnexACodes.named(a.leadAgency()));
            row.add(AnnexACodes.named(a.leadPractitioner()));
            rows.values.add(row);
        }
        return rows;
    }

    private Rows enquiries(LocalDate from, LocalDate to) {
        List<ProtectionForAnnexA.EnquiryFact> enquiries = protection.enquiries(from, to);
        Map<UUID, ChildrenForAnnexA.Child> known = children.of(ids(enquiries, ProtectionForAnnexA.EnquiryFact::childId));
        Rows rows = new Rows();
        for (ProtectionForAnnexA.EnquiryFact e : enquiries) {
            List<String> row = childRow(rows, known, e.childId(), to, true);
            row.add(AnnexACodes.date(e.startedOn()));
            row.add(AnnexACodes.yesNo(e.conferenceNotNeeded()));
            row.add(AnnexACodes.date(e.initialConferenceOn()));
            row.add(e.initialConferenceOn() == null ? "" : AnnexACodes.yesNoUnknown(e.conferenceSetAPlan()));
            row.add(Long.toString(e.enquiriesInTwelveMonths()));
            row.add(Long.toString(e.conferencesInTwelveMonths()));
            row.add(AnnexACodes.named(e.team()));
            row.add(AnnexACodes.named(e.leadPractitioner()));
            rows.values.add(row);
        }
        return rows;
    }

    private Rows childrenInNeed(LocalDate on) {
        List<FamilyHelpForAnnexA.ChildInNeed> open = familyHelp.childrenInNeed(on);
        Set<UUID> onPlans = protection.plans(on).stream().map(ProtectionForAnnexA.PlanFact::childId)
                .collect(Collectors.toSet());
        Map<UUID, ChildrenForAnnexA.Child> known = children.of(ids(open, FamilyHelpForAnnexA.ChildInNeed::childId));
        Rows rows = new Rows();
        for (FamilyHelpForAnnexA.ChildInNeed c : open) {
            List<String> row = childRow(rows, known, c.childId(), on, true);
            boolean closed = c.closedOn() != null && !c.closedOn().isAfter(on);
            row.add(AnnexACodes.date(c.startedOn()));
            row.add(AnnexACodes.primaryNeed(c.primaryNeed()));
            row.add(AnnexACodes.date(c.lastSeenOn()));
            row.add(closed ? AnnexACodes.date(c.closedOn()) : "");
            row.add(closed ? AnnexACodes.reasonForClosure(c.reasonForClosure()) : "");
            row.add(AnnexACodes.caseStatus(closed, onPlans.contains(c.childId()), c.childInNeedPlan(), c.assessmentOpen()));
            row.add(AnnexACodes.named(c.leadAgency()));
            row.add(AnnexACodes.named(c.leadPractitioner()));
            rows.values.add(row);
        }
        return rows;
    }

    private Rows plans(LocalDate on) {
        List<ProtectionForAnnexA.PlanFact> plans = protection.plans(on);
        Map<UUID, ChildrenForAnnexA.Child> known = children.of(ids(plans, ProtectionForAnnexA.PlanFact::childId));
        Rows rows = new Rows();
        for (ProtectionForAnnexA.PlanFact p : plans) {
            List<String> row = childRow(rows, known, p.childId(), on, true);
            row.add(AnnexACodes.date(p.startedOn()));
            row.add(AnnexACodes.category(p.initialCategory()));
            row.add(AnnexACodes.category(p.latestCategory()));
            row.add(AnnexACodes.date(p.lastVisitOn()));
            row.add(p.lastVisitOn() == null ? "" : AnnexACodes.yesNoUnknown(p.lastVisitSeenAlone()));
            row.add(AnnexACodes.date(p.lastReviewOn()));
            row.add(p.endedOn() != null && !p.endedOn().isAfter(on) ? AnnexACodes.date(p.endedOn()) : "");
            row.add(AnnexACodes.yesNo(p.immediateProtection()));
            row.add(Integer.toString(p.previousPlans()));
            row.add(AnnexACodes.named(p.team()));
            row.add(AnnexACodes.named(p.leadPractitioner()));
            rows.values.add(row);
        }
        return rows;
    }

    /** The child's columns (and the disability column where the list has one), the child noted for the audit. */
    private static List<String> childRow(Rows rows, Map<UUID, ChildrenForAnnexA.Child> known, UUID childId,
            LocalDate on, boolean disability) {
        ChildrenForAnnexA.Child child = known.get(childId);
        rows.children.add(childId);
        if (child == null) {
            // Every service returns children with a person record; a missing one was deleted since: say nothing of it.
            List<String> row = new ArrayList<>(List.of(RESTRICTED, AnnexACodes.gender(null), AnnexACodes.ethnicity(null),
                    "", ""));
            if (disability) {
                row.add(AnnexACodes.UNKNOWN);
            }
            return row;
        }
        return child(child, on, disability);
    }

    private static List<String> child(ChildrenForAnnexA.Child child, LocalDate on, boolean disability) {
        List<String> row = new ArrayList<>();
        if (child.withheld()) {
            row.add(RESTRICTED);
            row.add(AnnexACodes.gender(child.sex()));
            row.add(AnnexACodes.ethnicity(child.ethnicity()));
            row.add("");
            row.add("");
        } else {
            row.add(child.laChildId() != null ? child.laChildId() : child.id().toString().replace("-", ""));
            row.add(AnnexACodes.gender(child.sex()));
            row.add(AnnexACodes.ethnicity(child.ethnicity()));
            row.add(AnnexACodes.date(child.dateOfBirth()));
            row.add(AnnexACodes.age(child.dateOfBirth(), on));
        }
        if (disability) {
            row.add(AnnexACodes.disability(child.disabilities()));
        }
        return row;
    }

    private static <T> Collection<UUID> ids(List<T> facts, java.util.function.Function<T, UUID> id) {
        Set<UUID> ids = new HashSet<>();
        for (T fact : facts) {
            UUID value = id.apply(fact);
            if (value != null) {
                ids.add(value);
            }
        }
        return ids;
    }
}
