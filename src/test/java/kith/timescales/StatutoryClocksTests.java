package kith.timescales;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import kith.KithTest;
import kith.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Statutory clocks started and stopped by events, with due dates from Working Together 2023. */
@KithTest
class StatutoryClocksTests {

    @Autowired StatutoryClocks clocks;
    @Autowired JdbcClient jdbc;

    private final UUID child = UUID.randomUUID();

    private static ClockEvent event(String name, UUID subject, UUID child, LocalDate on) {
        return new ClockEvent(name, subject, child, on, null);
    }

    @Test
    void aReferralReceivedOnChristmasEve2026IsDueForADecisionOnTuesday29December() {
        UUID referral = UUID.randomUUID();
        List<ClockView> started = clocks.record(event("ReferralReceived", referral, child, of(2026, 12, 24)));
        // Working Together 2023: a decision within one working day of the referral.
        assertThat(started).singleElement().satisfies(clock -> {
            assertThat(clock.name()).isEqualTo("REFERRAL_DECISION");
            assertThat(clock.label()).isEqualTo("Referral decision");
            assertThat(clock.subjectId()).isEqualTo(referral);
            assertThat(clock.childId()).isEqualTo(child);
            assertThat(clock.startedOn()).isEqualTo(of(2026, 12, 24));
            assertThat(clock.dueOn()).isEqualTo(of(2026, 12, 29));
            assertThat(clock.running()).isTrue();
            assertThat(clock.overdueOn(of(2026, 12, 29))).isFalse();
            assertThat(clock.overdueOn(of(2026, 12, 30))).isTrue();
        });
        assertThat(clocks.find("REFERRAL_DECISION", referral)).contains(started.get(0));
    }

    @Test
    void aDecisionOnTheDueDateStopsTheClockOnTime() {
        UUID referral = UUID.randomUUID();
        clocks.record(event("ReferralReceived", referral, child, of(2026, 12, 24)));
        List<ClockView> stopped = clocks.record(event("ReferralDecided", referral, child, of(2026, 12, 29)));
        assertThat(stopped).singleElement().satisfies(clock -> {
            assertThat(clock.stoppedOn()).isEqualTo(of(2026, 12, 29));
            assertThat(clock.running()).isFalse();
            assertThat(clock.breached()).isFalse();
            assertThat(clock.lateReason()).isNull();
            assertThat(clock.overdueOn(of(2027, 1, 5))).isFalse();
        });
    }

    @Test
    void aDecisionNotMadeWithinOneWorkingDayRecordsTheBreachAndKeepsTheReason() {
        UUID referral = UUID.randomUUID();
        clocks.record(event("ReferralReceived", referral, child, of(2026, 12, 24)));
        List<ClockView> stopped = clocks.record(new ClockEvent("ReferralDecided", referral, child, of(2026, 12, 30),
                "  Waiting for the police check  "));
        assertThat(stopped).singleElement().satisfies(clock -> {
            assertThat(clock.breached()).isTrue();
            assertThat(clock.lateReason()).isEqualTo("Waiting for the police check");
            assertThat(clock.stoppedOn()).isEqualTo(of(2026, 12, 30));
        });
        assertThat(breachedOn(stopped.get(0).id())).isEqualTo(of(2026, 12, 30));
        assertThat(clocks.find("REFERRAL_DECISION", referral).orElseThrow().breached()).isTrue();
    }

    @Test
    void aLateDecisionWithoutAReasonIsRefusedAndChangesNothing() {
        UUID referral = UUID.randomUUID();
        // Far enough ahead that the real quarter-hourly breach check cannot touch the clock.
        clocks.record(event("ReferralReceived", referral, child, of(2040, 3, 1)));
        for (String blank : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> clocks.record(new ClockEvent("ReferralDecided", referral, child, of(2040, 3, 6), blank)))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                            .containsExactly(new InvalidInput.Problem("lateReason", "Enter why this was late")));
        }
        ClockView clock = clocks.find("REFERRAL_DECISION", referral).orElseThrow();
        assertThat(clock.running()).isTrue();
        assertThat(clock.lateReason()).isNull();
        assertThat(version(clock.id())).isZero();
    }

    @Test
    void aClockThatNeedsNoReasonMayStopLateWithoutOne() {
        // Every statutory clock of Working Together asks for a reason when late; a local timescale may not.
        jdbc.sql("""
                INSERT INTO clock_definition (name, label, start_event, length, unit, stop_event, late_reason_required, source)
                VALUES ('TEST_NO_REASON', 'Test', 'TestStarted', 2, 'WORKING_DAYS', 'TestStopped', false, 'A test')""").update();
        try {
            UUID subject = UUID.randomUUID();
            clocks.record(event("TestStarted", subject, child, of(2026, 3, 2)));
            List<ClockView> stopped = clocks.record(event("TestStopped", subject, child, of(2026, 3, 9)));
            assertThat(stopped).singleElement().satisfies(clock -> {
                assertThat(clock.name()).isEqualTo("TEST_NO_REASON");
                assertThat(clock.breached()).isTrue();
                assertThat(clock.lateReason()).isNull();
            });
        } finally {
            jdbc.sql("DELETE FROM statutory_clock WHERE definition = 'TEST_NO_REASON'").update();
            jdbc.sql("DELETE FROM clock_definition WHERE name = 'TEST_NO_REASON'").update();
        }
    }

    @Test
    void anAssessmentIsDue45WorkingDaysAfterTheReferral() {
        UUID referral = UUID.randomUUID();
        List<ClockView> started = clocks.record(event("ReferralAcceptedForAssessment", referral, child, of(2026, 1, 2)));
        assertThat(started).extracting(ClockView::name, ClockView::dueOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ASSESSMENT", of(2026, 3, 6)));
    }

    @Test
    void anInitialConferenceStopsItsClockAndAPlanStartsTheReviewCoreGroupAndVisitClocks() {
        UUID enquiry = UUID.randomUUID();
        List<ClockView> started = clocks.record(event("StrategyDiscussionInitiatedSection47", enquiry, child, of(2026, 3, 2)));
        // Working Together 2023: the initial conference within 15 working days of the strategy discussion.
        assertThat(started).singleElement().satisfies(clock -> {
            assertThat(clock.name()).isEqualTo("INITIAL_CHILD_PROTECTION_CONFERENCE");
            assertThat(clock.dueOn()).isEqualTo(of(2026, 3, 23));
        });
        List<ClockView> changed = clocks.record(event("InitialConferenceHeld", enquiry, child, of(2026, 3, 20)));
        assertThat(changed).extracting(ClockView::name, ClockView::running, ClockView::breached).containsExactly(
                org.assertj.core.groups.Tuple.tuple("INITIAL_CHILD_PROTECTION_CONFERENCE", false, false));
        // A conference that decides on no plan starts nothing more; a plan starts the plan's clocks.
        UUID plan = UUID.randomUUID();
        List<ClockView> planClocks = clocks.record(event("ChildProtectionPlanStarted", plan, child, of(2026, 3, 20)));
        assertThat(planClocks).extracting(ClockView::name, ClockView::dueOn).containsExactly(
                // The first visit, every 10 working days unless the plan says otherwise (Good Friday and Easter Monday).
                org.assertj.core.groups.Tuple.tuple("CHILD_PROTECTION_VISIT_FIRST", of(2026, 4, 7)),
                // Core group within 10 working days: Good Friday 3 April and Easter Monday 6 April are skipped.
                org.assertj.core.groups.Tuple.tuple("CORE_GROUP_FIRST", of(2026, 4, 7)),
                // First review within three months of the initial conference.
                org.assertj.core.groups.Tuple.tuple("FIRST_REVIEW_CONFERENCE", of(2026, 6, 20)));
    }

    @Test
    void reviewsAfterTheFirstAreDueWithinSixMonthsOfThePreviousReview() {
        UUID plan = UUID.randomUUID();
        clocks.record(event("ChildProtectionPlanStarted", plan, child, of(2026, 3, 20)));
        List<ClockView> first = clocks.record(event("ReviewConferenceHeld", plan, child, of(2026, 6, 15)));
        assertThat(first).extracting(ClockView::name, ClockView::running, ClockView::dueOn).containsExactly(
                org.assertj.core.groups.Tuple.tuple("FIRST_REVIEW_CONFERENCE", false, of(2026, 6, 20)),
                org.assertj.core.groups.Tuple.tuple("REVIEW_CONFERENCE", true, of(2026, 12, 15)));
        List<ClockView> second = clocks.record(new ClockEvent("ReviewConferenceHeld", plan, child, of(2026, 12, 17),
                "The chair was ill"));
        assertThat(second).extracting(ClockView::name, ClockView::running, ClockView::breached, ClockView::dueOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("REVIEW_CONFERENCE", false, true, of(2026, 12, 15)),
                        org.assertj.core.groups.Tuple.tuple("REVIEW_CONFERENCE", true, false, of(2027, 6, 17)));
    }

    @Test
    void thePlansVisitFrequencySetsTheVisitClockAndTwoVisitsOnOneDayKeepOneClockRunning() {
        UUID plan = UUID.randomUUID();
        // A plan that visits every 5 working days.
        List<ClockView> started = clocks.record(new ClockEvent("ChildProtectionPlanStarted", plan, child, of(2026, 3, 20),
                null, 5));
        assertThat(started).filteredOn(clock -> clock.name().equals("CHILD_PROTECTION_VISIT_FIRST"))
                .singleElement().extracting(ClockView::dueOn).isEqualTo(of(2026, 3, 27));
        // The length is the work's only where the definition lets it: the core group's first meeting stays at 10.
        assertThat(started).filteredOn(clock -> clock.name().equals("CORE_GROUP_FIRST"))
                .singleElement().extracting(ClockView::dueOn).isEqualTo(of(2026, 4, 7));
        clocks.record(new ClockEvent("StatutoryVisitRecorded", plan, child, of(2026, 3, 25), null, 5));
        assertThat(clocks.find("CHILD_PROTECTION_VISIT", plan).orElseThrow().dueOn()).isEqualTo(of(2026, 4, 1));
        // A second visit the same day: the clock from that day runs on.
        clocks.record(new ClockEvent("StatutoryVisitRecorded", plan, child, of(2026, 3, 25), null, 5));
        assertThat(clocks.find("CHILD_PROTECTION_VISIT", plan).orElseThrow().running()).isTrue();
        assertThat(clocks.dueDate("CHILD_PROTECTION_VISIT", of(2026, 3, 25), 5)).isEqualTo(of(2026, 4, 1));
        // Ten working days from 25 March 2026 skip Good Friday and Easter Monday.
        assertThat(clocks.dueDate("CHILD_PROTECTION_VISIT", of(2026, 3, 25), null)).isEqualTo(of(2026, 4, 10));
    }

    @Test
    void workNoLongerNeededStopsItsClocksNeitherOnTimeNorLate() {
        UUID enquiry = UUID.randomUUID();
        clocks.record(event("StrategyDiscussionInitiatedSection47", enquiry, child, of(2026, 3, 2)));
        clocks.recordBreaches(of(2026, 3, 25));
        List<ClockView> stopped = clocks.notNeeded(enquiry, of(2026, 3, 26));
        assertThat(stopped).singleElement().satisfies(clock -> {
            assertThat(clock.notNeeded()).isTrue();
            assertThat(clock.running()).isFalse();
            // It was overdue while it was needed, and that stays.
            assertThat(clock.breached()).isTrue();
            assertThat(clock.lateReason()).isNull();
        });
        assertThat(clocks.notNeeded(enquiry, of(2026, 3, 27))).isEmpty();
        UUID onTime = UUID.randomUUID();
        clocks.record(event("StrategyDiscussionInitiatedSection47", onTime, child, of(2026, 3, 2)));
        assertThat(clocks.notNeeded(onTime, of(2026, 3, 10))).singleElement().extracting(ClockView::breached).isEqualTo(false);
    }

    @Test
    void theSameEventTwiceStartsOneClockAndAStopWithNothingRunningChangesNothing() {
        UUID notification = UUID.randomUUID();
        assertThat(clocks.record(event("TransferInNotified", notification, child, of(2026, 9, 1)))).hasSize(1);
        assertThat(clocks.record(event("TransferInNotified", notification, child, of(2026, 9, 1)))).isEmpty();
        assertThat(clocks.record(event("TransferInNotified", notification, child, of(2026, 9, 2)))).isEmpty();
        assertThat(count(notification)).isEqualTo(1);
        assertThat(clocks.record(event("TransferInConferenceHeld", notification, child, of(2026, 9, 10)))).hasSize(1);
        assertThat(clocks.record(event("TransferInConferenceHeld", notification, child, of(2026, 9, 10)))).isEmpty();
        assertThat(clocks.record(event("SomethingElseHappened", notification, child, of(2026, 9, 10)))).isEmpty();
        assertThat(clocks.find("TRANSFER_IN_CONFERENCE", notification).orElseThrow().stoppedOn()).isEqualTo(of(2026, 9, 10));
    }

    @Test
    void aStopDatedBeforeTheClockStartedIsRefused() {
        UUID referral = UUID.randomUUID();
        clocks.record(event("ReferralReceived", referral, child, of(2026, 12, 24)));
        assertThatThrownBy(() -> clocks.record(event("ReferralDecided", referral, child, of(2026, 12, 23))))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems()).extracting(InvalidInput.Problem::field).containsExactly("on"));
        assertThat(clocks.find("REFERRAL_DECISION", referral).orElseThrow().running()).isTrue();
    }

    @Test
    void theBreachCheckMarksRunningClocksPastTheirDueDateOnce() {
        UUID late = UUID.randomUUID();
        UUID onTime = UUID.randomUUID();
        UUID stopped = UUID.randomUUID();
        // Far enough ahead that the real quarter-hourly check cannot have reached them.
        ClockView lateClock = clocks.record(event("ReferralReceived", late, child, of(2040, 1, 2))).get(0);
        ClockView onTimeClock = clocks.record(event("ReferralReceived", onTime, child, of(2040, 1, 3))).get(0);
        clocks.record(event("ReferralReceived", stopped, child, of(2040, 1, 2)));
        clocks.record(event("ReferralDecided", stopped, child, of(2040, 1, 3)));
        assertThat(lateClock.dueOn()).isEqualTo(of(2040, 1, 3));
        assertThat(onTimeClock.dueOn()).isEqualTo(of(2040, 1, 4));

        assertThat(clocks.recordBreaches(of(2040, 1, 4))).isGreaterThanOrEqualTo(1);
        assertThat(clocks.find("REFERRAL_DECISION", late).orElseThrow().breached()).isTrue();
        assertThat(breachedOn(lateClock.id())).isEqualTo(of(2040, 1, 4));
        assertThat(clocks.find("REFERRAL_DECISION", onTime).orElseThrow().breached()).isFalse();
        assertThat(clocks.find("REFERRAL_DECISION", stopped).orElseThrow().breached()).isFalse();
        assertThat(clocks.recordBreaches(of(2040, 1, 4))).isZero();

        // The decision arrives later, with a reason: the breach stays from the day after the due date.
        ClockView decided = clocks.record(new ClockEvent("ReferralDecided", late, child, of(2040, 1, 9), "Snowed in"))
                .get(0);
        assertThat(decided.breached()).isTrue();
        assertThat(decided.lateReason()).isEqualTo("Snowed in");
        assertThat(breachedOn(lateClock.id())).isEqualTo(of(2040, 1, 4));
    }

    @Test
    void theScheduledBreachCheckCountsTodayInLondon() {
        UUID referral = UUID.randomUUID();
        // Received Friday 6 July 2040, due Monday 9 July.
        clocks.record(event("ReferralReceived", referral, child, of(2040, 7, 6)));
        // 23:30 UTC on Monday 9 July is already Tuesday 10 July in London (BST).
        new BreachCheck(clocks, new kith.shared.Today(Clock.fixed(Instant.parse("2040-07-09T22:30:00Z"), ZoneOffset.UTC))).run();
        assertThat(clocks.find("REFERRAL_DECISION", referral).orElseThrow().breached()).isFalse();
        new BreachCheck(clocks, new kith.shared.Today(Clock.fixed(Instant.parse("2040-07-09T23:30:00Z"), ZoneOffset.UTC))).run();
        assertThat(clocks.find("REFERRAL_DECISION", referral).orElseThrow().breached()).isTrue();
    }

    @Test
    void workTraysReadTheLatestClockOfEachSubjectSoonestDueFirst() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID none = UUID.randomUUID();
        clocks.record(event("ReferralAcceptedForAssessment", first, child, of(2026, 2, 2)));
        clocks.record(event("ReferralAcceptedForAssessment", second, child, of(2026, 1, 5)));
        assertThat(clocks.forSubjects("ASSESSMENT", List.of(first, second, none)))
                .extracting(ClockView::subjectId).containsExactly(second, first);
        assertThat(clocks.forSubjects("ASSESSMENT", List.of())).isEmpty();
        assertThat(clocks.find("ASSESSMENT", none)).isEmpty();
    }

    private LocalDate breachedOn(UUID clock) {
        return jdbc.sql("SELECT breached_on FROM statutory_clock WHERE id = :id").param("id", clock)
                .query(LocalDate.class).single();
    }

    private long version(UUID clock) {
        return jdbc.sql("SELECT version FROM statutory_clock WHERE id = :id").param("id", clock).query(Long.class).single();
    }

    private long count(UUID subject) {
        return jdbc.sql("SELECT count(*) FROM statutory_clock WHERE subject_id = :s").param("s", subject)
                .query(Long.class).single();
    }
}
