package kith.timescales;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import kith.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** Due dates, stopping and breaches of one clock, without Spring. */
class ClockRulesTests {

    private final WorkingCalendar calendar = WorkingCalendar.withoutClosureDays();

    private static ClockDefinition definition(int length, ClockUnit unit, boolean reasonRequired) {
        return new ClockDefinition("TEST", "Test", "Started", length, unit, "Stopped", reasonRequired, false);
    }

    private StatutoryClock started(ClockDefinition definition, java.time.LocalDate on) {
        return StatutoryClock.start(definition, new ClockEvent("Started", UUID.randomUUID(), null, on, null), calendar);
    }

    @Test
    void theDueDateIsCountedInTheClocksUnit() {
        assertThat(definition(15, ClockUnit.WORKING_DAYS, false).dueOn(of(2026, 3, 2), calendar)).isEqualTo(of(2026, 3, 23));
        assertThat(definition(15, ClockUnit.DAYS, false).dueOn(of(2026, 3, 2), calendar)).isEqualTo(of(2026, 3, 17));
        assertThat(definition(3, ClockUnit.MONTHS, false).dueOn(of(2026, 3, 20), calendar)).isEqualTo(of(2026, 6, 20));
        // Three months from 30 November is the end of February.
        assertThat(definition(3, ClockUnit.MONTHS, false).dueOn(of(2026, 11, 30), calendar)).isEqualTo(of(2027, 2, 28));
    }

    @Test
    void aClockStoppedOnItsDueDateIsOnTimeAndOneStoppedAfterItIsBreachedFromTheNextDay() {
        StatutoryClock clock = started(definition(1, ClockUnit.WORKING_DAYS, true), of(2026, 12, 24));
        assertThat(clock.dueOn()).isEqualTo(of(2026, 12, 29));
        StatutoryClock onTime = clock.stop(of(2026, 12, 29), "not needed");
        assertThat(onTime.breachedOn()).isNull();
        assertThat(onTime.lateReason()).as("a reason is kept only when late").isNull();
        StatutoryClock late = clock.stop(of(2027, 1, 4), " Awaiting police check ");
        assertThat(late.breachedOn()).isEqualTo(of(2026, 12, 30));
        assertThat(late.lateReason()).isEqualTo("Awaiting police check");
        assertThat(late.view().breached()).isTrue();
        assertThat(late.view().running()).isFalse();
    }

    @Test
    void aLateStopNeedsAReasonOnlyWhenTheDefinitionSaysSo() {
        StatutoryClock required = started(definition(1, ClockUnit.DAYS, true), of(2026, 5, 1));
        assertThatThrownBy(() -> required.stop(of(2026, 5, 3), " "))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .containsExactly(new InvalidInput.Problem("lateReason", "Enter why this was late")));
        StatutoryClock optional = started(definition(1, ClockUnit.DAYS, false), of(2026, 5, 1));
        assertThat(optional.stop(of(2026, 5, 3), null).breachedOn()).isEqualTo(of(2026, 5, 3));
    }

    @Test
    void aRunningClockIsOverdueOnlyAfterItsDueDate() {
        ClockView running = started(definition(1, ClockUnit.WORKING_DAYS, false), of(2026, 12, 24)).view();
        assertThat(running.overdueOn(of(2026, 12, 29))).isFalse();
        assertThat(running.overdueOn(of(2026, 12, 30))).isTrue();
        ClockView stopped = started(definition(1, ClockUnit.WORKING_DAYS, false), of(2026, 12, 24))
                .stop(of(2027, 1, 4), null).view();
        assertThat(stopped.overdueOn(of(2027, 1, 5))).isFalse();
    }
}
