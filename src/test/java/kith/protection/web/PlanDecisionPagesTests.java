package kith.protection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import kith.KithTest;
import kith.protection.ChildProtectionPlans;
import kith.protection.PlanEndReason;
import kith.protection.ProtectionMother;
import kith.protection.ProtectionMother.Case;
import kith.shared.Today;
import kith.support.AuditLog;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A manager's decisions on the plan's pages: the lead child protection practitioner changed only to someone who
 * meets the council's rule (a refused choice shows the rule's words at the field), the move to another council,
 * and the end of the plan, confirmed on its own page, after which the page shows who was told. Nobody but a manager
 * may make them; a stale form is a conflict.
 */
@KithTest
class PlanDecisionPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired ProtectionMother mother;
    @Autowired ChildProtectionPlans plans;
    @Autowired Today today;

    private MockHttpServletRequestBuilder as(String user, String path) {
        return post(path).with(csrf()).with(users.as(user));
    }

    private String version(Case c) {
        return String.valueOf(mother.plan(c.planId()).version());
    }

    private static MockHttpServletRequestBuilder date(MockHttpServletRequestBuilder request, String field, LocalDate on) {
        return request.param(field + "Day", String.valueOf(on.getDayOfMonth()))
                .param(field + "Month", String.valueOf(on.getMonthValue())).param(field + "Year", String.valueOf(on.getYear()));
    }

    @Test
    void theLeadIsChangedOnlyToSomeoneWhoMeetsTheRuleAndARefusalSaysWhyAtTheField() throws Exception {
        Case c = mother.onAPlan("Aster", "Decisionson", 12, 2);
        String path = "/child-protection/plans/" + c.planId();
        String page = mvc.perform(get(path).with(users.as("team.manager"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Only a social worker of the council registered with Social Work England, at least 3 years");
        String leads = page.substring(page.indexOf("id=\"lead-leadPractitionerId\""));
        assertThat(leads.substring(0, leads.indexOf("</select>"))).as("only those who meet the rule are offered")
                .contains(">Ruth Calloway").doesNotContain(">Sam Okoro");

        // Sam Okoro has not done the lead practitioner training: sent all the same, the rule refuses him at the field.
        String refused = mvc.perform(as("team.manager", path + "/lead").param("version", version(c))
                        .param("leadPractitionerId", mother.practitioner("social.worker").toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Sam Okoro cannot be a lead child protection practitioner yet",
                "href=\"#lead-leadPractitionerId\"", "id=\"lead-leadPractitionerId-error\"", "<details class=\"govuk-details\" open");
        assertThat(mother.plan(c.planId()).leadPractitionerName()).isEqualTo("Ruth Calloway");

        // Someone else changes the plan after the manager loaded the page: the manager's change is a conflict.
        String seen = version(c);
        users.run("child.protection", () -> plans.sharedWithParents(c.planId(), Long.parseLong(seen), today.date()));
        String stale = mvc.perform(as("team.manager", path + "/lead").param("version", seen)
                        .param("leadPractitionerId", mother.practitioner("child.protection").toString()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("Someone else saved a change to this record")
                .as("their change is on the page").containsPattern("id=\"shared\">" + today.date().format(
                        java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)));
        assertThat(mother.plan(c.planId()).leadPractitionerName()).isEqualTo("Ruth Calloway");

        for (String user : new String[] {"social.worker", "health.visitor", "conference.chair"}) {
            long before = AuditLog.refusals(jdbc, user);
            mvc.perform(as(user, path + "/lead").param("version", version(c))
                    .param("leadPractitionerId", mother.practitioner("child.protection").toString()))
                    .andExpect(status().isForbidden());
            assertThat(AuditLog.refusals(jdbc, user)).isEqualTo(before + 1);
        }
    }

    @Test
    void aPlanEndsForAReasonOnlyOnceConfirmedAndThePageThenShowsWhoWasTold() throws Exception {
        Case c = mother.onAPlan("Briar", "Decisionson", 12, 2);
        String path = "/child-protection/plans/" + c.planId();
        String endPage = mvc.perform(get(path + "/end").with(users.as("team.manager"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(endPage).contains("End the child protection plan", "The child reached 18", "The child died",
                        "The child became looked after", "The child has permanently left the UK",
                        "A plan ends because the child is no longer at risk only at a review conference",
                        "Every agency invited to the initial conference will be told")
                .doesNotContain("value=\"NO_LONGER_AT_RISK\"", "value=\"TRANSFERRED_OUT\"");

        String refused = mvc.perform(as("team.manager", path + "/end").param("version", version(c))
                        .param("reason", "BECAME_LOOKED_AFTER"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Enter the date the plan ends, today or in the past",
                "Confirm that the plan ends and that the agencies will be told", "href=\"#end-endedOnDay\"",
                "href=\"#end-confirm\"");
        assertThat(refused).containsPattern("id=\"end-reason[^\"]*\"[^>]*value=\"BECAME_LOOKED_AFTER\"[^>]*checked");
        // The child is not 18: the service's rule, at the reason.
        String notEighteen = mvc.perform(date(as("team.manager", path + "/end").param("version", version(c))
                        .param("reason", "REACHED_18").param("confirm", "true"), "endedOn", today.date()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(notEighteen).contains("Briar Decisionson is not 18 on", "href=\"#end-reason\"");
        assertThat(mother.plan(c.planId()).endedOn()).as("nothing ended").isNull();

        mvc.perform(date(as("team.manager", path + "/end").param("version", version(c))
                        .param("reason", "BECAME_LOOKED_AFTER").param("confirm", "true"), "endedOn", today.date()))
                .andExpect(status().is3xxRedirection());
        assertThat(mother.plan(c.planId()).endReason()).isEqualTo(PlanEndReason.BECAME_LOOKED_AFTER);
        String ended = mvc.perform(get(path).with(users.as("team.manager"))).andReturn().getResponse().getContentAsString();
        assertThat(ended).contains("The plan has ended", "The child became looked after", "Who was told the plan ended",
                        "Demoshire Police", "Kithbridge Primary School", "Priya Shah")
                .doesNotContain("Record a visit", "Change the lead child protection practitioner", "Add someone to the core group");
        // The end page of an ended plan leads back to it.
        mvc.perform(get(path + "/end").with(users.as("team.manager"))).andExpect(status().is3xxRedirection());
    }

    @Test
    void aMoveToAnotherCouncilIsRecordedAndTheirConferenceEndsThePlanAsTransferredOut() throws Exception {
        Case c = mother.onAPlan("Cress", "Decisionson", 12, 4);
        String path = "/child-protection/plans/" + c.planId();
        String refused = mvc.perform(as("team.manager", path + "/transfer-out").param("version", version(c)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Enter the council the child moved to",
                "Enter the date that council was told, since the plan started and not in the future",
                "href=\"#transferOut-toCouncil\"", "href=\"#transferOut-notifiedOnDay\"");

        mvc.perform(date(as("team.manager", path + "/transfer-out").param("version", version(c))
                        .param("toCouncil", "Northshire County Council"), "notifiedOn", mother.workingDaysAgo(2)))
                .andExpect(status().is3xxRedirection());
        String moving = mvc.perform(get(path).with(users.as("team.manager"))).andReturn().getResponse().getContentAsString();
        assertThat(moving).contains("The child has moved to Northshire County Council");

        String endPage = mvc.perform(get(path + "/end").with(users.as("team.manager"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(endPage).contains("End the plan as transferred out");
        String before = mvc.perform(date(as("team.manager", path + "/transferred-out").param("version", version(c)),
                        "endedOn", mother.workingDaysAgo(3)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(before).contains("Their conference cannot be before they were told", "href=\"#transferredOut-endedOnDay\"");

        mvc.perform(date(as("team.manager", path + "/transferred-out").param("version", version(c)), "endedOn",
                        today.date()))
                .andExpect(status().is3xxRedirection());
        assertThat(mother.plan(c.planId()).endReason()).isEqualTo(PlanEndReason.TRANSFERRED_OUT);

        for (String user : new String[] {"social.worker", "police.officer"}) {
            mvc.perform(get(path + "/end").with(users.as(user))).andExpect(status().isForbidden());
            mvc.perform(as(user, path + "/end").param("reason", "DIED")).andExpect(status().isForbidden());
            mvc.perform(as(user, path + "/transfer-out").param("toCouncil", "x")).andExpect(status().isForbidden());
            mvc.perform(as(user, path + "/transferred-out")).andExpect(status().isForbidden());
        }
    }
}
