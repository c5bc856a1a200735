package kith.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import kith.KithTest;
import kith.familyhelp.EpisodeView;
import kith.familyhelp.FamilyHelpMother;
import kith.frontdoor.LawfulBasis;
import kith.frontdoor.ReferralDecision;
import kith.protection.Category;
import kith.protection.ChildProtectionPlan;
import kith.protection.ChildProtectionPlans;
import kith.protection.Conference;
import kith.protection.Conferences;
import kith.protection.CoreGroups;
import kith.protection.PlanEndReason;
import kith.protection.ProtectionMother;
import kith.protection.ProtectionMother.Case;
import kith.protection.Section47Enquiries;
import kith.protection.StatutoryVisits;
import kith.protection.StrategyDiscussion;
import kith.protection.StrategyDiscussions;
import kith.protection.TransfersIn;
import kith.shared.Today;
import kith.support.EventDelivery;
import kith.support.Users;
import kith.timescales.WorkingDays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Child protection's tasks on the work trays, from the real services' events: due at the clocks' dates and the
 * plan's own frequencies, done by the event that does them, all ended with the plan, passed to a new lead, overdue
 * marked; shown to everyone working with the child, with a link only for those who may open the record.
 */
@KithTest
class ChildProtectionWorkTrayTests {

    static final List<Conference.Invitee> PARENTS = List.of(
            new Conference.Invitee(Conference.InviteeKind.PARENT, null, null, "The child's mother", null));

    @Autowired ProtectionMother mother;
    @Autowired FamilyHelpMother familyHelp;
    @Autowired StrategyDiscussions discussions;
    @Autowired Section47Enquiries enquiries;
    @Autowired Conferences conferences;
    @Autowired ChildProtectionPlans plans;
    @Autowired CoreGroups coreGroups;
    @Autowired StatutoryVisits visits;
    @Autowired TransfersIn transfersIn;
    @Autowired WorkTray tray;
    @Autowired Chronology chronology;
    @Autowired Tasks tasks;
    @Autowired WorkingDays workingDays;
    @Autowired Today today;
    @Autowired Users users;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate transactions;

    EventDelivery events;

    @BeforeEach
    void events() {
        events = new EventDelivery(publisher, transactions, jdbc);
    }

    /** The child protection tasks about the child on the user's tray (Family Help's own are other tests'). */
    private List<WorkTray.DueTask> tasksOf(String username, UUID child) {
        return users.call(username, () -> tray.families()).stream()
                .filter(family -> family.personId().equals(child))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not on " + username + "'s tray"))
                .tasks().stream().filter(task -> task.kind().childProtection()).toList();
    }

    private List<TaskKind> openChildProtectionTasks(UUID child) {
        return tasks.openFor(List.of(child)).stream().map(Tasks.OpenTask::kind).filter(TaskKind::childProtection).toList();
    }

    private WorkTray.DueTask only(List<WorkTray.DueTask> due, TaskKind kind) {
        return due.stream().filter(task -> task.kind() == kind).reduce((a, b) -> {
            throw new AssertionError("two open " + kind + " tasks: " + due);
        }).orElseThrow(() -> new AssertionError("no open " + kind + " task: " + due));
    }

    /** Whose the task is, or null while it is nobody's in particular. */
    private UUID holderOf(TaskKind kind, UUID source) {
        return jdbc.sql("SELECT practitioner_id FROM task WHERE kind = :kind AND source_id = :source")
                .param("kind", kind.name()).param("source", source)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1, UUID.class))).single().orElse(null);
    }

    // Working Together 2023: the first review within 3 months of the initial conference, then at most every 6 months.
    // Visits and core groups at the plan's frequencies (local procedures; 10 and 20 working days unless it says).
    @Test
    void thePlansTasksAreDueAtItsFrequenciesDoneByTheNextEventAndAllEndWithThePlan() throws Exception {
        Case c = mother.onAPlan("Dot", "Trayson", 12, 4);
        UUID child = c.childId();
        UUID plan = c.planId();
        LocalDate started = mother.workingDaysAgo(4);
        events.awaitHandled(child);

        List<WorkTray.DueTask> due = tasksOf("child.protection", child);
        assertThat(due).extracting(WorkTray.DueTask::kind).containsExactlyInAnyOrder(TaskKind.STATUTORY_VISIT,
                TaskKind.CORE_GROUP_MEETING, TaskKind.REVIEW_CONFERENCE);
        assertThat(only(due, TaskKind.STATUTORY_VISIT).dueOn()).isEqualTo(workingDays.workingDaysAfter(started, 10));
        assertThat(only(due, TaskKind.CORE_GROUP_MEETING).dueOn()).isEqualTo(workingDays.workingDaysAfter(started, 10));
        assertThat(only(due, TaskKind.REVIEW_CONFERENCE)).satisfies(review -> {
            assertThat(review.dueOn()).isEqualTo(started.plusMonths(3));
            assertThat(review.title()).isEqualTo("Hold the review child protection conference");
            assertThat(review.link()).isEqualTo("/child-protection/plans/" + plan);
        });
        assertThat(jdbc.sql("SELECT count(*) FROM task WHERE kind = 'INITIAL_CONFERENCE' AND source_id = :e AND done_on = :on")
                .param("e", c.enquiryId()).param("on", started).query(Long.class).single())
                .as("the initial conference was done the day it was held").isEqualTo(1);
        assertThat(holderOf(TaskKind.STATUTORY_VISIT, plan)).isEqualTo(mother.practitioner("child.protection"));
        assertThat(tasksOf("team.manager", child)).as("the manager, through the work they supervise")
                .extracting(WorkTray.DueTask::kind).contains(TaskKind.STATUTORY_VISIT, TaskKind.REVIEW_CONFERENCE);
        // The Family Help lead practitioner, who co-works and is in the core group, sees them with their links.
        assertThat(tasksOf("health.visitor", child)).extracting(WorkTray.DueTask::link)
                .containsOnly("/child-protection/plans/" + plan);
        mvc.perform(get("/api/v1/work-tray").with(users.as("child.protection"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.families[?(@.personId == '" + child + "')].tasks[*].kind")
                        .value(org.hamcrest.Matchers.hasItems("STATUTORY_VISIT", "CORE_GROUP_MEETING", "REVIEW_CONFERENCE")));

        // The plan now sets visits every 5 working days: the next visit is due 5 working days after this one.
        ChildProtectionPlan.View stored = users.call("child.protection", () -> plans.open(plan));
        LocalDate visited = mother.workingDaysAgo(2);
        users.run("child.protection", () -> {
            plans.change(plan, stored.version(), stored.worries(),
                    List.of(new ChildProtectionPlan.Step("Nursery every day", "Mum", "From now")), 5, null);
            visits.record(plan, new StatutoryVisits.NewVisit(visited, true, true, false, null, null, "All well", null));
            coreGroups.record(plan, new CoreGroups.NewMeeting(mother.workingDaysAgo(1), "Mum, Ruth Calloway",
                    "Nursery every day", null));
        });
        events.awaitHandled(child);
        due = tasksOf("child.protection", child);
        assertThat(only(due, TaskKind.STATUTORY_VISIT).dueOn()).isEqualTo(workingDays.workingDaysAfter(visited, 5));
        assertThat(only(due, TaskKind.CORE_GROUP_MEETING).dueOn())
                .isEqualTo(workingDays.workingDaysAfter(mother.workingDaysAgo(1), 20));

        LocalDate reviewOn = mother.workingDaysAgo(0);
        users.run("conference.chair", () -> {
            UUID review = conferences.arrangeReview(plan, new Conference.Arrangement(reviewOn, PARENTS, true, false, null));
            conferences.hold(review, conferences.open(review).version(), new Conference.Held(reviewOn, List.of(),
                    Conference.Decision.CONTINUE_PLAN, Category.NEG, "Still worried", true, null));
        });
        events.awaitHandled(child);
        assertThat(only(tasksOf("child.protection", child), TaskKind.REVIEW_CONFERENCE).dueOn())
                .isEqualTo(reviewOn.plusMonths(6));

        users.run("team.manager", () -> plans.end(plan, plans.open(plan).version(), PlanEndReason.BECAME_LOOKED_AFTER,
                today.date()));
        events.awaitHandled(child);
        assertThat(openChildProtectionTasks(child)).as("nothing is due once the plan has ended").isEmpty();
        assertThat(tasksOf("health.visitor", child)).as("the Family Help lead still works with the family").isEmpty();
    }

    @Test
    void anEnquirysInitialConferenceWaitsForItsLeadGoesToTheLeadAssignedAndIsDoneByNoFurtherAction() {
        Case c = mother.enquiry("Eve", "Trayson", 3);
        UUID child = c.childId();
        events.awaitHandled(child);
        LocalDate dueOn = users.call("social.worker", () -> enquiries.open(c.enquiryId())).conferenceDueOn();
        assertThat(holderOf(TaskKind.INITIAL_CONFERENCE, c.enquiryId())).as("nobody's until a lead is assigned").isNull();
        // The health visitor leads the family's Family Help but is not in child protection: the task, not the link.
        assertThat(only(tasksOf("health.visitor", child), TaskKind.INITIAL_CONFERENCE)).satisfies(task -> {
            assertThat(task.dueOn()).isEqualTo(dueOn);
            assertThat(task.title()).isEqualTo("Hold the initial child protection conference");
            assertThat(task.link()).isNull();
        });
        // The police officer is in the multi-agency team working with the child.
        assertThat(only(tasksOf("police.officer", child), TaskKind.INITIAL_CONFERENCE).link())
                .isEqualTo("/child-protection/enquiries/" + c.enquiryId());

        long version = users.call("team.manager", () -> enquiries.assignLead(c.enquiryId(),
                enquiries.open(c.enquiryId()).version(), mother.practitioner("child.protection"))).version();
        events.awaitHandled(child);
        assertThat(holderOf(TaskKind.INITIAL_CONFERENCE, c.enquiryId())).isEqualTo(mother.practitioner("child.protection"));

        users.run("child.protection", () -> enquiries.complete(c.enquiryId(), version, new Section47Enquiries.Findings(
                "No injury; the explanation fits", false, Section47Enquiries.Outcome.NO_FURTHER_ACTION, today.date())));
        events.awaitHandled(child);
        assertThat(openChildProtectionTasks(child)).doesNotContain(TaskKind.INITIAL_CONFERENCE);
    }

    @Test
    void aNewLeadOfThePlanTakesOverItsTasks() {
        Case c = mother.onAPlan("Fern", "Leadchange", 12, 4);
        events.awaitHandled(c.childId());
        UUID chair = mother.practitioner("conference.chair"); // a registered social worker with the lead training
        users.run("team.manager", () -> plans.changeLead(c.planId(), plans.open(c.planId()).version(), chair));
        events.awaitHandled(c.childId());

        for (TaskKind kind : List.of(TaskKind.STATUTORY_VISIT, TaskKind.CORE_GROUP_MEETING, TaskKind.REVIEW_CONFERENCE)) {
            assertThat(holderOf(kind, c.planId())).as(kind.name()).isEqualTo(chair);
        }
        assertThat(tasksOf("conference.chair", c.childId())).hasSize(3);
    }

    @Test
    void aMissedReviewAndAMissedVisitAreOverdueOnTheLeadsTray() throws Exception {
        Case c = mother.onAPlan("Fay", "Overdueson", 80, 70);
        events.awaitHandled(c.childId());
        LocalDate started = mother.workingDaysAgo(70);
        long visitLate = ChronoUnit.DAYS.between(workingDays.workingDaysAfter(started, 10), today.date());
        long reviewLate = ChronoUnit.DAYS.between(started.plusMonths(3), today.date());
        assertThat(reviewLate).as("70 working days is more than three months").isPositive();

        List<WorkTray.DueTask> due = tasksOf("child.protection", c.childId());
        assertThat(only(due, TaskKind.STATUTORY_VISIT).overdueBy()).isEqualTo(visitLate);
        assertThat(only(due, TaskKind.REVIEW_CONFERENCE).overdueBy()).isEqualTo(reviewLate);
        String page = mvc.perform(get("/").with(users.as("child.protection"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String row = rowOf(page, "Fay Overdueson");
        assertThat(row).contains("Make the statutory visit", "Overdue by " + visitLate + " days",
                "Hold the review child protection conference", "Overdue by " + reviewLate + " days", "govuk-tag--red",
                "href=\"/child-protection/plans/" + c.planId() + "\"");
    }

    // Local procedures (for example Lewisham): a strategy meeting within 5 working days of an urgent phone discussion.
    @Test
    void anUrgentDiscussionByPhoneAsksTheFamilyHelpLeadForAStrategyMeetingWhichTheMeetingDoes() {
        EpisodeView episode = mother.steppedUp("Gus", "Phoneson");
        UUID child = ProtectionMother.childOf(episode);
        LocalDate phonedOn = mother.workingDaysAgo(2);
        UUID phone = users.call("social.worker", () -> discussions.record(discussion(episode, phonedOn,
                StrategyDiscussion.Kind.PHONE, null)));
        events.awaitHandled(child);
        assertThat(only(tasksOf("health.visitor", child), TaskKind.STRATEGY_MEETING)).satisfies(task -> {
            assertThat(task.dueOn()).isEqualTo(workingDays.workingDaysAfter(phonedOn, 5));
            assertThat(task.title()).isEqualTo("Hold the strategy meeting after the urgent discussion by phone");
        });
        assertThat(holderOf(TaskKind.STRATEGY_MEETING, phone)).isEqualTo(mother.practitioner("health.visitor"));
        assertThat(users.call("social.worker", () -> chronology.forChild(child, java.util.Set.of("STRATEGY_DISCUSSION"))))
                .extracting(ChronologyEntry::title).containsExactly("Urgent strategy discussion held by phone");

        users.run("social.worker", () -> discussions.record(discussion(episode, mother.workingDaysAgo(1),
                StrategyDiscussion.Kind.MEETING, phone)));
        events.awaitHandled(child);
        assertThat(openChildProtectionTasks(child)).doesNotContain(TaskKind.STRATEGY_MEETING);
    }

    // Working Together 2023: a transfer-in conference within 15 working days of the notification.
    @Test
    void aMoveHereOnAnotherCouncilsPlanAsksForItsConferenceWhichHoldingItDoes() {
        EpisodeView episode = familyHelp.episodeLedByHealthVisitor("Hal", "Moveson", ReferralDecision.SECTION_17_ASSESSMENT);
        UUID child = ProtectionMother.childOf(episode);
        LocalDate toldOn = mother.workingDaysAgo(2);
        UUID transfer = users.call("social.worker", () -> transfersIn.notify(new TransfersIn.Notification(episode.id(),
                child, "Northby Council", toldOn, mother.workingDaysAgo(40), Category.NEG, "Duty team, Northby Council",
                "Daily nursery, weekly visits")));
        events.awaitHandled(child);
        assertThat(only(tasksOf("health.visitor", child), TaskKind.TRANSFER_IN_CONFERENCE).dueOn())
                .isEqualTo(workingDays.workingDaysAfter(toldOn, 15));
        assertThat(users.call("social.worker", () -> chronology.forChild(child, java.util.Set.of("CHILD_PROTECTION"))))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.title()).isEqualTo("Moved here on a child protection plan of Northby Council");
                    assertThat(entry.link()).isEqualTo("/child-protection/transfers-in/" + transfer);
                    assertThat(entry.statutory()).isTrue();
                });

        LocalDate heldOn = mother.workingDaysAgo(1);
        users.run("conference.chair", () -> {
            UUID conference = conferences.arrangeTransferIn(transfer, new Conference.Arrangement(heldOn, PARENTS, true,
                    false, null));
            conferences.hold(conference, conferences.open(conference).version(), new Conference.Held(heldOn, List.of(),
                    Conference.Decision.NO_PLAN, null, "Safe with the support in place", false, null));
        });
        events.awaitHandled(child);
        assertThat(openChildProtectionTasks(child)).doesNotContain(TaskKind.TRANSFER_IN_CONFERENCE);
    }

    private StrategyDiscussion.Record discussion(EpisodeView episode, LocalDate heldOn, StrategyDiscussion.Kind kind,
            UUID followsUp) {
        return new StrategyDiscussion.Record(episode.id(), List.of(ProtectionMother.childOf(episode)), heldOn, kind,
                followsUp, mother.requiredAgencies(), null, "Police: a call-out last night", LawfulBasis.SAFEGUARDING,
                true, false, null, "Injury to a baby", List.of(new StrategyDiscussion.AgreedAction("Visit today",
                        "Sam Okoro", heldOn)), null);
    }

    /** The table row of the tray that names this child. */
    private static String rowOf(String page, String name) {
        int at = page.indexOf(">" + name + "<");
        assertThat(at).as(name + " on the tray").isPositive();
        int start = page.lastIndexOf("<tr", at);
        return page.substring(start, page.indexOf("</tr>", at));
    }
}
