package kith.networks.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import kith.KithTest;
import kith.networks.SupportPackagesMother;
import kith.support.AuditLog;
import kith.support.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Support package pages that work without JavaScript: the request with its items in rows and every problem at its
 * field, the manager's decision (refused above their level, a conflict when someone decided first), payments, the
 * year's spending and the administrator's settings; and who is refused.
 */
@KithTest
class SupportPackagePagesTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired SupportPackagesMother mother;

    @BeforeEach
    void managers() {
        mother.managers();
    }

    private long packagesOf(UUID child) {
        return jdbc.sql("SELECT count(*) FROM support_package WHERE child_id = :c").param("c", child)
                .query(Long.class).single();
    }

    @Test
    void aPackageIsRequestedWithEveryProblemAtItsFieldThenApprovedAndPaid() throws Exception {
        UUID child = mother.childOpenToFamilyHelp("Ada", "Pagesworth");
        String path = "/people/" + child + "/support-packages";
        String form = mvc.perform(get(path + "/new").with(users.as("social.worker"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Request a support package", "Ada Pagesworth", "What is the support for?",
                "Beds and furniture", "Item 4");

        String refused = mvc.perform(post(path).with(csrf()).with(users.as("social.worker"))
                        .param("basis", "FAMILY_GROUP_MEETING").param("meetingHeldOnDay", "31")
                        .param("meetingHeldOnMonth", "2").param("meetingHeldOnYear", "2026")
                        .param("item1Category", "BEDS_AND_FURNITURE").param("item1Amount", "twelve"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("There is a problem", "Select what the support is for", "href=\"#purpose\"",
                "The date of the family group meeting must be a real date", "href=\"#meetingHeldOnDay\"",
                "Describe item 1", "href=\"#item1Description\"", "Enter the cost of item 1 in pounds and pence",
                "href=\"#item1Amount\"", "Enter who item 1 helps", "value=\"twelve\"");
        assertThat(packagesOf(child)).as("nothing half-written").isZero();

        mvc.perform(post(path).with(csrf()).with(users.as("social.worker"))
                        .param("purpose", "STAY_AT_HOME").param("basis", "NO_NETWORK")
                        .param("noNetworkReason", "The family group meeting found no relatives nearby")
                        .param("item1Category", "BEDS_AND_FURNITURE").param("item1Description", "Bunk beds")
                        .param("item1Amount", "£320.00").param("item1Helps", "Jo Pagesworth (mother)")
                        .param("item2Category", "TRAVEL").param("item2Description", "Bus pass")
                        .param("item2Amount", "60").param("item2Helps", "Jo Pagesworth (mother)"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/support-packages/*"));
        UUID id = jdbc.sql("SELECT id FROM support_package WHERE child_id = :c").param("c", child)
                .query(UUID.class).single();
        String page = mvc.perform(get("/support-packages/" + id).with(users.as("team.manager")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Support package of £380.00", "Waiting for a decision", "Bunk beds", "£320.00",
                "Approve package");
        assertThat(mvc.perform(get("/support-packages/" + id).with(users.as("social.worker")))
                .andReturn().getResponse().getContentAsString()).doesNotContain("Approve package");

        mother.budgetLeft(1_000_000);
        mvc.perform(post("/support-packages/" + id + "/approve").with(csrf()).with(users.as("team.manager"))
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/support-packages/" + id));
        mvc.perform(post("/support-packages/" + id + "/refuse").with(csrf()).with(users.as("team.manager"))
                        .param("version", "0").param("reason", "Too late"))
                .andExpect(status().isConflict());

        String over = mvc.perform(post("/support-packages/" + id + "/payments").with(csrf())
                        .with(users.as("social.worker")).param("amount", "400").param("paidTo", "Beds Ltd")
                        .param("reference", "PO-11"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(over).contains("The payment is more than is left to pay: £380.00 of the £380.00 approved",
                "href=\"#payment-amount\"", "Enter the date of the payment");
        mvc.perform(post("/support-packages/" + id + "/payments").with(csrf()).with(users.as("social.worker"))
                        .param("paidOnDay", String.valueOf(java.time.LocalDate.now().getDayOfMonth()))
                        .param("paidOnMonth", String.valueOf(java.time.LocalDate.now().getMonthValue()))
                        .param("paidOnYear", String.valueOf(java.time.LocalDate.now().getYear()))
                        .param("amount", "320.00").param("paidTo", "Beds Ltd").param("reference", "PO-11"))
                .andExpect(status().is3xxRedirection());
        String paid = mvc.perform(get("/support-packages/" + id).with(users.as("social.worker")))
                .andReturn().getResponse().getContentAsString();
        assertThat(paid).contains("Approved", "£320.00 paid of £380.00 approved: £60.00 left to pay", "PO-11",
                "Record the 6 month review");

        String year = mvc.perform(get("/family-network-support").with(users.as("social.worker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(year).contains("Family network support 20", "Budget left", "Ada Pagesworth");
        assertThat(mvc.perform(get(path).with(users.as("social.worker"))).andReturn().getResponse()
                .getContentAsString()).contains("Approved", "£380.00");
    }

    @Test
    void aManagerAboveTheirLevelIsToldWhoMayApprove() throws Exception {
        mother.budgetLeft(1_000_000);
        UUID id = mother.requested("Bea", "Abovelevel", mother.bed(90000));
        String page = mvc.perform(post("/support-packages/" + id + "/approve").with(csrf())
                        .with(users.as("team.manager")).param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("This package is £900.00, above your approval level (Team manager, up to £500.00):"
                + " it needs approval by Service manager", "href=\"#approve-decision\"");
        assertThat(jdbc.sql("SELECT status FROM support_package WHERE id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("REQUESTED");
    }

    @Test
    void aChildNotOpenToFamilyHelpIsToldWhy() throws Exception {
        UUID child = mother.childNotOpen("Cy", "Notopen");
        assertThat(mvc.perform(get("/people/" + child + "/support-packages/new").with(users.as("social.worker")))
                .andReturn().getResponse().getContentAsString())
                .contains("Support packages are for children open to Family Help or on a child protection plan");
    }

    @Test
    void onlyTheCouncilsPractitionersAndManagersUseThePagesAndOnlyManagersDecide() throws Exception {
        UUID id = mother.requested("Dot", "Refusals", mother.bed(10000));
        UUID child = jdbc.sql("SELECT child_id FROM support_package WHERE id = :id").param("id", id)
                .query(UUID.class).single();
        String[] reads = {"/support-packages/" + id, "/people/" + child + "/support-packages",
                "/people/" + child + "/support-packages/new", "/family-network-support"};
        for (String path : reads) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
        }
        for (String user : new String[] {"health.visitor", "police.officer", "analyst", "admin"}) {
            long before = AuditLog.refusals(jdbc, user);
            for (String path : reads) {
                mvc.perform(get(path).with(users.as(user))).andExpect(status().isForbidden());
            }
            mvc.perform(post("/people/" + child + "/support-packages").with(csrf()).with(users.as(user))
                    .param("purpose", "STAY_AT_HOME")).andExpect(status().isForbidden());
            assertThat(AuditLog.refusals(jdbc, user)).as(user).isEqualTo(before + reads.length + 1);
        }
        mvc.perform(post("/support-packages/" + id + "/approve").with(csrf()).with(users.as("social.worker"))
                .param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(post("/support-packages/" + id + "/refuse").with(csrf()).with(users.as("social.worker"))
                .param("version", "0").param("reason", "No")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT status FROM support_package WHERE id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("REQUESTED");
        mvc.perform(get("/admin/support-packages").with(users.as("team.manager"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/support-packages/budget").with(csrf()).with(users.as("team.manager"))
                .param("budget", "1")).andExpect(status().isForbidden());
    }

    @Test
    void theAdministratorSetsTheBudgetAndTheLevels() throws Exception {
        String page = mvc.perform(get("/admin/support-packages").with(users.as("admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Support package budget and approval levels", "Team manager", "Service manager",
                "Head of service", "any amount, and over the budget left");
        String wrong = mvc.perform(post("/admin/support-packages/budget").with(csrf()).with(users.as("admin"))
                        .param("version", "-1").param("budget", "lots"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("Enter the year’s budget in pounds and pence", "href=\"#budget-budget\"");
        mvc.perform(post("/admin/support-packages/holders").with(csrf()).with(users.as("admin"))
                        .param("username", SupportPackagesMother.SERVICE_MANAGER).param("level", "2"))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/admin/support-packages").with(users.as("admin"))).andReturn().getResponse()
                .getContentAsString()).contains(SupportPackagesMother.SERVICE_MANAGER + ": Service manager");
    }
}
