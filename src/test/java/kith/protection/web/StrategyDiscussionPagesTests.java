package kith.protection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.KithTest;
import kith.familyhelp.EpisodeView;
import kith.protection.ProtectionMother;
import kith.protection.ProtectionMother.Case;
import kith.protection.StrategyDiscussion;
import kith.protection.StrategyDiscussions;
import kith.support.AuditLog;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Recording a strategy discussion through its page: who took part chosen from the partnership or typed, the
 * decision, the actions; every problem at once at its field with nothing saved; the record read back with the
 * warnings about the agencies missing and links to the enquiries it started; and who is refused.
 */
@KithTest
class StrategyDiscussionPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired ProtectionMother mother;
    @Autowired StrategyDiscussions discussions;

    private MockHttpServletRequestBuilder record(UUID episode, String user) {
        return post("/child-protection/strategy-discussions").param("episode", episode.toString())
                .with(users.as(user)).with(csrf());
    }

    private long discussionsOf(UUID episode) {
        return jdbc.sql("SELECT count(*) FROM strategy_discussion WHERE episode_id = :e").param("e", episode)
                .query(Long.class).single();
    }

    @Test
    void theFormOffersTheChildrenThePartnershipAndTheLawfulBases() throws Exception {
        EpisodeView episode = mother.steppedUp("Ida", "Formside");
        String page = mvc.perform(get("/child-protection/strategy-discussions/new").param("episode", episode.id().toString())
                        .with(users.as("social.worker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Record a strategy discussion", "value=\"" + ProtectionMother.childOf(episode) + "\"",
                "Ida Formside", "Dan Mercer, Detective constable, Demoshire Police", "Urgent discussion by phone",
                "Safeguarding a child", "participants5.practitionerId", "actions3.dueOnDay")
                .as("no phone discussion waits for a meeting").doesNotContain("followsUpId");
    }

    @Test
    void aDiscussionIsRecordedAndReadBackWithTheMissingAgenciesAndTheEnquiriesItStarted() throws Exception {
        EpisodeView episode = mother.steppedUp("Jo", "Recordwell");
        UUID child = ProtectionMother.childOf(episode);
        LocalDate held = mother.workingDaysAgo(1);
        String location = mvc.perform(record(episode.id(), "social.worker")
                        .param("childIds", child.toString())
                        .param("heldOnDay", String.valueOf(held.getDayOfMonth()))
                        .param("heldOnMonth", String.valueOf(held.getMonthValue()))
                        .param("heldOnYear", String.valueOf(held.getYear()))
                        .param("kind", "MEETING")
                        .param("participants[0].practitionerId", mother.practitioner("social.worker").toString())
                        .param("participants[1].practitionerId", mother.practitioner("police.officer").toString())
                        .param("participants[2].name", "Dr Asha Patel").param("participants[2].agencyName", "Kithbridge GP surgery")
                        .param("participants[2].agencyType", "HEALTH").param("participants[2].role", "GP")
                        .param("informationShared", "Police: a call-out last month. GP: missed appointments.")
                        .param("lawfulBasis", "SAFEGUARDING").param("section47", "yes").param("immediateProtection", "no")
                        .param("reasons", "Unexplained bruising")
                        .param("actions[0].action", "Visit today").param("actions[0].owner", "Sam Okoro"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/child-protection/strategy-discussions/*"))
                .andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        UUID enquiry = jdbc.sql("SELECT id FROM section_47_enquiry WHERE strategy_discussion_id = :d").param("d", id)
                .query(UUID.class).single();

        long views = AuditLog.count(jdbc, "team.manager", "STRATEGY_DISCUSSION_VIEWED", "ALLOWED");
        String page = mvc.perform(get(location).with(users.as("team.manager"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Strategy discussion on", "Jo Recordwell", "Dr Asha Patel", "Kithbridge GP surgery",
                "Dan Mercer", "Police", "Police: a call-out last month. GP: missed appointments.", "Visit today",
                "govuk-warning-text", "Education did not take part",
                "href=\"/child-protection/enquiries/" + enquiry + "\"", "Section 47 enquiry: Jo Recordwell");
        assertThat(page).as("health took part, by a GP typed in").doesNotContain("Health did not take part");
        assertThat(AuditLog.count(jdbc, "team.manager", "STRATEGY_DISCUSSION_VIEWED", "ALLOWED")).isEqualTo(views + 1);
    }

    @Test
    void anEmptyFormGetsEveryProblemAtItsFieldAndAnImpossibleDateKeepsWhatWasTypedWithNothingSaved() throws Exception {
        EpisodeView episode = mother.steppedUp("Kit", "Emptyform");
        String empty = mvc.perform(record(episode.id(), "social.worker")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(ErrorSummary.of(empty)).containsExactly(
                "#childIds Select the children the discussion was about",
                "#heldOnDay Enter the date of the discussion, today or in the past",
                "#kind Select whether it was a meeting or an urgent discussion by phone",
                "#participants0.practitionerId Add who took part",
                "#missingAgenciesReason The council's social worker, health and police did not take part: say why. "
                        + "Working Together 2023 expects the council's social worker, health and police at every "
                        + "strategy discussion",
                "#informationShared Write what each agency shared",
                "#lawfulBasis Select the lawful basis for sharing the information",
                "#section47 Select whether a section 47 enquiry starts",
                "#immediateProtection Select whether the child needs immediate protection",
                "#reasons Write the reasons for the decision");
        assertThat(empty).contains("<title>Error: Record a strategy discussion");

        String bad = mvc.perform(record(episode.id(), "social.worker")
                        .param("heldOnDay", "31").param("heldOnMonth", "2").param("heldOnYear", "2026")
                        .param("participants[0].practitionerId", mother.practitioner("police.officer").toString())
                        .param("reasons", "Bruising seen at nursery")
                        .param("actions[1].action", "Call the nursery").param("actions[1].owner", "Sam")
                        .param("actions[1].dueOnDay", "30").param("actions[1].dueOnMonth", "2")
                        .param("actions[1].dueOnYear", "2027"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ErrorSummary.of(bad)).contains(
                "#heldOnDay The date of the discussion must be a real date",
                "#actions1.dueOnDay The date action 2 is due by must be a real date",
                "#missingAgenciesReason The council's social worker and health did not take part: say why. Working "
                        + "Together 2023 expects the council's social worker, health and police at every strategy discussion")
                .doesNotContain("#reasons Write the reasons for the decision");
        assertThat(bad).contains("value=\"31\"", "Bruising seen at nursery", "value=\"Call the nursery\"",
                "value=\"" + mother.practitioner("police.officer") + "\" selected=\"selected\"");
        assertThat(discussionsOf(episode.id())).as("nothing half-written").isZero();
    }

    @Test
    void aMeetingAfterAnUrgentPhoneDiscussionSaysWhichAndWhyItWasLate() throws Exception {
        EpisodeView episode = mother.steppedUp("Lux", "Phoneson");
        UUID child = ProtectionMother.childOf(episode);
        StrategyDiscussion.Record byPhone = mother.discussion(episode, mother.workingDaysAgo(8), mother.requiredAgencies(),
                null, false);
        UUID phone = users.call("social.worker", () -> discussions.record(new StrategyDiscussion.Record(
                byPhone.episodeId(), byPhone.childIds(), byPhone.heldOn(), StrategyDiscussion.Kind.PHONE, null,
                byPhone.participants(), null, byPhone.informationShared(), byPhone.lawfulBasis(), false, false, null,
                byPhone.reasons(), List.of(), null)));
        String form = mvc.perform(get("/child-protection/strategy-discussions/new").param("episode", episode.id().toString())
                        .with(users.as("social.worker")))
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"" + phone + "\"", "Urgent discussion by phone on");

        LocalDate today = mother.workingDaysAgo(0);
        String late = mvc.perform(record(episode.id(), "social.worker").param("followsUpId", phone.toString())
                        .param("childIds", child.toString()).param("kind", "MEETING")
                        .param("heldOnDay", String.valueOf(today.getDayOfMonth()))
                        .param("heldOnMonth", String.valueOf(today.getMonthValue()))
                        .param("heldOnYear", String.valueOf(today.getYear())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ErrorSummary.of(late)).anySatisfy(line -> assertThat(line)
                .startsWith("#lateReason The meeting was due by").endsWith("say why it was later"));
        assertThat(discussionsOf(episode.id())).isOne();
        assertThat(users.call("social.worker", () -> discussions.open(phone)).meetingDueOn()).isNotNull();
    }

    @Test
    void onlyTheCouncilsCaseworkersRecordAndOnlyThoseInTheChildProtectionWorkReadIt() throws Exception {
        Case c = mother.enquiry("Mo", "Refusedson", 2);
        String form = "/child-protection/strategy-discussions/new?episode=" + c.episode().id();
        String page = "/child-protection/strategy-discussions/" + c.discussionId();

        mvc.perform(get(form)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(post("/child-protection/strategy-discussions").param("episode", c.episode().id().toString()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        for (String user : List.of("conference.chair", "police.officer", "school.dsl", "front.door", "analyst", "admin")) {
            long refusals = AuditLog.refusals(jdbc, user);
            mvc.perform(get(form).with(users.as(user))).andExpect(status().isForbidden());
            mvc.perform(record(c.episode().id(), user)).andExpect(status().isForbidden());
            assertThat(AuditLog.refusals(jdbc, user)).as(user + "'s refusals are audited").isEqualTo(refusals + 2);
        }
        assertThat(discussionsOf(c.episode().id())).isOne();
        // The police officer is in the team; the school and Family Help's lead (the health visitor) are not.
        mvc.perform(get(page).with(users.as("police.officer"))).andExpect(status().isOk());
        for (String user : List.of("school.dsl", "health.visitor")) {
            long refusals = AuditLog.refusals(jdbc, user);
            mvc.perform(get(page).with(users.as(user))).andExpect(status().isForbidden());
            assertThat(AuditLog.refusals(jdbc, user)).isEqualTo(refusals + 1);
        }
    }
}
