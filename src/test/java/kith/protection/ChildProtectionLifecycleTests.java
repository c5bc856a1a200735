package kith.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.KithTest;
import kith.familyhelp.EpisodeView;
import kith.familyhelp.FamilyPlans;
import kith.familyhelp.PlanContent;
import kith.protection.Conference.Arrangement;
import kith.protection.Conference.Decision;
import kith.protection.Conference.Held;
import kith.protection.ProtectionMother.Case;
import kith.shared.InvalidInput;
import kith.shared.Today;
import kith.support.Users;
import kith.timescales.StatutoryClocks;
import kith.timescales.WorkingDays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rest of a plan's life: a child-in-need plan cannot run alongside it, its end tells every agency invited to the
 * initial conference, a review may end it, children move in and out on plans, an urgent discussion by phone is
 * followed by a meeting, and an enquiry that needs no conference says so.
 */
@KithTest
class ChildProtectionLifecycleTests {

    static final List<Conference.Invitee> PARENTS = ChildProtectionTests.PARENTS;

    @Autowired ProtectionMother mother;
    @Autowired StrategyDiscussions discussions;
    @Autowired Section47Enquiries enquiries;
    @Autowired Conferences conferences;
    @Autowired ChildProtectionPlans plans;
    @Autowired TransfersIn transfers;
    @Autowired FamilyPlans familyPlans;
    @Autowired StatutoryClocks clocks;
    @Autowired WorkingDays workingDays;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired Today today;
    @Autowired StepUps stepUps;

    @Test
    void aChildInNeedPlanCannotRunAlongsideAChildProtectionPlan() {
        Case c = mother.onAPlan("Fern", "Alongside", 12, 2);
        assertThatThrownBy(() -> users.call("health.visitor", () -> familyPlans.agree(c.episode().id(),
                new PlanContent("Worries", "Going well", List.of("Goal"), List.of(), null), true)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("cannot run alongside it (DfE rule 4001)");
    }

    @Test
    void endingAPlanTellsEveryAgencyInvitedToTheInitialConferenceAndAReviewMayEndIt() {
        Case c = mother.onAPlan("Tansy", "Endwell", 12, 2);
        ChildProtectionPlans.Stored plan = plans.load(c.planId());
        var ended = users.call("team.manager", () -> plans.end(c.planId(), plan.version(), PlanEndReason.DIED,
                today.date()));
        assertThat(ended.endReason()).isEqualTo(PlanEndReason.DIED);
        assertThat(ended.told()).extracting(ChildProtectionPlan.Notice::agencyName)
                .containsExactlyInAnyOrder("Demoshire Police", "Demo Community Health NHS Trust", "Kithbridge Primary School");
        assertThat(clocks.ofSubject(c.planId())).as("its clocks stop as no longer needed")
                .allSatisfy(clock -> assertThat(clock.running()).isFalse());
        // A plan does not end as "no longer at risk" outside a review.
        Case other = mother.onAPlan("Tansy", "Reviewend", 12, 2);
        assertThatThrownBy(() -> users.call("team.manager", () -> plans.end(other.planId(),
                plans.load(other.planId()).version(), PlanEndReason.NO_LONGER_AT_RISK, today.date())))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("at a review conference");
        LocalDate on = mother.workingDaysAgo(0);
        UUID review = users.call("conference.chair", () -> conferences.arrangeReview(other.planId(),
                new Arrangement(on, PARENTS, true, false, null)));
        users.run("conference.chair", () -> conferences.hold(review, conferences.open(review).version(),
                new Held(on, List.of(), Decision.END_PLAN, null, "Safe at home now", true, null)));
        assertThat(plans.load(other.planId()).endReason()).isEqualTo(PlanEndReason.NO_LONGER_AT_RISK);
    }

    @Test
    void aChildMovingInOnAnotherCouncilsPlanHasATransferInConferenceWithin15WorkingDaysAndMovingOutEndsThePlanAsTransferred() {
        EpisodeView episode = mother.steppedUp("Quill", "Moveson");
        UUID child = ProtectionMother.childOf(episode);
        LocalDate told = mother.workingDaysAgo(3);
        UUID transfer = users.call("social.worker", () -> transfers.notify(new TransfersIn.Notification(episode.id(),
                child, "Northshire County Council", told, told.minusMonths(2), Category.EMO, "Ann Other, 01234 567890",
                "Weekly visits; parenting course")));
        TransfersIn.View view = users.call("social.worker", () -> transfers.open(transfer));
        assertThat(view.transfer().conferenceDueOn()).isEqualTo(workingDays.workingDaysAfter(told, 15));
        assertThat(view.transfer().theirCategory()).as("their plan is kept until our conference").isEqualTo(Category.EMO);

        LocalDate on = mother.workingDaysAgo(1);
        UUID conference = users.call("social.worker", () -> conferences.arrangeTransferIn(transfer,
                new Arrangement(on, PARENTS, true, false, null)));
        UUID plan = users.call("conference.chair", () -> {
            conferences.hold(conference, conferences.open(conference).version(),
                    new Held(on, List.of(), Decision.PLAN, Category.EMO, "Still at risk here", false, null));
            return plans.start(conference, new ChildProtectionPlan.NewPlan(on, mother.practitioner("child.protection"),
                    "Shouting at home", List.of(new ChildProtectionPlan.Step("A course", "Dad", "March")), null, null));
        });
        assertThat(plans.load(plan).previousPlans()).as("the other council's plan counts").isEqualTo(1);
        assertThat(TransfersIn.load(jdbc, transfer).conferenceId()).isEqualTo(conference);

        // Moving out: the plan runs until the receiving council's conference, then ends as transferred out.
        assertThatThrownBy(() -> users.call("team.manager", () -> plans.transferredOut(plan,
                plans.load(plan).version(), today.date())))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("Record the move to the other council first");
        users.run("team.manager", () -> plans.notifyTransferOut(plan, plans.load(plan).version(), "Southshire Council",
                on));
        assertThat(plans.load(plan).endedOn()).isNull();
        // Their conference today (the plan started a working day ago, so it ends after the day it started).
        users.run("team.manager", () -> plans.transferredOut(plan, plans.load(plan).version(), today.date()));
        assertThat(plans.load(plan).endReason()).isEqualTo(PlanEndReason.TRANSFERRED_OUT);
    }

    @Test
    void anUrgentDiscussionByPhoneIsFollowedByAMeetingWithin5WorkingDaysThatCarriesOnItsEnquiry() {
        EpisodeView episode = mother.steppedUp("Lupin", "Phoneson");
        LocalDate phoned = mother.workingDaysAgo(3);
        StrategyDiscussion.Record byPhone = mother.discussion(episode, phoned, mother.requiredAgencies(), null, true);
        UUID phone = users.call("social.worker", () -> discussions.record(new StrategyDiscussion.Record(
                byPhone.episodeId(), byPhone.childIds(), phoned, StrategyDiscussion.Kind.PHONE, null,
                byPhone.participants(), null, byPhone.informationShared(), byPhone.lawfulBasis(), true, true,
                "Child staying with grandmother tonight", byPhone.reasons(), byPhone.actions(), null)));
        StrategyDiscussion.View view = users.call("social.worker", () -> discussions.open(phone));
        assertThat(view.meetingDueOn()).isEqualTo(workingDays.workingDaysAfter(phoned, 5));
        assertThat(discussions.waitingForAMeeting(episode.id())).extracting(StrategyDiscussions.Summary::id)
                .containsExactly(phone);

        LocalDate met = mother.workingDaysAgo(1);
        StrategyDiscussion.Record meeting = mother.discussion(episode, met, mother.requiredAgencies(), null, true);
        users.run("social.worker", () -> discussions.record(new StrategyDiscussion.Record(meeting.episodeId(),
                meeting.childIds(), met, StrategyDiscussion.Kind.MEETING, phone, meeting.participants(), null,
                meeting.informationShared(), meeting.lawfulBasis(), true, false, null, meeting.reasons(),
                meeting.actions(), null)));
        assertThat(enquiries.ofEpisode(episode.id())).as("the meeting carries on the enquiry the phone call started")
                .hasSize(1);
        assertThat(discussions.waitingForAMeeting(episode.id())).isEmpty();
    }

    @Test
    void anEnquiryWithoutAConferenceRecordsThatNoneIsNeededAndStopsItsClock() {
        Case c = mother.enquiry("Aster", "Nofurther", 3);
        long version = users.call("team.manager", () -> enquiries.assignLead(c.enquiryId(),
                enquiries.load(c.enquiryId()).version(), mother.practitioner("child.protection"))).version();
        var done = users.call("child.protection", () -> enquiries.complete(c.enquiryId(), version,
                new Section47Enquiries.Findings("Accidental injury, explained", false,
                        Section47Enquiries.Outcome.NO_FURTHER_ACTION, mother.workingDaysAgo(0))));
        assertThat(done.icpcNotRequired()).isTrue();
        assertThat(clocks.find(Section47Enquiries.INITIAL_CONFERENCE, c.enquiryId()).orElseThrow().notNeeded()).isTrue();
        assertThatThrownBy(() -> users.call("social.worker", () -> conferences.arrangeInitial(c.enquiryId(),
                new Arrangement(mother.workingDaysAgo(0), PARENTS, true, false, null))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("no conference is needed");
    }

    @Test
    void aStepUpThatArrivesAfterItsStrategyDiscussionIsAlreadyTakenOnAndOpensNothing() {
        Case c = mother.enquiry("Yarrow", "Lateson", 2);
        // The same step-up delivered late (a day later than the first): the discussion on the episode has taken it on.
        LocalDate decided = mother.workingDaysAgo(2);
        stepUps.on(new kith.familyhelp.FamilyHelpEvents.SteppedUpToChildProtection(c.episode().id(), List.of(c.childId()),
                decided, "Delivered late", null, "Priya Shah"));
        // The listener runs asynchronously, as it does after Family Help's commit.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
                        SELECT strategy_discussion_id FROM child_protection_step_up WHERE episode_id = :e AND decided_on = :d""")
                .param("e", c.episode().id()).param("d", decided).query(UUID.class).optional()).contains(c.discussionId()));
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM child_protection_team_work w JOIN child_protection_step_up s ON s.id = w.source_id
                        WHERE s.episode_id = :e AND s.decided_on = :d""")
                .param("e", c.episode().id()).param("d", decided).query(Long.class).single())
                .as("no team access through a step-up already taken on").isZero();
    }
}
