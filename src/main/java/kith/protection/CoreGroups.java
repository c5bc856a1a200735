package kith.protection;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.protection.ProtectionEvents.CoreGroupMet;
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
 * Core group meetings of a child protection plan: the first within 10 working days of the conference, then at the
 * plan's interval. Each meeting stops the clock that was running (with the reason when it was late) and starts the
 * next, which sets the plan's next core group date.
 */
@Service
public class CoreGroups {


    /** A core group meeting as recorded: who came and what progress the plan has made. */
    public record NewMeeting(LocalDate heldOn, String attended, String progress, String lateReason) {}

    private final JdbcClient jdbc;
    private final PlanRhythm rhythm;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Today today;

    CoreGroups(JdbcClient jdbc, PlanRhythm rhythm, AuditTrail audit, ApplicationEventPublisher events, Today today) {
        this.jdbc = jdbc;
        this.rhythm = rhythm;
        this.audit = audit;
        this.events = events;
        this.today = today;
    }

    /**
     * Records a meeting of the plan's core group. Refused when the plan has ended, the date is in the future, before
     * the plan or before the last meeting recorded, or the meeting was late and no reason is given.
     *
     * @return the meeting's id
     */
    @Transactional
    public UUID record(UUID planId, NewMeeting meeting) {
        ChildProtectionPlans.Stored plan = rhythm.planToRecordOn(planId, "heldOn");
        List<Problem> problems = new ArrayList<>();
        LocalDate heldOn = meeting.heldOn();
        rhythm.checkDate(plan, PlanRhythm.Kind.CORE_GROUP_MEETING, "heldOn", heldOn, problems);
        StrategyDiscussions.text(problems, "attended", meeting.attended(), TextLimits.NOTE, "Write who came");
        StrategyDiscussions.text(problems, "progress", meeting.progress(), TextLimits.TEXT,
                "Write what progress the plan has made and what happens next");
        StrategyDiscussions.text(problems, "lateReason", meeting.lateReason(), TextLimits.NOTE, null);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String lateReason = StrategyDiscussions.blank(meeting.lateReason()) ? null : meeting.lateReason().trim();
        PlanRhythm.Next next = rhythm.recorded(plan, PlanRhythm.Kind.CORE_GROUP_MEETING, heldOn, lateReason);
        UUID id = UUID.randomUUID();
        String by = Actors.currentOrSystem().displayName();
        jdbc.sql("""
                        INSERT INTO core_group_meeting (id, plan_id, held_on, attended, progress, next_due_on, late_reason,
                          recorded_by, recorded_by_name, recorded_at)
                        VALUES (:id, :plan, :held, :attended, :progress, :next, :late, :user, :by, :at)""")
                .param("id", id).param("plan", planId).param("held", heldOn).param("attended", meeting.attended().trim())
                .param("progress", meeting.progress().trim()).param("next", next.dueOn()).param("late", next.late() ? lateReason : null)
                .param("user", Actors.currentOrSystem().username()).param("by", by)
                .param("at", Timestamp.from(today.now()))
                .update();
        events.publishEvent(new CoreGroupMet(id, planId, plan.childId(), heldOn, next.dueOn(), next.late(), plan.leadPractitionerId(), by));
        audit.record(AuditRecord.allowed("CORE_GROUP_MEETING_RECORDED", List.of(id, planId, plan.childId())));
        return id;
    }
}
