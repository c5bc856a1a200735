package kith.insights.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.OutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import kith.KithTest;
import kith.familyhelp.AssessmentContent;
import kith.familyhelp.AssessmentOutcome;
import kith.familyhelp.AssessmentView;
import kith.familyhelp.Assessments;
import kith.familyhelp.Closure;
import kith.familyhelp.EpisodeView;
import kith.familyhelp.FamilyHelpDecisions;
import kith.familyhelp.FamilyHelpEpisodes;
import kith.familyhelp.FamilyHelpMother;
import kith.familyhelp.ReasonForClosure;
import kith.frontdoor.ReferralDecision;
import kith.frontdoor.Referrals;
import kith.insights.jobs.BackgroundWork;
import kith.networks.FamilyGroupDecision.FgdmOffer;
import kith.networks.FgdmDuty;
import kith.networks.FgdmMother;
import kith.networks.FgdmOffers;
import kith.networks.FgdmStage;
import kith.networks.Kinship;
import kith.networks.KinshipCare;
import kith.networks.NetworksMother;
import kith.networks.PreProceeding.LpmDecision;
import kith.networks.PreProceeding.PpLegalPlanningMeeting;
import kith.networks.PreProceeding.PpLetter;
import kith.networks.PreProceeding.PpStart;
import kith.networks.PreProceedings;
import kith.networks.SupportPackage;
import kith.networks.SupportPackages;
import kith.networks.SupportPackagesMother;
import kith.partnership.PartnershipDirectory;
import kith.people.RelationshipType;
import kith.protection.Category;
import kith.protection.ChildProtectionPlan.NewPlan;
import kith.protection.ChildProtectionPlans;
import kith.protection.Conference.Arrangement;
import kith.protection.Conference.Decision;
import kith.protection.Conference.Held;
import kith.protection.Conference.Invitee;
import kith.protection.Conference.InviteeKind;
import kith.protection.Conferences;
import kith.protection.ProtectionMother;
import kith.protection.ProtectionMother.Case;
import kith.protection.StatutoryVisits;
import kith.protection.StatutoryVisits.NewVisit;
import kith.support.MovableClock;
import kith.support.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The first acceptance test: a small authority's work from April 2024 to October 2025 (a period no other test
 * or the demo touches, so that these figures are the test's own) built through the modules' own services with the
 * clock moved day by day, and every measure checked against values worked out by hand below. Then the rebuild, from
 * the modules' records alone, gives exactly the same figures.
 *
 * <p>Worked by hand: referrals Jon, Kip (June 2024), Cal twice (September, the second a re-referral), Dee, Eve
 * (November) and Ash, Bea (May 2025): 8, 1 re-referral; decisions 8, all but Cal's first (made three days on) within
 * one working day. Assessments Dee (on time, November) and Eve (late, February): 1 of 2. Child protection from May
 * 2025 (when the lead child protection practitioner has her training): initial conferences Ash (15 working days after
 * the discussion, on time), Bea (20, late) and Ash's second in October (10, on time): 2 of 3; plans Ash, Bea, Ash
 * again: 1 of 3 a second plan. Statutory visits Ash and Bea the day after the plan (on time), Ash's next six weeks on
 * (late): 2 of 3. Reviews Ash's on time (July, ending the plan), Bea's late (August): 1 of 2. FGDM offered Fay
 * (pre-proceedings, May 2024) and Hal (family help, June), held Fay: 2 and 1. Letters before proceedings Fay (offer),
 * Gus (exemption), Ivy (neither): 1 of the 2 without an exemption. One support package, Jon's, £450, reviewed at home
 * at 6 months and with the network at 12. Fay was placed outside her network in September, within 6 months of her
 * meeting; Jon stayed: 1 of 2 still at home at 6 and at 12 months. One kinship arrangement, Kip's.
 */
@KithTest
class MeasuresAcceptanceTests {

    static final YearMonth FROM = YearMonth.of(2024, 4);
    static final YearMonth TO = YearMonth.of(2025, 10);

    @Autowired MovableClock clock;
    @Autowired Users users;
    @Autowired MeasuresReport report;
    @Autowired MeasuresRebuild rebuild;
    @Autowired ProtectionMother protection;
    @Autowired FamilyHelpMother familyHelp;
    @Autowired FgdmMother fgdm;
    @Autowired FgdmOffers offers;
    @Autowired FgdmDuty duty;
    @Autowired NetworksMother networks;
    @Autowired SupportPackagesMother packagesMother;
    @Autowired SupportPackages packages;
    @Autowired KinshipCare kinship;
    @Autowired PreProceedings preProceedings;
    @Autowired Referrals referrals;
    @Autowired Assessments assessments;
    @Autowired FamilyHelpDecisions decisions;
    @Autowired FamilyHelpEpisodes episodes;
    @Autowired StatutoryVisits visits;
    @Autowired Conferences conferences;
    @Autowired ChildProtectionPlans plans;
    @Autowired PartnershipDirectory partnership;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    static final List<Invitee> PARENTS = List.of(new Invitee(InviteeKind.PARENT, null, null, "The child's mother", null));

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void aYearOfAnAuthoritysWorkGivesTheHandWorkedMeasuresAndTheRebuildGivesTheSameFigures() throws Exception {
        allHandled();
        users.run("admin", () -> duty.change(duty.setting().version(), null));
        packagesMother.managers();
        UUID healthVisitor = protection.practitioner("health.visitor");
        UUID lcpp = protection.practitioner("child.protection");
        MeasuresReport.OpenCases casesBefore = users.call("analyst", () -> report.report(Slice.ALL, FROM, TO)).openCases();

        // June: networks. Fay's meeting held (considered in May), Gus not offered (approved), Hal offered at family help.
        clock.moveTo(LocalDate.of(2024, 6, 5));
        UUID fay = familyHelp.child("Fay", "Kinsgrove");
        fgdm.held(fay);
        UUID gus = familyHelp.child("Gus", "Kinsgrove");
        fgdm.notOfferedApproved(gus, FgdmStage.PRE_PROCEEDINGS);
        UUID hal = familyHelp.child("Hal", "Offerton");
        UUID halsMeeting = fgdm.considered(hal, FgdmStage.FAMILY_HELP);
        users.run("social.worker", () -> offers.offer(halsMeeting, fgdm.version(halsMeeting),
                new FgdmOffer("Mum", LocalDate.of(2024, 6, 5))));
        UUID ivy = familyHelp.child("Ivy", "Letterby");
        for (UUID child : List.of(fay, gus, ivy)) {
            letterBeforeProceedings(child);
        }
        UUID jonsPackage = supportPackage("Jon", "Packard", 45_000);
        UUID kip = packagesMother.childOpenToFamilyHelp("Kip", "Kinshaw");
        UUID aunt = networks.member(kip, "Mo", "Kinshaw", RelationshipType.AUNT_OR_UNCLE);
        users.run("social.worker", () -> kinship.arrange(kip, new Kinship.NewArrangement(
                Kinship.ArrangementType.SPECIAL_GUARDIANSHIP_ORDER, aunt, LocalDate.of(2024, 6, 3), null, List.of(1),
                new Kinship.Evidence(false, true, false, false, false))));

        // September: Cal referred, decided three working days later (late), and referred again the same day.
        clock.moveTo(LocalDate.of(2024, 9, 2));
        UUID cal = familyHelp.child("Cal", "Twiceby");
        UUID first = familyHelp.undecidedReferral(cal, "Cal", "Twiceby");
        clock.moveTo(LocalDate.of(2024, 9, 4));
        users.run("social.worker", () -> kinship.considerOption(fay, new Kinship.NewOption(null, "Aunt Jo",
                LocalDate.of(2024, 9, 3), false, "Lives too far from Fay's school")));
        users.run("social.worker", () -> kinship.placeOutsideTheNetwork(fay, LocalDate.of(2024, 9, 4),
                "No one in Fay's network could care for her"));
        clock.moveTo(LocalDate.of(2024, 9, 5));
        users.run("front.door", () -> referrals.decide(first, 0, ReferralDecision.NO_FURTHER_ACTION,
                "Advice given to the school", "The team was short of staff", true));
        familyHelp.decidedReferral(cal, "Cal", "Twiceby", ReferralDecision.INFORMATION_AND_ADVICE);

        // November: Dee and Eve referred and assessed; Dee's done in two weeks (and her episode closed), Eve's late.
        clock.moveTo(LocalDate.of(2024, 11, 6));
        EpisodeView dee = familyHelp.episodeLedByHealthVisitor("Dee", "Countwell", ReferralDecision.SECTION_17_ASSESSMENT);
        EpisodeView eve = familyHelp.episodeLedByHealthVisitor("Eve", "Slowcombe", ReferralDecision.SECTION_17_ASSESSMENT);
        AssessmentView dees = assessment(dee);
        AssessmentView eves = assessment(eve);
        clock.moveTo(LocalDate.of(2024, 11, 20));
        complete(dees, LocalDate.of(2024, 11, 20), AssessmentOutcome.CLOSE_NO_FURTHER_ACTION, null);
        users.run("team.manager", () -> decisions.close(dee.id(), episodes.open(dee.id()).version(),
                new Closure(ReasonForClosure.RC8, "Assessed: no further action needed", false)));

        // Jon's six-month review, at home; Eve's assessment completed late.
        clock.moveTo(LocalDate.of(2024, 12, 11));
        users.run("social.worker", () -> packages.review(jonsPackage, 6, LocalDate.of(2024, 12, 11),
                SupportPackage.Living.AT_HOME, null));
        clock.moveTo(LocalDate.of(2025, 2, 12));
        complete(eves, LocalDate.of(2025, 2, 12), AssessmentOutcome.FAMILY_HELP_PLAN, "Eve's school was closed for weeks");

        // May 2025, once the lead child protection practitioner has her training: two children on plans, Ash's
        // conference on time, Bea's late; their first visits the day after the plan.
        clock.moveTo(LocalDate.of(2025, 5, 14));
        Case ash = protection.onAPlan("Ash", "Measurewell", 20, 5);
        Case bea = protection.onAPlan("Bea", "Tallyworth", 25, 5);
        LocalDate started = protection.workingDaysAgo(4);
        visit(ash.planId(), started, null);
        visit(bea.planId(), started, null);

        // Jon's twelve-month review: with his family network.
        clock.moveTo(LocalDate.of(2025, 6, 4));
        users.run("social.worker", () -> packages.review(jonsPackage, 12, LocalDate.of(2025, 6, 4),
                SupportPackage.Living.WITH_NETWORK, null));

        // Ash's next visit is six weeks on: late.
        clock.moveTo(LocalDate.of(2025, 6, 18));
        visit(ash.planId(), LocalDate.of(2025, 6, 18), "The family were away");

        // Ash's review on time ends the plan; Bea's is three weeks late.
        clock.moveTo(LocalDate.of(2025, 7, 30));
        review(ash.planId(), Decision.END_PLAN, null, null);
        clock.moveTo(LocalDate.of(2025, 8, 20));
        review(bea.planId(), Decision.CONTINUE_PLAN, Category.NEG, "The chair was ill");

        // October: Ash's second plan, from a conference 10 working days after its discussion.
        clock.moveTo(LocalDate.of(2025, 10, 15));
        Case again = protection.anotherConferenceDecidingOnAPlan(ash, 12, 2);
        LocalDate heldOn = protection.workingDaysAgo(2);
        users.run("conference.chair", () -> plans.start(again.conferenceId(), new NewPlan(heldOn, null,
                "We are worried again that nobody gets Ash up in the morning",
                List.of(new kith.protection.ChildProtectionPlan.Step("Nursery every day", "Mum", "From tomorrow")),
                null, null)));
        // My work as the lead child protection practitioner, over the 12 months to March 2026.
        clock.moveTo(LocalDate.of(2026, 3, 13));
        allHandled();
        MeasuresReport.MyWork mine = users.call("child.protection", () -> report.myWork());
        clock.reset();
        allHandled();

        MeasuresReport.Report live = users.call("analyst", () -> report.report(Slice.ALL, FROM, TO));
        assertRate(live, Measure.RE_REFERRALS, 1, 8);
        assertRate(live, Measure.DECISIONS_ON_TIME, 7, 8);
        assertRate(live, Measure.ASSESSMENTS_ON_TIME, 1, 2);
        assertRate(live, Measure.INITIAL_CONFERENCES_ON_TIME, 2, 3);
        assertRate(live, Measure.REVIEW_CONFERENCES_ON_TIME, 1, 2);
        assertRate(live, Measure.VISITS_ON_TIME, 2, 3);
        assertRate(live, Measure.REPEAT_PLANS, 1, 3);
        assertCount(live, Measure.FGDM_OFFERED, 2);
        assertCount(live, Measure.FGDM_HELD, 1);
        assertRate(live, Measure.PRE_PROCEEDINGS_OFFER, 1, 2);
        assertCount(live, Measure.SUPPORT_PACKAGES, 1);
        assertThat(live.of(Measure.SUPPORT_PACKAGES).total().pence()).isEqualTo(45_000L);
        assertRate(live, Measure.SUPPORT_OUTCOME_6, 1, 1);
        assertRate(live, Measure.SUPPORT_OUTCOME_12, 1, 1);
        assertRate(live, Measure.AT_HOME_6, 1, 2);
        assertRate(live, Measure.AT_HOME_12, 1, 2);
        assertCount(live, Measure.KINSHIP, 1);
        assertThat(live.fgdmByStage()).containsExactly(new MeasuresReport.StageRow("Family help", 1, 0),
                new MeasuresReport.StageRow("Child protection", 0, 0),
                new MeasuresReport.StageRow("Pre-proceedings", 1, 1));

        // By month: the referrals fall in June, September and November 2024 and May 2025; the late decision in September.
        assertThat(month(live, Measure.RE_REFERRALS, 2025, 5)).isEqualTo(new Figure(YearMonth.of(2025, 5), 0, 2L, null));
        assertThat(month(live, Measure.RE_REFERRALS, 2024, 9)).isEqualTo(new Figure(YearMonth.of(2024, 9), 1, 2L, null));
        assertThat(month(live, Measure.DECISIONS_ON_TIME, 2024, 9)).isEqualTo(new Figure(YearMonth.of(2024, 9), 1, 2L, null));
        assertThat(month(live, Measure.ASSESSMENTS_ON_TIME, 2025, 2)).isEqualTo(new Figure(YearMonth.of(2025, 2), 0, 1L, null));
        assertThat(month(live, Measure.SUPPORT_OUTCOME_12, 2025, 6)).isEqualTo(new Figure(YearMonth.of(2025, 6), 1, 1L, null));

        // Sliced by the lead practitioner's agency: the health visitor led Ash, Bea, Dee and Eve (referrals and
        // assessments); child protection's conferences are the council's, not hers.
        String agency = partnership.practitioner(healthVisitor).orElseThrow().agencyName();
        MeasuresReport.Report theirs = users.call("analyst", () -> report.report(new Slice(Dimension.AGENCY, agency), FROM, TO));
        assertRate(theirs, Measure.RE_REFERRALS, 0, 4);
        assertRate(theirs, Measure.ASSESSMENTS_ON_TIME, 1, 2);
        assertRate(theirs, Measure.INITIAL_CONFERENCES_ON_TIME, 0, 0);
        MeasuresReport.Report protectionAgency = users.call("analyst", () -> report.report(new Slice(Dimension.AGENCY,
                partnership.practitioner(lcpp).orElseThrow().agencyName()), FROM, TO));
        assertRate(protectionAgency, Measure.INITIAL_CONFERENCES_ON_TIME, 2, 3);
        MeasuresReport.Report stage = users.call("analyst", () -> report.report(new Slice(Dimension.STAGE, "PRE_PROCEEDINGS"), FROM, TO));
        assertCount(stage, Measure.FGDM_OFFERED, 1);

        // Sliced by primary need: both assessments recorded N4 ("Family in acute stress"), so each is counted there on
        // the day it was completed; no other need was recorded.
        MeasuresReport.Report acuteStress = users.call("analyst", () -> report.report(new Slice(Dimension.PRIMARY_NEED, "N4"), FROM, TO));
        assertRate(acuteStress, Measure.ASSESSMENTS_ON_TIME, 1, 2);
        assertRate(users.call("analyst", () -> report.report(new Slice(Dimension.PRIMARY_NEED, "N1"), FROM, TO)),
                Measure.ASSESSMENTS_ON_TIME, 0, 0);
        assertThat(users.call("analyst", () -> report.options())).filteredOn(o -> o.dimension() == Dimension.PRIMARY_NEED)
                .extracting(o -> o.value(), o -> o.label()).contains(org.assertj.core.groups.Tuple.tuple("N4", "Family in acute stress"));

        // My work: the lead child protection practitioner's own conferences and visits, April 2025 to March 2026.
        assertThat(mine.rows()).extracting(row -> row.measure(), row -> row.mine().numerator(), row -> row.mine().denominator())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Measure.ASSESSMENTS_ON_TIME, 0L, 0L),
                        org.assertj.core.groups.Tuple.tuple(Measure.VISITS_ON_TIME, 2L, 3L),
                        org.assertj.core.groups.Tuple.tuple(Measure.INITIAL_CONFERENCES_ON_TIME, 2L, 3L),
                        org.assertj.core.groups.Tuple.tuple(Measure.REVIEW_CONFERENCES_ON_TIME, 1L, 2L));

        // Open cases now: the health visitor leads Ash's, Bea's and Eve's episodes (Dee's closed); the lead child
        // protection practitioner holds Bea's plan and Ash's second (the first ended); Jon's and Kip's have no lead.
        MeasuresReport.OpenCases casesAfter = live.openCases();
        String hv = partnership.practitioner(healthVisitor).orElseThrow().fullName();
        String cp = partnership.practitioner(lcpp).orElseThrow().fullName();
        assertThat(familyHelpOf(casesAfter, hv)).isEqualTo(familyHelpOf(casesBefore, hv) + 3);
        assertThat(childProtectionOf(casesAfter, cp)).isEqualTo(childProtectionOf(casesBefore, cp) + 2);
        assertThat(casesAfter.unallocated()).isEqualTo(casesBefore.unallocated() + 2);

        // Nothing names a child: not the dashboard, not the API.
        String page = mvc.perform(get("/insights").with(users.as("analyst"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String api = mvc.perform(get("/api/v1/measures?from=2024-04&to=2025-10").with(users.as("analyst")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(api).contains("\"id\":\"re-referrals\"", "\"numerator\":1", "\"denominator\":8");
        for (String name : List.of("Measurewell", "Tallyworth", "Kinsgrove", "Offerton", "Letterby", "Packard",
                "Kinshaw", "Twiceby", "Countwell", "Slowcombe")) {
            assertThat(page).doesNotContain(name);
            assertThat(api).doesNotContain(name);
        }

        // The rebuild, from the modules' records alone, gives exactly the live figures.
        BackgroundWork work = users.call("analyst", () -> rebuild.work());
        long[] steps = new long[2];
        work.run(new BackgroundWork.Progress() {
            @Override
            public void total(long total) {
                steps[0] = total;
            }

            @Override
            public void advance(long done) {
                steps[1] += done;
            }
        }, OutputStream.nullOutputStream());
        assertThat(steps[0]).isPositive().isEqualTo(steps[1]);
        MeasuresReport.Report rebuilt = users.call("analyst", () -> report.report(Slice.ALL, FROM, TO));
        assertThat(rebuilt.series()).isEqualTo(live.series());
        assertThat(rebuilt.fgdmByStage()).isEqualTo(live.fgdmByStage());
        assertThat(users.call("analyst", () -> report.report(new Slice(Dimension.AGENCY, agency), FROM, TO)).series())
                .isEqualTo(theirs.series());
    }

    private void visit(UUID plan, LocalDate on, String lateReason) {
        users.run("child.protection", () -> visits.record(plan, new NewVisit(on, true, true, true, null, null,
                "Seen at home; the kitchen had food in it", lateReason)));
    }

    private void review(UUID plan, Decision decision, Category category, String lateReason) {
        LocalDate today = protection.workingDaysAgo(0);
        UUID review = users.call("conference.chair", () -> conferences.arrangeReview(plan,
                new Arrangement(today, PARENTS, true, false, null)));
        users.run("conference.chair", () -> conferences.hold(review, conferences.open(review).version(),
                new Held(today, List.of(), decision, category, "Reviewed with the family", true, lateReason)));
    }

    private void letterBeforeProceedings(UUID child) {
        UUID id = users.call("social.worker", () -> preProceedings.start(new PpStart(child, LocalDate.of(2024, 5, 20))));
        users.run("social.worker", () -> preProceedings.legalPlanningMeeting(id, 0,
                new PpLegalPlanningMeeting(LocalDate.of(2024, 5, 22), LpmDecision.ENTER_PRE_PROCEEDINGS)));
        users.run("social.worker", () -> preProceedings.sendLetter(id, preProceedings.open(id).version(),
                new PpLetter(LocalDate.of(2024, 6, 5))));
    }

    private UUID supportPackage(String given, String family, long pence) {
        UUID child = packagesMother.childOpenToFamilyHelp(given, family);
        UUID id = users.call("social.worker", () -> packages.request(child, new SupportPackage.NewRequest(
                SupportPackage.Purpose.STAY_AT_HOME, SupportPackage.Basis.FAMILY_GROUP_MEETING, LocalDate.of(2024, 5, 29),
                null, null, List.of(packagesMother.bed(pence)))));
        packagesMother.budgetLeft(1_000_000);
        users.call(SupportPackagesMother.HEAD_OF_SERVICE, () -> packages.approve(id, 0));
        return id;
    }

    private AssessmentView assessment(EpisodeView episode) {
        UUID child = ProtectionMother.childOf(episode);
        List<AssessmentView> started = users.call("health.visitor", () -> assessments.forEpisode(episode.id()));
        return started.isEmpty() ? users.call("health.visitor", () -> assessments.start(episode.id(), child, null))
                : started.get(0);
    }

    private void complete(AssessmentView assessment, LocalDate on, AssessmentOutcome outcome, String lateReason) {
        users.run("health.visitor", () -> assessments.complete(assessment.id(),
                assessments.open(assessment.id()).version(), new AssessmentContent("Mum wants help with the routines",
                        "Happy at school", List.of("21"), "The family is coping with support", outcome.name(), "N4"), on,
                lateReason));
    }

    /** Waits until every listener has handled every event published so far (listeners run after commit). */
    private void allHandled() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> jdbc.sql(
                "SELECT count(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class).single() == 0);
    }

    private static Figure month(MeasuresReport.Report report, Measure measure, int year, int month) {
        return report.of(measure).months().stream().filter(f -> f.month().equals(YearMonth.of(year, month)))
                .findFirst().orElseThrow();
    }

    private static void assertRate(MeasuresReport.Report report, Measure measure, long numerator, long denominator) {
        Figure total = report.of(measure).total();
        assertThat(new long[] {total.numerator(), total.denominator()}).as(measure.title())
                .containsExactly(numerator, denominator);
    }

    private static void assertCount(MeasuresReport.Report report, Measure measure, long count) {
        assertThat(report.of(measure).total().numerator()).as(measure.title()).isEqualTo(count);
    }

    private static long familyHelpOf(MeasuresReport.OpenCases cases, String practitioner) {
        return cases.practitioners().stream().filter(c -> c.practitioner().equals(practitioner))
                .mapToLong(MeasuresReport.Caseload::familyHelp).sum();
    }

    private static long childProtectionOf(MeasuresReport.OpenCases cases, String practitioner) {
        return cases.practitioners().stream().filter(c -> c.practitioner().equals(practitioner))
                .mapToLong(MeasuresReport.Caseload::childProtection).sum();
    }
}
