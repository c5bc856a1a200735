package kith.protection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import kith.KithTest;
import kith.familyhelp.EpisodeView;
import kith.familyhelp.FamilyHelpMother;
import kith.frontdoor.ReferralDecision;
import kith.protection.ProtectionMother;
import kith.support.AuditLog;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A child on another council's plan moves here: what that council told us recorded against the family's Family Help
 * (every problem at its field), then the transfer with its conference due 15 working days from the notification,
 * "Overdue" once that has passed, and the way to arrange the conference for those who arrange them.
 */
@KithTest
class TransferInPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired FamilyHelpMother familyHelp;
    @Autowired ProtectionMother mother;

    private MockHttpServletRequestBuilder notify(String user, EpisodeView episode, LocalDate notifiedOn) {
        return post("/child-protection/transfers-in").with(csrf()).with(users.as(user))
                .param("episode", episode.id().toString())
                .param("childId", ProtectionMother.childOf(episode).toString())
                .param("fromCouncil", "Northshire County Council")
                .param("notifiedOnDay", String.valueOf(notifiedOn.getDayOfMonth()))
                .param("notifiedOnMonth", String.valueOf(notifiedOn.getMonthValue()))
                .param("notifiedOnYear", String.valueOf(notifiedOn.getYear()))
                .param("theirPlanStartedOnDay", "2").param("theirPlanStartedOnMonth", "9")
                .param("theirPlanStartedOnYear", "2026").param("theirCategory", "EMO")
                .param("theirContact", "Duty desk, Northshire children's services, 01632 960000")
                .param("theirPlan", "Weekly visits; nursery every day; parenting course");
    }

    @Test
    void theMoveIsRecordedAndTheTransferShowsWhenItsConferenceIsDueAndHowToArrangeIt() throws Exception {
        EpisodeView episode = familyHelp.episodeLedByHealthVisitor("Perry", "Transferson", ReferralDecision.SECTION_17_ASSESSMENT);
        String form = mvc.perform(get("/child-protection/transfers-in/new?episode=" + episode.id())
                        .with(users.as("social.worker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("A child on another council’s plan has moved here", "Perry Transferson",
                        "Emotional abuse", "Multiple categories")
                .containsPattern("value=\"" + ProtectionMother.childOf(episode) + "\"\\s+checked");

        String location = mvc.perform(notify("social.worker", episode, mother.workingDaysAgo(20)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/child-protection/transfers-in/*"))
                .andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        long views = AuditLog.count(jdbc, "social.worker", "CHILD_PROTECTION_TRANSFER_IN_VIEWED", "ALLOWED");
        String page = mvc.perform(get(location).with(users.as("social.worker"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Perry Transferson", "Northshire County Council", "2 September 2026", "Emotional abuse",
                        "Weekly visits; nursery every day; parenting course", "Transfer-in conference due by",
                        "govuk-tag--red\">Overdue", "Arrange the transfer-in conference")
                .contains("href=\"/child-protection/conferences/new?transfer=" + id + "\"")
                .contains("href=\"/child-protection/episodes/" + episode.id() + "\"");
        assertThat(AuditLog.count(jdbc, "social.worker", "CHILD_PROTECTION_TRANSFER_IN_VIEWED", "ALLOWED"))
                .isEqualTo(views + 1);

        // The team's police officer reads it (the team works with the child from now) but arranges nothing.
        assertThat(mvc.perform(get(location).with(users.as("police.officer"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).doesNotContain("/child-protection/conferences/new");
        long before = AuditLog.refusals(jdbc, "school.dsl");
        mvc.perform(get(location).with(users.as("school.dsl"))).andExpect(status().isForbidden());
        assertThat(AuditLog.refusals(jdbc, "school.dsl")).isEqualTo(before + 1);
        mvc.perform(get(location)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));

        // A second move of the same child while the first waits for its conference: refused at the child.
        String again = mvc.perform(notify("social.worker", episode, mother.workingDaysAgo(1))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(again).contains("move here is already recorded and waiting for its conference", "href=\"#childId\"");
    }

    @Test
    void everyProblemIsShownAtItsFieldAndNothingIsRecorded() throws Exception {
        EpisodeView episode = familyHelp.episodeLedByHealthVisitor("Quill", "Transferson", ReferralDecision.SECTION_17_ASSESSMENT);
        UUID child = ProtectionMother.childOf(episode);
        String refused = mvc.perform(post("/child-protection/transfers-in").with(csrf()).with(users.as("social.worker"))
                        .param("episode", episode.id().toString()).param("childId", child.toString())
                        .param("notifiedOnDay", "31").param("notifiedOnMonth", "2").param("notifiedOnYear", "2027")
                        .param("theirContact", "Duty desk"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Enter the council whose plan the child is on", "The date we were told must be a real date",
                        "Enter the date their plan started, on or before the day we were told",
                        "Select the category of their plan", "Write what their plan says, or where it is kept",
                        "href=\"#fromCouncil\"", "href=\"#notifiedOnDay\"", "href=\"#theirPlanStartedOnDay\"",
                        "href=\"#theirCategory\"", "href=\"#theirPlan\"", "value=\"Duty desk\"")
                .containsPattern("value=\"" + child + "\"\\s+checked");
        assertThat(jdbc.sql("SELECT count(*) FROM transfer_in WHERE child_id = :c").param("c", child)
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyTheCouncilsPractitionersAndManagersRecordAMoveHere() throws Exception {
        EpisodeView episode = familyHelp.episodeLedByHealthVisitor("Reed", "Transferson", ReferralDecision.SECTION_17_ASSESSMENT);
        String path = "/child-protection/transfers-in/new?episode=" + episode.id();
        mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
        for (String user : new String[] {"health.visitor", "police.officer", "school.dsl", "conference.chair", "admin"}) {
            long before = AuditLog.refusals(jdbc, user);
            mvc.perform(get(path).with(users.as(user))).andExpect(status().isForbidden());
            mvc.perform(notify(user, episode, mother.workingDaysAgo(1))).andExpect(status().isForbidden());
            assertThat(AuditLog.refusals(jdbc, user)).as(user).isEqualTo(before + 2);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM transfer_in WHERE episode_id = :e").param("e", episode.id())
                .query(Long.class).single()).isZero();
    }
}
