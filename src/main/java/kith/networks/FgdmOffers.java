package kith.networks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.networks.FamilyGroupDecision.Answer;
import kith.networks.FamilyGroupDecision.FgdmAnswer;
import kith.networks.FamilyGroupDecision.FgdmNotOffering;
import kith.networks.FamilyGroupDecision.FgdmNotOfferingDecision;
import kith.networks.FamilyGroupDecision.FgdmOffer;
import kith.networks.FgdmEvents.FgdmAnswered;
import kith.networks.FgdmEvents.FgdmNotOfferedApproved;
import kith.networks.FgdmEvents.FgdmOffered;
import kith.networks.FgdmStore.Stored;
import kith.shared.Actors;
import kith.shared.InvalidInput;
import kith.shared.InvalidInput.Problem;
import kith.shared.TextLimits;
import kith.shared.Today;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offering a family group decision-making meeting, and the family's answer; or, where a meeting is not in the child's
 * best interests (the exception of s31ZA(3) Children Act 1989), not offering one, which a practitioner proposes and
 * only a manager may approve or refuse.
 */
@Service
public class FgdmOffers {

    private final FgdmStore store;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Today today;

    FgdmOffers(FgdmStore store, RecordAccess access, AuditTrail audit, ApplicationEventPublisher events, Today today) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.today = today;
    }

    /** The meeting offered: to whom (parents, people with parental responsibility, network members) and when. */
    @Transactional
    public void offer(UUID id, long expectedVersion, FgdmOffer offer) {
        Stored stored = writable(id, expectedVersion, Permission.WORK_FAMILY_NETWORKS);
        List<Problem> problems = new ArrayList<>();
        if (stored.status() == FgdmStatus.NOT_OFFERING_PROPOSED) {
            problems.add(new Problem("offeredTo", "A manager is deciding whether not to offer a meeting: wait for "
                    + "their decision"));
        } else if (stored.status() != FgdmStatus.CONSIDERED) {
            problems.add(new Problem("offeredTo", "This meeting can no longer be offered: it is "
                    + stored.status().label().toLowerCase(java.util.Locale.UK)));
        }
        Checks.required(problems, "offeredTo", offer.offeredTo(), TextLimits.NOTE,
                "Enter who the meeting was offered to");
        Checks.past(problems, "offeredOn", offer.offeredOn(), stored.consideredOn(), today.date(),
                "the date the meeting was offered");
        refuseIf(problems);
        String by = Actors.currentOrSystem().displayName();
        store.save(store.jdbc().sql("""
                        UPDATE family_group_decision SET status = 'OFFERED', offered_to = :to, offered_on = :on,
                          offered_by_name = :by, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("to", offer.offeredTo().strip()).param("on", offer.offeredOn()).param("by", by)
                .param("id", id).param("version", expectedVersion), id);
        events.publishEvent(new FgdmOffered(id, stored.children(), offer.offeredTo().strip(), offer.offeredOn(), by));
        audit.record(AuditRecord.allowed("FGDM_OFFERED", List.of(id, stored.childId())));
    }

    /**
     * The family's answer. An accepted meeting needs the date it is to be held by (s31ZA(2): if anyone accepts, the
     * meeting must be held before the council applies for a care or supervision order).
     */
    @Transactional
    public void answer(UUID id, long expectedVersion, FgdmAnswer answer) {
        Stored stored = writable(id, expectedVersion, Permission.WORK_FAMILY_NETWORKS);
        List<Problem> problems = new ArrayList<>();
        if (stored.status() != FgdmStatus.OFFERED) {
            problems.add(new Problem("answer", stored.offeredOn() == null ? "Record the offer before the answer"
                    : "The family's answer has already been recorded"));
        }
        if (answer.answer() == null) {
            problems.add(new Problem("answer", "Select whether the family accepted or declined the meeting"));
        }
        Checks.required(problems, "answeredBy", answer.answeredBy(), TextLimits.NOTE, "Enter who answered");
        Checks.past(problems, "answeredOn", answer.answeredOn(), stored.offeredOn(), today.date(),
                "the date they answered");
        boolean accepted = answer.answer() == Answer.ACCEPTED;
        if (accepted) {
            Checks.due(problems, "meetingDueOn", answer.meetingDueOn(),
                    answer.answeredOn() == null ? today.date() : answer.answeredOn(),
                    "the date the meeting is to be held by");
        }
        refuseIf(problems);
        LocalDate due = accepted ? answer.meetingDueOn() : null;
        String by = Actors.currentOrSystem().displayName();
        store.save(store.jdbc().sql("""
                        UPDATE family_group_decision SET status = :status, answer = :answer, answered_by = :who,
                          answered_on = :on, meeting_due_on = :due, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("status", accepted ? "ACCEPTED" : "DECLINED").param("answer", answer.answer().name())
                .param("who", answer.answeredBy().strip()).param("on", answer.answeredOn()).param("due", due)
                .param("id", id).param("version", expectedVersion), id);
        events.publishEvent(new FgdmAnswered(id, stored.children(), accepted, answer.answeredBy().strip(),
                answer.answeredOn(), due, access.currentPractitioner(), by));
        audit.record(AuditRecord.allowed("FGDM_ANSWERED", List.of(id, stored.childId())).withDetail(answer.answer().name()));
    }

    /**
     * A practitioner proposes not offering a meeting, saying it is not in the child's best interests and why. Nothing
     * is decided until a manager approves or refuses ({@link #decideNotOffering}).
     */
    @Transactional
    public void proposeNotOffering(UUID id, long expectedVersion, FgdmNotOffering proposal) {
        Stored stored = writable(id, expectedVersion, Permission.WORK_FAMILY_NETWORKS);
        List<Problem> problems = new ArrayList<>();
        if (stored.status() != FgdmStatus.CONSIDERED) {
            problems.add(new Problem("notInBestInterests", "Not offering can be proposed only before the meeting is offered"));
        }
        if (!Boolean.TRUE.equals(proposal.notInBestInterests())) {
            // s31ZA(3) Children Act 1989: the only reason not to offer is the child's best interests.
            problems.add(new Problem("notInBestInterests",
                    "Confirm that offering a meeting is not in the child's best interests"));
        }
        Checks.required(problems, "reason", proposal.reason(), TextLimits.NOTE,
                "Write why a meeting is not in the child's best interests");
        refuseIf(problems);
        store.save(store.jdbc().sql("""
                        UPDATE family_group_decision SET status = 'NOT_OFFERING_PROPOSED', not_offering_reason = :reason,
                          not_offering_proposed_by = :by, not_offering_proposed_on = :on, not_offering_decided_by = NULL,
                          not_offering_decided_on = NULL, not_offering_approved = NULL, not_offering_manager_note = NULL,
                          version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("reason", proposal.reason().strip()).param("by", Actors.currentOrSystem().displayName())
                .param("on", today.date()).param("id", id).param("version", expectedVersion), id);
        audit.record(AuditRecord.allowed("FGDM_NOT_OFFERING_PROPOSED", List.of(id, stored.childId())));
    }

    /**
     * A manager approves not offering (the decision is closed: not in the child's best interests) or refuses (a
     * meeting is to be offered), with their reasons. Only a manager may decide.
     */
    @Transactional
    public void decideNotOffering(UUID id, long expectedVersion, FgdmNotOfferingDecision decision) {
        Stored stored = writable(id, expectedVersion, Permission.MANAGE_FAMILY_NETWORKS);
        List<Problem> problems = new ArrayList<>();
        if (stored.status() != FgdmStatus.NOT_OFFERING_PROPOSED) {
            problems.add(new Problem("approved", "There is no proposal not to offer a meeting to decide"));
        }
        if (decision.approved() == null) {
            problems.add(new Problem("approved", "Select whether you approve not offering a meeting"));
        }
        Checks.required(problems, "managerReasons", decision.managerReasons(), TextLimits.NOTE,
                "Write the reasons for your decision");
        refuseIf(problems);
        boolean approved = decision.approved();
        String manager = Actors.currentOrSystem().displayName();
        LocalDate on = today.date();
        store.save(store.jdbc().sql("""
                        UPDATE family_group_decision SET status = :status, not_offering_decided_by = :by,
                          not_offering_decided_on = :on, not_offering_approved = :approved,
                          not_offering_manager_note = :note, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("status", approved ? "NOT_OFFERED" : "CONSIDERED").param("by", manager).param("on", on)
                .param("approved", approved).param("note", decision.managerReasons().strip())
                .param("id", id).param("version", expectedVersion), id);
        if (approved) {
            events.publishEvent(new FgdmNotOfferedApproved(id, stored.children(), on, manager));
        }
        audit.record(AuditRecord.allowed("FGDM_NOT_OFFERING_DECIDED", List.of(id, stored.childId()))
                .withDetail(approved ? "APPROVED" : "REFUSED"));
    }

    private Stored writable(UUID id, long expectedVersion, Permission permission) {
        access.check(permission);
        Stored stored = store.loadAt(id, expectedVersion);
        stored.children().forEach(access::checkMayOpen);
        return stored;
    }

    private static void refuseIf(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
