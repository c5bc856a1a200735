package kith.networks;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.access.WorkingRelationships;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.networks.FamilyGroupDecision.FamilysPlanAgreement;
import kith.networks.FamilyGroupDecision.FamilysPlanReview;
import kith.networks.FamilyGroupDecision.FamilysPlanStep;
import kith.networks.FamilyGroupDecision.FgdmCoordinator;
import kith.networks.FamilyGroupDecision.FgdmMeeting;
import kith.networks.FamilyGroupDecision.FgdmPreparation;
import kith.networks.FgdmEvents.FamilysPlanAgreed;
import kith.networks.FgdmEvents.FamilysPlanReviewed;
import kith.networks.FgdmEvents.FgdmMeetingHeld;
import kith.networks.FgdmStore.Stored;
import kith.partnership.PartnershipDirectory;
import kith.partnership.PractitionerView;
import kith.shared.Actors;
import kith.shared.InvalidInput;
import kith.shared.InvalidInput.Problem;
import kith.shared.TextLimits;
import kith.shared.Today;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An accepted meeting, from its independent coordinator to the review of the family's plan. The coordinator is
 * independent of the child's work (Working Together 2023: at pre-proceedings, successful family group decision
 * making includes an independent coordinator): never the child's lead practitioner nor their lead child protection
 * practitioner.
 */
@Service
public class FgdmMeetings {

    static final int MOST_STEPS = 30;

    private final FgdmStore store;
    private final PartnershipDirectory partnership;
    private final WorkingRelationships working;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Today today;

    FgdmMeetings(FgdmStore store, PartnershipDirectory partnership, WorkingRelationships working, RecordAccess access,
            AuditTrail audit, ApplicationEventPublisher events, Today today) {
        this.store = store;
        this.partnership = partnership;
        this.working = working;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.today = today;
    }

    /** The independent coordinator, a practitioner who leads none of the children's work. */
    @Transactional
    public void assignCoordinator(UUID id, long expectedVersion, FgdmCoordinator coordinator) {
        Stored stored = writable(id, expectedVersion);
        List<Problem> problems = new ArrayList<>();
        accepted(stored, "practitionerId", problems);
        PractitionerView practitioner = coordinator.practitionerId() == null ? null
                : partnership.practitioner(coordinator.practitionerId()).orElse(null);
        if (practitioner == null) {
            problems.add(new Problem("practitionerId", "Select the coordinator"));
        } else if (stored.children().stream().anyMatch(child -> working.worksWithAs(practitioner.id(), child,
                EnumSet.of(WorkingRelationships.Kind.LEAD_PRACTITIONER,
                        WorkingRelationships.Kind.LEAD_CHILD_PROTECTION_PRACTITIONER)))) {
            problems.add(new Problem("practitionerId", practitioner.fullName() + " leads this child's work, so cannot "
                    + "be the independent coordinator: choose someone who is not the child's lead practitioner or lead "
                    + "child protection practitioner"));
        }
        Checks.past(problems, "assignedOn", coordinator.assignedOn(), stored.answeredOn(), today.date(),
                "the date the coordinator was asked");
        refuseIf(problems);
        store.save(store.jdbc().sql("""
                        UPDATE family_group_decision SET coordinator_id = :coordinator, coordinator_name = :name,
                          coordinator_assigned_on = :on, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("coordinator", practitioner.id()).param("name", practitioner.fullName())
                .param("on", coordinator.assignedOn()).param("id", id).param("version", expectedVersion), id);
        audit.record(AuditRecord.allowed("FGDM_COORDINATOR_ASSIGNED", List.of(id, stored.childId(), practitioner.id())));
    }

    /** How the family was prepared: what was done, with whom, when. */
    @Transactional
    public void prepare(UUID id, long expectedVersion, FgdmPreparation preparation) {
        Stored stored = writable(id, expectedVersion);
        List<Problem> problems = new ArrayList<>();
        accepted(stored, "whatWasDone", problems);
        Checks.required(problems, "whatWasDone", preparation.whatWasDone(), TextLimits.TEXT,
                "Write what was done to prepare the family");
        Checks.required(problems, "preparedWith", preparation.preparedWith(), TextLimits.NOTE,
                "Enter who was prepared");
        Checks.past(problems, "preparedOn", preparation.preparedOn(), stored.answeredOn(), today.date(),
                "the date of the preparation");
        refuseIf(problems);
        store.save(store.jdbc().sql("""
                        UPDATE family_group_decision SET preparation = :what, prepared_with = :with, prepared_on = :on,
                          version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("what", preparation.whatWasDone().strip()).param("with", preparation.preparedWith().strip())
                .param("on", preparation.preparedOn()).param("id", id).param("version", expectedVersion), id);
        audit.record(AuditRecord.allowed("FGDM_PREPARED", List.of(id, stored.childId())));
    }

    /** The meeting held: when, who came, whether the family had private family time. */
    @Transactional
    public void hold(UUID id, long expectedVersion, FgdmMeeting meeting) {
        Stored stored = writable(id, expectedVersion);
        List<Problem> problems = new ArrayList<>();
        accepted(stored, "heldOn", problems);
        // Working Together 2023: at pre-proceedings, family group decision making includes an independent coordinator.
        if (stored.coordinatorId() == null && stored.status() == FgdmStatus.ACCEPTED
                && stored.stage() == FgdmStage.PRE_PROCEEDINGS) {
            problems.add(new Problem("heldOn", "Record the independent coordinator before a pre-proceedings meeting"));
        }
        Checks.past(problems, "heldOn", meeting.heldOn(), stored.answeredOn(), today.date(),
                "the date of the meeting");
        Checks.required(problems, "attendees", meeting.attendees(), TextLimits.NOTE, "Enter who came to the meeting");
        if (meeting.privateFamilyTime() == null) {
            problems.add(new Problem("privateFamilyTime", "Select whether the family had private family time"));
        }
        refuseIf(problems);
        String by = Actors.currentOrSystem().displayName();
        store.save(store.jdbc().sql("""
                        UPDATE family_group_decision SET status = 'MEETING_HELD', held_on = :on, attendees = :who,
                          private_family_time = :private, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("on", meeting.heldOn()).param("who", meeting.attendees().strip())
                .param("private", meeting.privateFamilyTime()).param("id", id).param("version", expectedVersion), id);
        events.publishEvent(new FgdmMeetingHeld(id, stored.children(), meeting.heldOn(), meeting.privateFamilyTime(), by));
        audit.record(AuditRecord.allowed("FGDM_MEETING_HELD", List.of(id, stored.childId())));
    }

    /**
     * The family's plan from the meeting: its steps (who does what by when), a contingency, the support they asked
     * for, optionally where or with whom the child should live, and when it is to be reviewed.
     */
    @Transactional
    public void agreePlan(UUID id, long expectedVersion, FamilysPlanAgreement plan) {
        Stored stored = writable(id, expectedVersion);
        List<Problem> problems = new ArrayList<>();
        if (stored.status() != FgdmStatus.MEETING_HELD) {
            problems.add(new Problem("agreedOn", stored.heldOn() == null ? "Record the meeting before the family's plan"
                    : "The family's plan has already been agreed"));
        }
        Checks.past(problems, "agreedOn", plan.agreedOn(), stored.heldOn(), today.date(),
                "the date the plan was agreed");
        List<FamilysPlanStep> steps = plan.steps() == null ? List.of()
                : plan.steps().stream().filter(step -> step != null && !(Checks.blank(step.what())
                        && Checks.blank(step.who()) && step.byWhen() == null)).toList();
        if (steps.isEmpty()) {
            problems.add(new Problem("steps[0].what", "Enter at least one step of the plan"));
        } else if (steps.size() > MOST_STEPS) {
            problems.add(new Problem("steps[0].what", "A plan has at most " + MOST_STEPS + " steps"));
        }
        for (int i = 0; i < steps.size() && i < MOST_STEPS; i++) {
            FamilysPlanStep step = steps.get(i);
            String n = " for step " + (i + 1);
            Checks.required(problems, "steps[" + i + "].what", step.what(), TextLimits.NOTE, "Enter what is to be done" + n);
            Checks.required(problems, "steps[" + i + "].who", step.who(), TextLimits.LINE, "Enter who will do it" + n);
            if (step.byWhen() == null) {
                problems.add(new Problem("steps[" + i + "].byWhen", "Enter the date it is to be done by" + n));
            }
        }
        Checks.required(problems, "contingency", plan.contingency(), TextLimits.TEXT,
                "Write what happens if the plan does not work");
        Checks.optional(problems, "supportRequested", plan.supportRequested(), TextLimits.TEXT);
        Checks.optional(problems, "livesWith", plan.livesWith(), TextLimits.LINE);
        if (plan.livesWithPersonId() != null && !Checks.blank(plan.livesWith())) {
            problems.add(new Problem("livesWith", "Choose a person or write where the child should live, not both"));
        }
        Checks.due(problems, "reviewDueOn", plan.reviewDueOn(),
                plan.agreedOn() == null ? today.date() : plan.agreedOn(), "the date the plan is to be reviewed by");
        refuseIf(problems);
        if (plan.livesWithPersonId() != null) {
            access.checkMayOpen(plan.livesWithPersonId());
        }
        String by = Actors.currentOrSystem().displayName();
        store.save(store.jdbc().sql("""
                        UPDATE family_group_decision SET status = 'PLAN_AGREED', plan_agreed_on = :on,
                          plan_contingency = :contingency, plan_support_requested = :support,
                          plan_lives_with_person_id = :livesWithPerson, plan_lives_with = :livesWith,
                          plan_review_due_on = :review, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("on", plan.agreedOn()).param("contingency", plan.contingency().strip())
                .param("support", Checks.trimmed(plan.supportRequested()))
                .param("livesWithPerson", plan.livesWithPersonId()).param("livesWith", Checks.trimmed(plan.livesWith()))
                .param("review", plan.reviewDueOn()).param("id", id).param("version", expectedVersion), id);
        store.replaceSteps(id, steps);
        events.publishEvent(new FamilysPlanAgreed(id, stored.children(), plan.agreedOn(), plan.reviewDueOn(),
                access.currentPractitioner(), by));
        audit.record(AuditRecord.allowed("FAMILYS_PLAN_AGREED", List.of(id, stored.childId())));
    }

    /** The review of the family's plan, with what it found; the family group decision is then closed. */
    @Transactional
    public void review(UUID id, long expectedVersion, FamilysPlanReview review) {
        Stored stored = writable(id, expectedVersion);
        List<Problem> problems = new ArrayList<>();
        if (stored.status() != FgdmStatus.PLAN_AGREED) {
            problems.add(new Problem("reviewedOn", stored.plan() == null ? "Agree the family's plan before its review"
                    : "The family's plan has already been reviewed"));
        }
        Checks.past(problems, "reviewedOn", review.reviewedOn(), stored.plan() == null ? null : stored.plan().agreedOn(),
                today.date(), "the date of the review");
        Checks.required(problems, "outcome", review.outcome(), TextLimits.TEXT, "Write what the review found");
        refuseIf(problems);
        String by = Actors.currentOrSystem().displayName();
        store.save(store.jdbc().sql("""
                        UPDATE family_group_decision SET status = 'PLAN_REVIEWED', reviewed_on = :on,
                          review_outcome = :outcome, reviewed_by_name = :by, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("on", review.reviewedOn()).param("outcome", review.outcome().strip()).param("by", by)
                .param("id", id).param("version", expectedVersion), id);
        events.publishEvent(new FamilysPlanReviewed(id, stored.children(), review.reviewedOn(), by));
        audit.record(AuditRecord.allowed("FAMILYS_PLAN_REVIEWED", List.of(id, stored.childId())));
    }

    private static void accepted(Stored stored, String field, List<Problem> problems) {
        if (stored.status() != FgdmStatus.ACCEPTED) {
            problems.add(new Problem(field, stored.status() == FgdmStatus.MEETING_HELD
                    || stored.status() == FgdmStatus.PLAN_AGREED || stored.status() == FgdmStatus.PLAN_REVIEWED
                    ? "The meeting has already been held" : "The family has not accepted a meeting"));
        }
    }

    private Stored writable(UUID id, long expectedVersion) {
        access.check(Permission.WORK_FAMILY_NETWORKS);
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
