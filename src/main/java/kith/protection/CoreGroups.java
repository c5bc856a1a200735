package kith.protection;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.protection.ProtectionEvents.CoreGroupMet;
import kith.shared.Actors;
import kith.shared.InvalidInput;
import kith.shared.InvalidInput.Problem;
import kith.shared.TextLimits;
import kith.shared.Today;
import kith.timescales.ClockEvent;
import kith.timescales.ClockView;
import kith.timescales.StatutoryClocks;
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

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** A core group meeting as recorded: who came and what progress the plan has made. */
    public record NewMeeting(LocalDate heldOn, String attended, String progress, String lateReason) {}

    private final JdbcClient jdbc;
    private final ChildProtectionPlans plans;
    private final StatutoryClocks clocks;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Today today;

    CoreGroups(JdbcClient jdbc, ChildProtectionPlans plans, StatutoryClocks clocks, RecordAccess access,
            AuditTrail audit, ApplicationEventPublisher events, Today today) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.clocks = clocks;
        this.access = access;
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
        access.check(Permission.WORK_CHILD_PROTECTION);
        ChildProtectionPlans.Stored plan = plans.load(planId);
        access.checkMayOpenChildProtection(plan.childId());
        if (plan.endedOn() != null) {
            throw new InvalidInput("heldOn", "This plan ended on " + plan.endedOn().format(DAY));
        }
        List<Problem> problems = new ArrayList<>();
        LocalDate last = jdbc.sql("SELECT max(held_on) FROM core_group_meeting WHERE plan_id = :plan")
                .param("plan", planId).query(LocalDate.class).optional().orElse(null);
        LocalDate heldOn = meeting.heldOn();
        if (heldOn == null || heldOn.isAfter(today.date())) {
            problems.add(new Problem("heldOn", "Enter the date of the meeting, today or in the past"));
        } else if (heldOn.isBefore(plan.startedOn())) {
            problems.add(new Problem("heldOn", "The meeting cannot be before the plan started, on "
                    + plan.startedOn().format(DAY)));
        } else if (last != null && heldOn.isBefore(last)) {
            problems.add(new Problem("heldOn", "A core group meeting on " + last.format(DAY)
                    + " is already recorded: record meetings in the order they were held"));
        }
        StrategyDiscussions.text(problems, "attended", meeting.attended(), TextLimits.NOTE, "Write who came");
        StrategyDiscussions.text(problems, "progress", meeting.progress(), TextLimits.TEXT,
                "Write what progress the plan has made and what happens next");
        StrategyDiscussions.text(problems, "lateReason", meeting.lateReason(), TextLimits.NOTE, null);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String lateReason = StrategyDiscussions.blank(meeting.lateReason()) ? null : meeting.lateReason().trim();
        List<ClockView> changed = clocks.record(new ClockEvent("CoreGroupHeld", planId, plan.childId(), heldOn,
                lateReason, plan.coreGroupEvery()));
        boolean late = changed.stream().anyMatch(c -> !c.running() && c.breached());
        LocalDate next = changed.stream().filter(c -> c.name().equals("CORE_GROUP") && c.running())
                .map(ClockView::dueOn).findFirst()
                .orElseGet(() -> clocks.dueDate("CORE_GROUP", heldOn, plan.coreGroupEvery()));
        UUID id = UUID.randomUUID();
        String by = Actors.currentOrSystem().displayName();
        jdbc.sql("""
                        INSERT INTO core_group_meeting (id, plan_id, held_on, attended, progress, next_due_on, late_reason,
                          recorded_by, recorded_by_name, recorded_at)
                        VALUES (:id, :plan, :held, :attended, :progress, :next, :late, :user, :by, :at)""")
                .param("id", id).param("plan", planId).param("held", heldOn).param("attended", meeting.attended().trim())
                .param("progress", meeting.progress().trim()).param("next", next).param("late", late ? lateReason : null)
                .param("user", Actors.currentOrSystem().username()).param("by", by)
                .param("at", Timestamp.from(today.now()))
                .update();
        plans.nextDue(planId, "next_core_group_due_on", next);
        events.publishEvent(new CoreGroupMet(id, planId, plan.childId(), heldOn, next, late, plan.leadPractitionerId(), by));
        audit.record(AuditRecord.allowed("CORE_GROUP_MEETING_RECORDED", List.of(id, planId, plan.childId())));
        return id;
    }
}
