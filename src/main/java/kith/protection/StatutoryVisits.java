package kith.protection;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.protection.ProtectionEvents.ChildProtectionVisitMade;
import kith.shared.Actors;
import kith.shared.InvalidInput;
import kith.shared.InvalidInput.Problem;
import kith.shared.TextLimits;
import kith.shared.Today;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statutory visits to a child on a child protection plan, at the frequency the plan sets (every 10 working days
 * unless it says otherwise). Each visit records whether the child was seen, seen alone and their bedroom seen; a
 * child not seen, or not seen alone, needs the reason. Each visit stops the visit clock (with the reason when late)
 * and starts the next, which sets the plan's next visit date.
 */
@Service
public class StatutoryVisits {


    /** A statutory visit as recorded. */
    public record NewVisit(LocalDate visitedOn, Boolean childSeen, Boolean seenAlone, Boolean bedroomSeen,
            String notSeenReason, String notAloneReason, String observations, String lateReason) {}

    private final JdbcClient jdbc;
    private final PlanRhythm rhythm;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Today today;

    StatutoryVisits(JdbcClient jdbc, PlanRhythm rhythm, AuditTrail audit, ApplicationEventPublisher events, Today today) {
        this.jdbc = jdbc;
        this.rhythm = rhythm;
        this.audit = audit;
        this.events = events;
        this.today = today;
    }

    /**
     * Records a visit. Every problem is reported together and nothing is saved until there are none.
     *
     * @return the visit's id
     */
    @Transactional
    public UUID record(UUID planId, NewVisit visit) {
        ChildProtectionPlans.Stored plan = rhythm.planToRecordOn(planId, "visitedOn");
        List<Problem> problems = new ArrayList<>();
        LocalDate on = visit.visitedOn();
        rhythm.checkDate(plan, PlanRhythm.Kind.STATUTORY_VISIT, "visitedOn", on, problems);
        boolean seen = Boolean.TRUE.equals(visit.childSeen());
        boolean alone = seen && Boolean.TRUE.equals(visit.seenAlone());
        if (visit.childSeen() == null) {
            problems.add(new Problem("childSeen", "Select whether the child was seen"));
        } else if (!seen) {
            StrategyDiscussions.text(problems, "notSeenReason", visit.notSeenReason(), TextLimits.NOTE,
                    "Write why the child was not seen");
        } else if (visit.seenAlone() == null) {
            problems.add(new Problem("seenAlone", "Select whether the child was seen alone"));
        } else if (!alone) {
            StrategyDiscussions.text(problems, "notAloneReason", visit.notAloneReason(), TextLimits.NOTE,
                    "Write why the child was not seen alone");
        }
        // A reason that does not apply is not kept, but one too long to keep is refused all the same.
        if (seen) {
            StrategyDiscussions.text(problems, "notSeenReason", visit.notSeenReason(), TextLimits.NOTE, null);
        }
        if (!seen || alone || visit.seenAlone() == null) {
            StrategyDiscussions.text(problems, "notAloneReason", visit.notAloneReason(), TextLimits.NOTE, null);
        }
        if (visit.bedroomSeen() == null) {
            problems.add(new Problem("bedroomSeen", "Select whether the child's bedroom was seen"));
        }
        StrategyDiscussions.text(problems, "observations", visit.observations(), TextLimits.TEXT,
                "Write what you saw and what the child said");
        StrategyDiscussions.text(problems, "lateReason", visit.lateReason(), TextLimits.NOTE, null);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String lateReason = StrategyDiscussions.blank(visit.lateReason()) ? null : visit.lateReason().trim();
        PlanRhythm.Next next = rhythm.recorded(plan, PlanRhythm.Kind.STATUTORY_VISIT, on, lateReason);
        UUID id = UUID.randomUUID();
        String by = Actors.currentOrSystem().displayName();
        jdbc.sql("""
                        INSERT INTO statutory_visit (id, plan_id, visited_on, child_seen, seen_alone, bedroom_seen,
                          not_seen_reason, not_alone_reason, observations, next_due_on, late_reason, recorded_by,
                          recorded_by_name, recorded_at)
                        VALUES (:id, :plan, :on, :seen, :alone, :bedroom, :notSeen, :notAlone, :observations, :next,
                          :late, :user, :by, :at)""")
                .param("id", id).param("plan", planId).param("on", on).param("seen", seen).param("alone", alone)
                .param("bedroom", visit.bedroomSeen())
                .param("notSeen", seen ? null : visit.notSeenReason().trim())
                .param("notAlone", seen && !alone ? visit.notAloneReason().trim() : null)
                .param("observations", visit.observations().trim()).param("next", next.dueOn())
                .param("late", next.late() ? lateReason : null).param("user", Actors.currentOrSystem().username())
                .param("by", by).param("at", Timestamp.from(today.now()))
                .update();
        events.publishEvent(new ChildProtectionVisitMade(id, planId, plan.childId(), on, seen, alone,
                visit.bedroomSeen(), next.dueOn(), next.late(), plan.leadPractitionerId(), by));
        audit.record(AuditRecord.allowed("CHILD_PROTECTION_VISIT_RECORDED", List.of(id, planId, plan.childId())));
        return id;
    }
}
