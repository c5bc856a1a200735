package kith.protection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Pattern;
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
 * The plan as a parent reads it: what we are worried about, what needs to happen, who is helping and when we will
 * meet, how to get an advocate; printable without the header; with no record id or code anywhere in the page; for
 * whoever may read the plan, audited as a view of it.
 */
@KithTest
class PlanForFamilyPageTests {

    private static final Pattern ANY_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired ProtectionMother mother;
    @Autowired ChildProtectionPlans plans;

    @Test
    void theFamilyVersionSaysThePlanInPlainWordsWithNoIdsOrCodes() throws Exception {
        Case c = mother.onAPlan("Poppy", "Familyson", 12, 2);
        String path = "/child-protection/plans/" + c.planId() + "/for-family";
        long views = AuditLog.count(jdbc, "social.worker", "CHILD_PROTECTION_PLAN_VIEWED", "ALLOWED");
        String page = mvc.perform(get(path).with(users.as("social.worker"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The plan to keep Poppy Familyson safe", "What we are worried about",
                        "We are worried that nobody gets up with Poppy in the morning", "What needs to happen",
                        "Take Poppy to nursery every day", "Who: Mum", "By when: From tomorrow", "Who is helping",
                        "Ruth Calloway leads the work", "Grace Adeyemi carries on helping your family",
                        "Family Help lead practitioner, Demo Community Health NHS Trust", "When we will meet",
                        "The next meeting of the core group: by", "The next review meeting (review conference): by",
                        "Getting help", "advocate", "Print this page", "data-kith-print", "kith-for-family")
                .doesNotContainPattern(ANY_ID)
                .doesNotContain("NEG", "Neglect", "DfE", "rule 2885", "Sign out", "govuk-service-navigation",
                        "data-return");
        assertThat(AuditLog.count(jdbc, "social.worker", "CHILD_PROTECTION_PLAN_VIEWED", "ALLOWED"))
                .as("audited as a view of the plan").isEqualTo(views + 1);
        // The print button needs a script, which the content security policy allows only from a file.
        assertThat(page).doesNotContain("onclick", "<script>").contains("<button type=\"button\"");
    }

    @Test
    void theFamilyVersionHasThePlansAccessAndNoMore() throws Exception {
        Case c = mother.onAPlan("Clover", "Familyson", 12, 2);
        String path = "/child-protection/plans/" + c.planId() + "/for-family";
        mvc.perform(get(path).with(users.as("health.visitor"))).andExpect(status().isOk());
        mvc.perform(get(path).with(users.as("police.officer"))).andExpect(status().isOk());
        long before = AuditLog.refusals(jdbc, "school.dsl");
        mvc.perform(get(path).with(users.as("school.dsl"))).andExpect(status().isForbidden());
        assertThat(AuditLog.refusals(jdbc, "school.dsl")).isEqualTo(before + 1);
        mvc.perform(get(path).with(users.as("analyst"))).andExpect(status().isForbidden());
        mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/child-protection/plans/" + UUID.randomUUID() + "/for-family").with(users.as("social.worker")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMeetingDueInThePastIsSoonForTheFamilyNotADateGoneBy() throws Exception {
        Case c = mother.onAPlan("Daisy", "Familyson", 40, 30);
        String page = mvc.perform(get("/child-protection/plans/" + c.planId() + "/for-family").with(users.as("social.worker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The next meeting of the core group: soon. Ruth Calloway will tell you the date.")
                .doesNotContain("The next meeting of the core group: by");
    }
}
