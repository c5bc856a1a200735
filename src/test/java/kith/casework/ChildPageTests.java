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

/** The child's page: summary, current episode and plan, the latest 20 chronology entries, in five statements. */
@KithTest
class ChildPageTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired FamilyHelpMother mother;
    @Autowired FamilyPlans plans;
    @Autowired Assessments assessments;
    @Autowired Chronology chronology;
    @Autowired StatementCounter statements;

    @Test
    void theChildsPageShowsTheWorkAndTheChronologyInAtMostFiveStatements() throws Exception {
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
            assertThat(executed).as(user + " executed %s", executed).hasSizeLessThanOrEqualTo(5);
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
}
