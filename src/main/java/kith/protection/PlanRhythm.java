package kith.protection;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.ToIntFunction;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.shared.InvalidInput;
import kith.shared.InvalidInput.Problem;
import kith.shared.Today;
import kith.timescales.ClockEvent;
import kith.timescales.ClockView;
import kith.timescales.StatutoryClocks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The work a plan repeats at its own interval, core group meetings and statutory visits: who may record one, the
 * rules for its date, and the clock each one stops and starts again, which sets the plan's next date.
 */
@Component
class PlanRhythm {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** One kind of repeated work: where it is kept, its clock, the plan's column for the next one, and its words. */
    enum Kind {
        CORE_GROUP_MEETING("SELECT max(held_on) FROM core_group_meeting WHERE plan_id = :plan", "CoreGroupHeld",
                "CORE_GROUP", "next_core_group_due_on", ChildProtectionPlans.Stored::coreGroupEvery, "meeting",
                "A core group meeting", "record meetings in the order they were held"),
        STATUTORY_VISIT("SELECT max(visited_on) FROM statutory_visit WHERE plan_id = :plan", "StatutoryVisitRecorded",
                "CHILD_PROTECTION_VISIT", "next_visit_due_on", ChildProtectionPlans.Stored::visitEvery, "visit",
                "A visit", "record visits in the order they were made");

        private final String latest;
        private final String clockEvent;
        private final String clock;
        private final String nextColumn;
        private final ToIntFunction<ChildProtectionPlans.Stored> every;
        private final String noun;
        private final String recorded;
        private final String order;

        Kind(String latest, String clockEvent, String clock, String nextColumn,
                ToIntFunction<ChildProtectionPlans.Stored> every, String noun, String recorded, String order) {
            this.latest = latest;
            this.clockEvent = clockEvent;
            this.clock = clock;
            this.nextColumn = nextColumn;
            this.every = every;
            this.noun = noun;
            this.recorded = recorded;
            this.order = order;
        }
    }

    /** What recording one did to the plan's timescale: whether it was late, and when the next is due. */
    record Next(boolean late, LocalDate dueOn) {}

    private final JdbcClient jdbc;
    private final ChildProtectionPlans plans;
    private final StatutoryClocks clocks;
    private final RecordAccess access;
    private final Today today;

    PlanRhythm(JdbcClient jdbc, ChildProtectionPlans plans, StatutoryClocks clocks, RecordAccess access, Today today) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.clocks = clocks;
        this.access = access;
        this.today = today;
    }

    /** The open plan to record on, once the current user may: refused (audited) or refused as ended otherwise. */
    ChildProtectionPlans.Stored planToRecordOn(UUID planId, String dateField) {
        access.check(Permission.WORK_CHILD_PROTECTION);
        ChildProtectionPlans.Stored plan = plans.load(planId);
        access.checkMayOpenChildProtection(plan.childId());
        if (plan.endedOn() != null) {
            throw new InvalidInput(dateField, "This plan ended on " + plan.endedOn().format(DAY));
        }
        return plan;
    }

    /** The date's problems: in the future, before the plan, or before the last one recorded (they come in order). */
    void checkDate(ChildProtectionPlans.Stored plan, Kind kind, String field, LocalDate on, List<Problem> problems) {
        LocalDate last = jdbc.sql(kind.latest).param("plan", plan.id()).query(LocalDate.class).optional().orElse(null);
        if (on == null || on.isAfter(today.date())) {
            problems.add(new Problem(field, "Enter the date of the " + kind.noun + ", today or in the past"));
        } else if (on.isBefore(plan.startedOn())) {
            problems.add(new Problem(field, "The " + kind.noun + " cannot be before the plan started, on "
                    + plan.startedOn().format(DAY)));
        } else if (last != null && on.isBefore(last)) {
            problems.add(new Problem(field, kind.recorded + " on " + last.format(DAY) + " is already recorded: "
                    + kind.order));
        }
    }

    /**
     * Stops the clock that was running (with the reason when late: refused without one where it is needed) and
     * starts the next at the plan's interval, which becomes the plan's next date.
     */
    Next recorded(ChildProtectionPlans.Stored plan, Kind kind, LocalDate on, String lateReason) {
        int every = kind.every.applyAsInt(plan);
        List<ClockView> changed = clocks.record(new ClockEvent(kind.clockEvent, plan.id(), plan.childId(), on,
                lateReason, every));
        boolean late = changed.stream().anyMatch(c -> !c.running() && c.breached());
        // A second on the same day leaves the clock from that day running, so nothing starts: its date is the same.
        LocalDate next = changed.stream().filter(c -> c.name().equals(kind.clock) && c.running())
                .map(ClockView::dueOn).findFirst()
                .orElseGet(() -> clocks.dueDate(kind.clock, on, every));
        plans.nextDue(plan.id(), kind.nextColumn, next);
        return new Next(late, next);
    }
}
