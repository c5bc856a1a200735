package kith.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.KithTest;
import kith.protection.ChildProtectionPlans;
import kith.protection.CoreGroups;
import kith.protection.ProtectionMother;
import kith.protection.StatutoryVisits;
import kith.support.EventDelivery;
import kith.familyhelp.ActionOwner;
import kith.familyhelp.ActionProgress;
import kith.familyhelp.Assessments;
import kith.familyhelp.EpisodeView;
import kith.familyhelp.FamilyHelpMother;
import kith.familyhelp.FamilyPlans;
import kith.familyhelp.PlanContent;
import kith.frontdoor.ReferralDecision;
import kith.support.StatementCounter;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The child's page: summary, current episode and plan, child protection work, the latest 20 chronology entries, in six
 * statements for the council (a partner with child protection work: up to two more, the policy asked whether they may
 * open it), however long the history.
 */
@KithTest
class ChildPageTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired FamilyHelpMother mother;
    @Autowired FamilyPlans plans;
    @Autowired Assessments assessments;
    @Autowired Chronology chronology;
    @Autowired StatementCounter statements;
    @Autowired ProtectionMother protection;
    @Autowired StatutoryVisits statutoryVisits;
    @Autowired CoreGroups coreGroups;
    @Autowired org.springframework.context.ApplicationEventPublisher publisher;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theChildsPageShowsTheWorkAndTheChronologyInAtMostSixStatements() throws Exception {
        EpisodeView episode = mother.episodeLedByHealthVisitor("Sienna", "Budgeton", ReferralDecision.SECTION_17_ASSESSMENT);
        UUID child = episode.children().get(0).id();
        users.run("health.visitor", () -> {
            assessments.start(episode.id(), child, null);
            plans.agree(episode.id(), new PlanContent("Worries", "Going well", List.of("Goal one", "Goal two"),
                    List.of(new PlanContent.Action(0, "Act", "Mum", ActionOwner.PARENT, LocalDate.now().plusDays(9),
                            ActionProgress.NOT_STARTED)), null), true);
        });
        // The chronology is built from events after commit: wait for the plan's entry.
        await().atMost(Duration.ofSeconds(10)).until(() -> chronology.latest(child, 50).stream()
                .anyMatch(entry -> entry.kind().equals("FAMILY_PLAN")));

        for (String user : List.of("social.worker", "health.visitor")) {
            var request = get("/people/" + child).with(users.as(user)); // signing in is not the page's work
            statements.start();
            String page = mvc.perform(request)
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            List<String> executed = statements.stop();
            // Five before child protection's summary joined the page.
            assertThat(executed).as(user + " executed %s", executed).hasSizeLessThanOrEqualTo(6);
            assertThat(page).contains("Sienna Budgeton").contains("Grace Adeyemi, Demo Community Health NHS Trust")
                    .contains("2 goals, child-in-need plan").contains("Latest in the chronology")
                    .contains("Family Help opened");
        }
    }

    @Test
    void thePageShowsAtMostTheLatestTwentyEntries() throws Exception {
        EpisodeView episode = mother.episode("Theo", "Manyvisits", ReferralDecision.TARGETED_EARLY_HELP);
        UUID child = episode.children().get(0).id();
        var visits = mother.visits();
        for (int i = 0; i < 22; i++) {
            int n = i;
            users.run("team.manager", () -> visits.record(episode.id(), new kith.familyhelp.Visits.VisitRecord(
                    LocalDate.now().minusDays(30 - n), "HOME_VISIT", List.of(child), true, "Theo", "Visit " + n, null)));
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> chronology.latest(child, 100).size() >= 24);
        String page = mvc.perform(get("/people/" + child).with(users.as("social.worker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page.split("<li class=\"kith-timeline__item", -1).length - 1).isEqualTo(20);
    }

    // --- Child protection on the child's page ---

    private List<String> statementsOf(UUID child, String user) throws Exception {
        var request = get("/people/" + child).with(users.as(user));
        statements.start();
        mvc.perform(request).andExpect(status().isOk());
        return statements.stop();
    }

    private String pageOf(UUID child, String user) throws Exception {
        return mvc.perform(get("/people/" + child).with(users.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private void visitAndMeet(UUID plan, int visitedDaysAgo, int metDaysAgo) {
        users.run("child.protection", () -> {
            statutoryVisits.record(plan, new StatutoryVisits.NewVisit(protection.workingDaysAgo(visitedDaysAgo), true,
                    true, true, null, null, "Seen at home, bedroom warm", "The family was away"));
            coreGroups.record(plan, new CoreGroups.NewMeeting(protection.workingDaysAgo(metDaysAgo), "Mum, Ruth Calloway",
                    "Nursery every day", "The school was closed"));
        });
    }

    @Test
    void aChildOnAPlanShowsItsCategoryLeadAndNextDatesInTheSameStatementsHoweverManyVisitsAndMeetings() throws Exception {
        var c = protection.onAPlan("Cleo", "Pageson", 40, 30);
        UUID child = c.childId();
        var events = new EventDelivery(publisher, transactions, jdbc);
        visitAndMeet(c.planId(), 29, 28); // the next visit was due 10 working days later: overdue
        events.awaitHandled(child);

        String page = pageOf(child, "social.worker");
        String card = page.substring(page.indexOf("id=\"child-protection\""));
        card = card.substring(0, card.indexOf("<h2"));
        assertThat(card).contains("Child protection plan", "Neglect", "Ruth Calloway", "Grace Adeyemi", "Visit",
                "Core group meeting", "Review conference", "govuk-tag--red", "Overdue",
                "href=\"/child-protection/plans/" + c.planId() + "\"", "Open the plan");
        List<String> council = statementsOf(child, "social.worker");
        // The Family Help lead, a partner in the core group, may open the plan: the policy is asked for its link.
        List<String> partner = statementsOf(child, "health.visitor");
        assertThat(pageOf(child, "health.visitor")).contains("href=\"/child-protection/plans/" + c.planId() + "\"");

        for (int i = 0; i < 4; i++) {
            visitAndMeet(c.planId(), 25 - 5 * i, 24 - 5 * i);
            events.awaitHandled(child);
        }
        assertThat(statementsOf(child, "social.worker")).as("with more visits and meetings").hasSameSizeAs(council)
                .hasSizeLessThanOrEqualTo(6);
        assertThat(statementsOf(child, "health.visitor")).as("the partner's, with more").hasSameSizeAs(partner)
                .hasSizeLessThanOrEqualTo(8);
    }

    @Test
    void anEnquiryShowsItsConferenceDateAndToAPartnerOutsideChildProtectionNoLink() throws Exception {
        var c = protection.enquiryCompleted("Iris", "Pageson", 6, 1);
        String council = pageOf(c.childId(), "social.worker");
        assertThat(council).contains("Section 47 enquiry", "Ruth Calloway", "Initial conference", "Open the enquiry",
                "href=\"/child-protection/enquiries/" + c.enquiryId() + "\"");
        // The health visitor leads the family's Family Help but is not in the child protection team or a core group.
        String partner = pageOf(c.childId(), "health.visitor");
        assertThat(partner).contains("Section 47 enquiry", "Ruth Calloway", "Initial conference")
                .doesNotContain("Open the enquiry").doesNotContain("/child-protection/");
    }
}
