package kith.protection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import kith.KithTest;
import kith.protection.ChildProtectionPlans;
import kith.protection.ProtectionMother;
import kith.protection.ProtectionMother.Case;
import kith.support.AuditLog;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The core group on the plan's pages: a meeting recorded on its own page (a late one needs the reason, at its field),
 * a practitioner added from the partnership with what they do, and removed (the lead stays). Partners in the core
 * group read its meetings but record nothing.
 */
@KithTest
class CoreGroupPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired ProtectionMother mother;
    @Autowired ChildProtectionPlans plans;

    private long meetings(UUID plan) {
        return jdbc.sql("SELECT count(*) FROM core_group_meeting WHERE plan_id = :p").param("p", plan).query(Long.class).single();
    }

    @Test
    void aMeetingIsRecordedAndALateOneNeedsItsReasonAtTheField() throws Exception {
        // Thirty working days into the plan: the first core group was due within ten.
        Case c = mother.onAPlan("Hazel", "Coregroupson", 40, 30);
        String path = "/child-protection/plans/" + c.planId() + "/core-group-meetings";
        String form = mvc.perform(get(path + "/new").with(users.as("social.worker"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Record a core group meeting", "Hazel Coregroupson", "Ruth Calloway",
                "Grace Adeyemi", "Why the meeting was late (if it was)", "It was due by");

        String empty = mvc.perform(post(path).with(csrf()).with(users.as("social.worker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("Write who came", "Write what progress the plan has made and what happens next",
                "href=\"#attended\"", "href=\"#progress\"");

        String impossible = mvc.perform(post(path).with(csrf()).with(users.as("social.worker"))
                        .param("heldOnDay", "31").param("heldOnMonth", "2").param("heldOnYear", "2027")
                        .param("attended", "Mum, Ruth Calloway, Grace Adeyemi"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(impossible).contains("The date of the meeting must be a real date", "href=\"#heldOnDay\"",
                "Mum, Ruth Calloway, Grace Adeyemi");

        String late = mvc.perform(post(path).with(csrf()).with(users.as("social.worker"))
                        .param("attended", "Mum, Ruth Calloway, Grace Adeyemi").param("progress", "Hazel is at nursery daily"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(late).contains("href=\"#lateReason\"", "id=\"lateReason-error\"", "Hazel is at nursery daily");
        assertThat(meetings(c.planId())).as("nothing half-written").isZero();

        mvc.perform(post(path).with(csrf()).with(users.as("social.worker"))
                        .param("attended", "Mum, Ruth Calloway, Grace Adeyemi").param("progress", "Hazel is at nursery daily")
                        .param("lateReason", "Mum was in hospital"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", "The core group meeting has been recorded"));
        assertThat(meetings(c.planId())).isOne();
        String plan = mvc.perform(get("/child-protection/plans/" + c.planId()).with(users.as("health.visitor")))
                .andReturn().getResponse().getContentAsString();
        assertThat(plan).as("the core group's partner reads the meeting").contains("Hazel is at nursery daily",
                "Late because: Mum was in hospital", "Sam Okoro");
    }

    @Test
    void partnersAndChairsRecordNoMeetingAndNoMembership() throws Exception {
        Case c = mother.onAPlan("Iris", "Coregroupson", 12, 2);
        String plan = "/child-protection/plans/" + c.planId();
        for (String user : new String[] {"health.visitor", "police.officer", "school.dsl", "conference.chair"}) {
            long before = AuditLog.refusals(jdbc, user);
            mvc.perform(get(plan + "/core-group-meetings/new").with(users.as(user))).andExpect(status().isForbidden());
            mvc.perform(post(plan + "/core-group-meetings").with(csrf()).with(users.as(user)).param("attended", "Me"))
                    .andExpect(status().isForbidden());
            mvc.perform(post(plan + "/core-group").with(csrf()).with(users.as(user))
                    .param("practitionerId", mother.practitioner(user).toString())).andExpect(status().isForbidden());
            mvc.perform(post(plan + "/core-group/" + mother.practitioner("health.visitor") + "/remove").with(csrf())
                    .with(users.as(user))).andExpect(status().isForbidden());
            assertThat(AuditLog.refusals(jdbc, user)).as(user).isEqualTo(before + 4);
        }
        mvc.perform(get(plan + "/core-group-meetings/new")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sign-in"));
        assertThat(meetings(c.planId())).isZero();
    }

    @Test
    void aPractitionerJoinsTheCoreGroupAndLeavesItAndTheirAccessGoesWithThem() throws Exception {
        Case c = mother.onAPlan("Juno", "Coregroupson", 12, 2);
        String plan = "/child-protection/plans/" + c.planId();
        UUID school = mother.practitioner("school.dsl");
        mvc.perform(get(plan).with(users.as("school.dsl"))).andExpect(status().isForbidden());

        String refused = mvc.perform(post(plan + "/core-group").with(csrf()).with(users.as("social.worker"))
                        .param("role", "Designated safeguarding lead"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Select a practitioner who works with families", "href=\"#coreGroup-practitionerId\"",
                "value=\"Designated safeguarding lead\"", "<details class=\"govuk-details\" open");

        mvc.perform(post(plan + "/core-group").with(csrf()).with(users.as("social.worker"))
                        .param("practitionerId", school.toString()).param("role", "Designated safeguarding lead"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get(plan).with(users.as("school.dsl"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).as("the school reads the plan now it is in the core group")
                .contains("Designated safeguarding lead", "Kithbridge Primary School").doesNotContain(">Remove<");

        String again = mvc.perform(post(plan + "/core-group").with(csrf()).with(users.as("social.worker"))
                        .param("practitionerId", school.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("is already in the core group");

        String manager = mvc.perform(get(plan).with(users.as("social.worker"))).andReturn().getResponse().getContentAsString();
        assertThat(manager).contains("/core-group/" + school + "/remove")
                .as("the lead stays in the core group: no button to remove her")
                .doesNotContain("/core-group/" + mother.practitioner("child.protection") + "/remove");
        mvc.perform(post(plan + "/core-group/" + school + "/remove").with(csrf()).with(users.as("social.worker")))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", "Removed from the core group"));
        mvc.perform(get(plan).with(users.as("school.dsl"))).andExpect(status().isForbidden());
        // Removing her again, or the lead, is news on the page, not an error page.
        mvc.perform(post(plan + "/core-group/" + school + "/remove").with(csrf()).with(users.as("social.worker")))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("problem"));
        mvc.perform(post(plan + "/core-group/" + mother.practitioner("child.protection") + "/remove").with(csrf())
                        .with(users.as("social.worker")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "The lead child protection practitioner stays in the core group: "
                        + "change the lead instead"));
    }
}
