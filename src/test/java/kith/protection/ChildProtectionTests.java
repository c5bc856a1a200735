package kith.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.KithTest;
import kith.familyhelp.EpisodeView;
import kith.familyhelp.FamilyHelpDecisions;
import kith.protection.Conference.Arrangement;
import kith.protection.Conference.Decision;
import kith.protection.Conference.Held;
import kith.protection.ProtectionMother.Case;
import kith.shared.AccessRefused;
import kith.shared.InvalidInput;
import kith.shared.Today;
import kith.support.AuditLog;
import kith.support.Users;
import kith.timescales.StatutoryClocks;
import kith.timescales.WorkingDays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Multi-agency child protection end to end through the services, against PostgreSQL: the timescales, the rule
 * for lead child protection practitioners, the plan's refusals, who may open it, strategy discussions' agencies and
 * statutory visits.
 */
@KithTest
class ChildProtectionTests {

    static final List<Conference.Invitee> PARENTS = List.of(
            new Conference.Invitee(Conference.InviteeKind.PARENT, null, null, "The child's mother", null));

    @Autowired ProtectionMother mother;
    @Autowired StrategyDiscussions discussions;
    @Autowired Section47Enquiries enquiries;
    @Autowired Conferences conferences;
    @Autowired ChildProtectionPlans plans;
    @Autowired CoreGroups coreGroups;
    @Autowired StatutoryVisits visits;
    @Autowired StatutoryClocks clocks;
    @Autowired WorkingDays workingDays;
    @Autowired FamilyHelpDecisions familyHelpDecisions;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired Today today;

    @Test
    void theInitialConferenceIsDue15WorkingDaysFromTheStrategyDiscussionAcrossChristmasAndNeverOnAHoliday() {
        // 25 and 28 December 2026 (Boxing Day's substitute) and 1 January 2027 are bank holidays.
        assertThat(clocks.dueDate(Section47Enquiries.INITIAL_CONFERENCE, LocalDate.of(2026, 12, 17)))
                .isEqualTo(LocalDate.of(2027, 1, 12));
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.isBefore(LocalDate.of(2028, 1, 1)); day = day.plusDays(1)) {
            LocalDate due = clocks.dueDate(Section47Enquiries.INITIAL_CONFERENCE, day);
            assertThat(workingDays.isWorkingDay(due)).as("due %s from %s is a working day (DfE rule 8870Q)", due, day)
                    .isTrue();
            assertThat(workingDays.workingDaysBetween(day, due)).isEqualTo(15);
        }
        // The enquiry takes its date from the clock, and a conference is never set for a weekend or bank holiday.
        Case c = mother.enquiryCompleted("Ivy", "Targetson", 4, 1);
        Section47Enquiries.Stored enquiry = enquiries.load(c.enquiryId());
        assertThat(enquiry.conferenceDueOn()).isEqualTo(
                clocks.dueDate(Section47Enquiries.INITIAL_CONFERENCE, mother.workingDaysAgo(4)));
        LocalDate saturday = today.date().with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.SATURDAY));
        assertThatThrownBy(() -> users.call("social.worker", () -> conferences.arrangeInitial(c.enquiryId(),
                new Arrangement(saturday, List.of(), true, false, null))))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems()).anySatisfy(p -> {
                    assertThat(p.field()).isEqualTo("scheduledOn");
                    assertThat(p.message()).contains("working day", "8875");
                }));
    }

    @Test
    void reviewsAreDueThreeMonthsAfterTheInitialConferenceThenSixMonthsAfterEachReviewAndAMissedOneIsOverdue() {
        Case c = mother.onAPlan("Rowan", "Reviewson", 12, 2);
        LocalDate started = mother.workingDaysAgo(2);
        ChildProtectionPlans.Stored plan = plans.load(c.planId());
        assertThat(plan.startedOn()).isEqualTo(started);
        assertThat(plan.nextReviewDueOn()).isEqualTo(started.plusMonths(3));
        assertThat(plan.nextCoreGroupDueOn()).isEqualTo(workingDays.workingDaysAfter(started, 10));
        assertThat(plan.nextVisitDueOn()).isEqualTo(workingDays.workingDaysAfter(started, 10));

        LocalDate reviewOn = mother.workingDaysAgo(1);
        UUID review = users.call("conference.chair", () -> conferences.arrangeReview(c.planId(),
                new Arrangement(reviewOn, PARENTS, true, false, null)));
        users.run("conference.chair", () -> conferences.hold(review, conferences.open(review).version(),
                new Held(reviewOn, List.of(), Decision.CONTINUE_PLAN, Category.EMO, "Still worried", true, null)));
        ChildProtectionPlans.Stored reviewed = plans.load(c.planId());
        assertThat(reviewed.nextReviewDueOn()).isEqualTo(reviewOn.plusMonths(6));
        assertThat(reviewed.latestCategory()).isEqualTo(Category.EMO);
        assertThat(reviewed.initialCategory()).isEqualTo(Category.NEG);

        // A plan set more than three months ago with no review: overdue.
        Case late = mother.onAPlan("Sorrel", "Reviewson", 80, 70);
        var summary = users.call("social.worker", () -> plans.open(late.planId()));
        assertThat(summary.due()).anySatisfy(due -> {
            assertThat(due.what()).isEqualTo("Review conference");
            assertThat(due.overdue()).isTrue();
        });
    }

    @Test
    void onlyASocialWorkerMeetingTheRuleMayLeadAndARefusalSaysWhy() {
        Case c = mother.enquiry("Pip", "Leadson", 3);
        long version = enquiries.load(c.enquiryId()).version();
        // social.worker is qualified long enough but has not done the lead practitioner training.
        assertThatThrownBy(() -> users.call("team.manager", () -> enquiries.assignLead(c.enquiryId(), version,
                mother.practitioner("social.worker"))))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("Sam Okoro cannot be a lead child protection practitioner yet")
                .hasMessageContaining("Lead child protection practitioner training");
        assertThatThrownBy(() -> users.call("team.manager", () -> enquiries.assignLead(c.enquiryId(), version,
                mother.practitioner("health.visitor"))))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("only a social worker registered with Social Work England can");
        UUID newlyQualified = jdbc.sql("SELECT id FROM practitioner WHERE given_name = 'Owen' AND family_name = 'Pritchard'")
                .query(UUID.class).single();
        assertThatThrownBy(() -> users.call("team.manager", () -> enquiries.assignLead(c.enquiryId(), version,
                newlyQualified)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("they qualified")
                .hasMessageContaining("at least 3 years since qualifying");
        var assigned = users.call("team.manager", () -> enquiries.assignLead(c.enquiryId(), version,
                mother.practitioner("child.protection")));
        assertThat(assigned.leadPractitionerName()).isEqualTo("Ruth Calloway");
        // Only a manager assigns.
        assertThatThrownBy(() -> users.call("social.worker", () -> enquiries.assignLead(c.enquiryId(),
                assigned.version(), mother.practitioner("child.protection")))).isInstanceOf(AccessRefused.class);
    }

    @Test
    void aSecondOpenPlanAnOverlappingPlanOrAStartThatIsNotTheConferenceDateIsRefused() {
        Case c = mother.conferenceArranged("Hazel", "Planson", 40, 30);
        LocalDate heldOn = mother.workingDaysAgo(30);
        Conference.View held = users.call("conference.chair", () -> conferences.hold(c.conferenceId(),
                conferences.open(c.conferenceId()).version(), new Held(heldOn, List.of(), Decision.PLAN, Category.PHY,
                        "Likely to suffer significant harm", false, null)));
        assertThatThrownBy(() -> users.call("conference.chair", () -> plans.start(held.id(),
                plan(heldOn.plusDays(1)))))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("starts on the date of the conference that set it")
                .hasMessageContaining("2885");
        UUID first = users.call("conference.chair", () -> plans.start(held.id(), plan(heldOn)));

        // A second enquiry for the same child while the plan is open, its conference decides on a plan: refused.
        Case second = mother.anotherConferenceDecidingOnAPlan(c, 20, 10);
        assertThatThrownBy(() -> users.call("conference.chair", () -> plans.start(second.conferenceId(),
                plan(mother.workingDaysAgo(10)))))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("already has an open child protection plan")
                .hasMessageContaining("8935");

        // The first plan ends today; a plan starting before that would overlap it.
        ChildProtectionPlans.Stored open = plans.load(first);
        users.run("team.manager", () -> plans.end(first, open.version(), PlanEndReason.BECAME_LOOKED_AFTER, today.date()));
        assertThatThrownBy(() -> users.call("conference.chair", () -> plans.start(second.conferenceId(),
                plan(mother.workingDaysAgo(10)))))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("would overlap")
                .hasMessageContaining("8940");
        assertThat(jdbc.sql("SELECT count(*) FROM child_protection_plan WHERE child_id = :c").param("c", c.childId())
                .query(Long.class).single()).as("nothing half-written").isEqualTo(1);
    }

    @Test
    void partnersOpenThePlanOnlyThroughTheTeamOrTheCoreGroupAndOnlyWhileItLasts() {
        Case c = mother.onAPlan("Juno", "Accesson", 12, 2);
        // police.officer is in the multi-agency team; health.visitor, the Family Help lead, is in the core group.
        assertThat(users.call("police.officer", () -> plans.open(c.planId())).leadPractitionerName())
                .isEqualTo("Ruth Calloway");
        assertThat(users.call("health.visitor", () -> plans.open(c.planId())).familyHelpLeadName())
                .isEqualTo(users.call("health.visitor", () -> plans.open(c.planId())).familyHelpLeadName()).isNotNull();
        long before = AuditLog.refusals(jdbc, "school.dsl");
        assertThatThrownBy(() -> users.call("school.dsl", () -> plans.open(c.planId()))).isInstanceOf(AccessRefused.class);
        assertThat(AuditLog.refusals(jdbc, "school.dsl"))
                .as("the refusal is audited").isGreaterThan(before);

        ChildProtectionPlans.Stored plan = plans.load(c.planId());
        users.run("team.manager", () -> plans.end(c.planId(), plan.version(), PlanEndReason.BECAME_LOOKED_AFTER,
                today.date()));
        assertThatThrownBy(() -> users.call("police.officer", () -> plans.open(c.planId())))
                .as("the team's access ends with the plan").isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> users.call("health.visitor", () -> plans.open(c.planId())))
                .as("the core group's access ends with the plan").isInstanceOf(AccessRefused.class);
        // The Family Help lead practitioner still leads the family's Family Help.
        assertThat(c.episode().leadPractitionerId()).isEqualTo(mother.practitioner("health.visitor"));
        assertThat(plans.load(c.planId()).familyHelpLeadId()).isEqualTo(mother.practitioner("health.visitor"));
    }

    @Test
    void aStrategyDiscussionWithoutPoliceOrHealthNeedsAReasonAndWarnsNamingThemAndEducationMissingWarns() {
        EpisodeView episode = mother.steppedUp("Wynn", "Agencyson");
        var withoutPolice = List.of(mother.participant("social.worker", AgencyType.SOCIAL_CARE),
                mother.participant("health.visitor", AgencyType.HEALTH));
        assertThatThrownBy(() -> users.call("social.worker", () -> discussions.record(
                mother.discussion(episode, mother.workingDaysAgo(1), withoutPolice, null, true))))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems()).anySatisfy(p -> {
                    assertThat(p.field()).isEqualTo("missingAgenciesReason");
                    assertThat(p.message()).startsWith("Police did not take part");
                }));
        assertThat(enquiries.ofEpisode(episode.id())).as("nothing saved").isEmpty();

        UUID id = users.call("social.worker", () -> discussions.record(mother.discussion(episode,
                mother.workingDaysAgo(1), withoutPolice, "The police officer was at court", true)));
        StrategyDiscussion.View view = users.call("social.worker", () -> discussions.open(id));
        assertThat(view.warnings()).anySatisfy(w -> assertThat(w).startsWith("Police did not take part")
                .contains("The police officer was at court"));
        assertThat(view.warnings()).anySatisfy(w -> assertThat(w).startsWith("Education did not take part"));

        // With the three required agencies and education, no warning.
        EpisodeView other = mother.steppedUp("Wren", "Agencyson");
        var all = new java.util.ArrayList<>(mother.requiredAgencies());
        all.add(mother.participant("school.dsl", AgencyType.EDUCATION));
        UUID full = users.call("social.worker", () -> discussions.record(mother.discussion(other,
                mother.workingDaysAgo(1), all, null, false)));
        assertThat(users.call("social.worker", () -> discussions.open(full)).warnings()).isEmpty();
    }

    @Test
    void aChildNotSeenOrNotSeenAloneNeedsAReasonAndThePlansFrequencySetsTheNextVisitWhichShowsOverdueOncePassed() {
        Case c = mother.onAPlan("Basil", "Visitson", 30, 20);
        LocalDate started = mother.workingDaysAgo(20);
        var plan = users.call("social.worker", () -> plans.open(c.planId()));
        assertThat(plan.due()).anySatisfy(due -> {
            assertThat(due.what()).isEqualTo("Visit");
            assertThat(due.dueOn()).isEqualTo(workingDays.workingDaysAfter(started, 10));
            assertThat(due.overdue()).isTrue();
        });
        LocalDate visitedOn = mother.workingDaysAgo(5);
        assertThatThrownBy(() -> users.call("child.protection", () -> visits.record(c.planId(), new StatutoryVisits.NewVisit(
                visitedOn, false, null, false, null, null, "Nobody answered", "Visit diary full"))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("Write why the child was not seen");
        assertThatThrownBy(() -> users.call("child.protection", () -> visits.record(c.planId(), new StatutoryVisits.NewVisit(
                visitedOn, true, false, true, null, null, "Mum stayed in the room", "Visit diary full"))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("Write why the child was not seen alone");
        assertThatThrownBy(() -> users.call("child.protection", () -> visits.record(c.planId(), new StatutoryVisits.NewVisit(
                visitedOn, true, true, true, null, null, "Played with Basil", null))))
                .as("late, so the reason is needed").isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems()).anySatisfy(p ->
                        assertThat(p.field()).isEqualTo("lateReason")));

        // The plan sets visits every 5 working days: the next visit is due 5 working days after this one.
        ChildProtectionPlans.Stored stored = plans.load(c.planId());
        users.run("child.protection", () -> plans.change(c.planId(), stored.version(), stored.worries(),
                List.of(new ChildProtectionPlan.Step("Nursery every day", "Mum", "From now")), 5, null));
        users.run("child.protection", () -> visits.record(c.planId(), new StatutoryVisits.NewVisit(visitedOn, true, false,
                true, null, "Baby asleep upstairs", "Bedroom tidy, food in the fridge", "The family was away")));
        assertThat(plans.load(c.planId()).nextVisitDueOn()).isEqualTo(workingDays.workingDaysAfter(visitedOn, 5));
        assertThat(jdbc.sql("SELECT late_reason FROM statutory_visit WHERE plan_id = :p").param("p", c.planId())
                .query(String.class).single()).isEqualTo("The family was away");

        // A core group meeting sets the next at the plan's interval.
        LocalDate metOn = mother.workingDaysAgo(3);
        users.run("child.protection", () -> coreGroups.record(c.planId(), new CoreGroups.NewMeeting(metOn,
                "Mum, Ruth Calloway, the health visitor", "Nursery attendance up", "Waiting for the police")));
        assertThat(plans.load(c.planId()).nextCoreGroupDueOn()).isEqualTo(workingDays.workingDaysAfter(metOn, 20));
    }

    @Test
    void familyHelpCannotCloseUnderOpenChildProtectionWork() {
        Case c = mother.enquiry("Moss", "Closeson", 2);
        EpisodeView episode = c.episode();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                jdbc.sql("SELECT count(*) FROM child_protection_step_up WHERE episode_id = :e").param("e", episode.id())
                        .query(Long.class).single()).isEqualTo(1));
        assertThat(new ProtectionWork(jdbc, today).openWorkIn(episode.id())).contains("a section 47 enquiry");
    }

    private static ChildProtectionPlan.NewPlan plan(LocalDate startedOn) {
        return new ChildProtectionPlan.NewPlan(startedOn, null, "We are worried about bruises",
                List.of(new ChildProtectionPlan.Step("Keep the baby safe", "Dad", "Now")), null, null);
    }
}
