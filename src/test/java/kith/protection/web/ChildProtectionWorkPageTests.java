package kith.protection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import kith.KithTest;
import kith.familyhelp.EpisodeView;
import kith.familyhelp.FamilyHelpMother;
import kith.frontdoor.ReferralDecision;
import kith.protection.Category;
import kith.protection.ProtectionMother;
import kith.protection.ProtectionMother.Case;
import kith.protection.TransfersIn;
import kith.support.AuditLog;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Child protection for this family": the family's discussions, enquiries (with the initial conference's due date,
 * tagged when overdue), conferences, plans and transfers in, each linked; what the user may start next; the Family
 * Help episode's link to it once stepped up; and who is refused.
 */
@KithTest
class ChildProtectionWorkPageTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired ProtectionMother mother;
    @Autowired FamilyHelpMother familyHelp;
    @Autowired TransfersIn transfers;

    private String page(String user, UUID episode) throws Exception {
        return mvc.perform(get("/child-protection/episodes/" + episode).with(users.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void listsTheFamilysWorkLinkedToEachRecordAndAuditsTheView() throws Exception {
        Case c = mother.onAPlan("Ada", "Workpage", 12, 2);
        long views = AuditLog.count(jdbc, "social.worker", "CHILD_PROTECTION_EPISODE_VIEWED", "ALLOWED");

        String page = page("social.worker", c.episode().id());

        assertThat(page).contains("Child protection for this family", "Ada Workpage",
                "href=\"/child-protection/strategy-discussions/" + c.discussionId() + "\"",
                "href=\"/child-protection/enquiries/" + c.enquiryId() + "\"",
                "href=\"/child-protection/conferences/" + c.conferenceId() + "\"",
                "href=\"/child-protection/plans/" + c.planId() + "\"", "Neglect",
                "The child needs a child protection plan",
                "href=\"/child-protection/strategy-discussions/new?episode=" + c.episode().id() + "\"",
                "href=\"/child-protection/transfers-in/new?episode=" + c.episode().id() + "\"",
                "href=\"/family-help/" + c.episode().id() + "\"");
        assertThat(AuditLog.count(jdbc, "social.worker", "CHILD_PROTECTION_EPISODE_VIEWED", "ALLOWED")).isEqualTo(views + 1);
        List<UUID> subjects = jdbc.sql("""
                        SELECT unnest(subject_ids) FROM audit_entry WHERE position = (SELECT max(position) FROM audit_entry
                          WHERE username = 'social.worker' AND action = 'CHILD_PROTECTION_EPISODE_VIEWED')""")
                .query(UUID.class).list();
        assertThat(subjects).contains(c.episode().id(), c.childId());
    }

    @Test
    void anEnquiryWhoseInitialConferenceIsLateIsTaggedOverdueAndAStepUpShowsItIsWaiting() throws Exception {
        EpisodeView waiting = mother.steppedUp("Bea", "Waitwell");
        // Child protection hears of the step-up after Family Help's transaction commits.
        await().atMost(Duration.ofSeconds(10))
                .until(() -> page("team.manager", waiting.id()).contains("waiting for a strategy discussion"));
        assertThat(page("team.manager", waiting.id())).contains("No strategy discussion has been recorded.");

        // 20 working days ago: the conference was due 15 working days after the discussion.
        Case late = mother.enquiry("Cal", "Latesby", 20);
        String page = page("team.manager", late.episode().id());
        assertThat(page).contains("href=\"/child-protection/enquiries/" + late.enquiryId() + "\"", "Overdue")
                .doesNotContain("waiting for a strategy discussion");
        Case onTime = mother.enquiry("Dot", "Timely", 1);
        assertThat(page("team.manager", onTime.episode().id())).doesNotContain("Overdue");
    }

    @Test
    void aTransferInIsListedAndLinked() throws Exception {
        EpisodeView episode = mother.steppedUp("Eli", "Movedin");
        UUID transfer = users.call("social.worker", () -> transfers.notify(new TransfersIn.Notification(episode.id(),
                ProtectionMother.childOf(episode), "Othershire County Council", mother.workingDaysAgo(1),
                mother.workingDaysAgo(30), Category.EMO, "Duty desk, 01632 960000", "Their plan, sent by email")));
        assertThat(page("social.worker", episode.id())).contains("Othershire County Council",
                "href=\"/child-protection/transfers-in/" + transfer + "\"");
    }

    @Test
    void partnersSeeItOnlyThroughTheTeamAndNobodyElseAtAll() throws Exception {
        Case c = mother.enquiry("Fay", "Guardedly", 2);
        String path = "/child-protection/episodes/" + c.episode().id();

        mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
        // The police officer is in the multi-agency team working with the child; partners record nothing.
        assertThat(page("police.officer", c.episode().id())).contains("href=\"/child-protection/enquiries/" + c.enquiryId())
                .doesNotContain("Record a strategy discussion", "href=\"/family-help/");
        // The school has no relationship with the family; the health visitor leads Family Help, which alone does not
        // open child protection records; analysts and administrators do not open records.
        for (String user : List.of("school.dsl", "health.visitor", "analyst", "admin")) {
            long refusals = AuditLog.refusals(jdbc, user);
            mvc.perform(get(path).with(users.as(user))).andExpect(status().isForbidden());
            assertThat(AuditLog.refusals(jdbc, user)).as(user + "'s refusal is audited").isEqualTo(refusals + 1);
        }
        mvc.perform(get("/child-protection/episodes/" + UUID.randomUUID()).with(users.as("social.worker")))
                .andExpect(status().isNotFound());
    }

    @Test
    void familyHelpLinksHereOnceSteppedUpAndOnlyForTheCouncil() throws Exception {
        EpisodeView episode = familyHelp.episodeLedByHealthVisitor("Gus", "Linkson", ReferralDecision.SECTION_17_ASSESSMENT);
        String link = "href=\"/child-protection/episodes/" + episode.id() + "\"";
        assertThat(familyHelpPage("team.manager", episode.id())).doesNotContain(link);

        EpisodeView stepped = mother.steppedUp("Hal", "Linkson");
        String steppedLink = "href=\"/child-protection/episodes/" + stepped.id() + "\"";
        assertThat(familyHelpPage("team.manager", stepped.id())).contains(steppedLink);
        assertThat(familyHelpPage("social.worker", stepped.id())).contains(steppedLink);
        // The health visitor leads the family's Family Help but is not in its child protection work.
        assertThat(familyHelpPage("health.visitor", stepped.id())).doesNotContain(steppedLink);
    }

    private String familyHelpPage(String user, UUID episode) throws Exception {
        return mvc.perform(get("/family-help/" + episode).with(users.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
