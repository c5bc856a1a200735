package kith.insights.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import kith.KithTest;
import kith.familyhelp.FamilyHelpMother;
import kith.insights.annexa.AnnexAFiles;
import kith.insights.annexa.AnnexAFormat;
import kith.insights.annexa.AnnexAList;
import kith.insights.jobs.Job;
import kith.insights.jobs.Jobs;
import kith.shared.Today;
import kith.support.StatementCounter;
import kith.support.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The returns page and the Annex A API: who may use them (analysts and team managers; nobody signed in is sent to
 * sign in, a practitioner is refused), a button that starts the list as a job and goes to its page, a date that is
 * not a date shown next to the field, what is not made said plainly, and the page's statements fixed however many
 * returns the user has made.
 */
@KithTest
class ReturnsPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired Jobs jobs;
    @Autowired AnnexAFiles annexA;
    @Autowired Today today;
    @Autowired StatementCounter statements;
    @Autowired FamilyHelpMother familyHelp;

    @Test
    void analystsAndManagersSeeTheReturnsAndOthersAreRefused() throws Exception {
        for (String user : List.of("analyst", "team.manager")) {
            mvc.perform(get("/returns").with(users.as(user)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("Ofsted Annex A")))
                    .andExpect(content().string(Matchers.containsString("Children in Need census")))
                    .andExpect(content().string(Matchers.containsString("Lists 8 to 11 (children in care, care leavers, adoption and adopters) are not made")))
                    .andExpect(content().string(Matchers.containsString("value=\"7:XLSX\"")))
                    .andExpect(content().string(Matchers.containsString("href=\"/returns\"")));
        }
        for (String user : List.of("social.worker", "front.door", "police.officer", "admin")) {
            mvc.perform(get("/returns").with(users.as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/returns/annex-a").with(csrf()).with(users.as(user)).param("make", "1:CSV"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/returns/annex-a/1.csv").with(users.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/returns/jobs/" + UUID.randomUUID()).with(users.as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/returns")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/returns/jobs/" + UUID.randomUUID() + "/download")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/returns/annex-a/1.csv")).andExpect(status().isUnauthorized());
        mvc.perform(get("/").with(users.as("social.worker")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/returns\""))));
    }

    @Test
    void aButtonStartsTheListAsAJobAndGoesToItsPage() throws Exception {
        var day = today.date();
        MvcResult started = mvc.perform(post("/returns/annex-a").with(csrf()).with(users.as("team.manager"))
                        .param("inspectionDateDay", Integer.toString(day.getDayOfMonth()))
                        .param("inspectionDateMonth", Integer.toString(day.getMonthValue()))
                        .param("inspectionDateYear", Integer.toString(day.getYear()))
                        .param("make", "3:CSV"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String page = started.getResponse().getRedirectedUrl();
        assertThat(page).startsWith("/returns/jobs/");
        UUID id = UUID.fromString(page.substring("/returns/jobs/".length()));
        Job job = await().atMost(Duration.ofSeconds(20)).until(() -> users.call("team.manager", () -> jobs.job(id)), Job::finished);
        assertThat(job.status()).isEqualTo(Job.Status.DONE);
        assertThat(job.fileName()).isEqualTo("annex-a-list-3-" + day + ".csv");
        String csv = mvc.perform(get(page + "/download").with(users.as("team.manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith(String.join(",", AnnexAList.REFERRALS.headers()) + "\r\n");
    }

    @Test
    void aDateThatIsNotADateIsShownAtTheField() throws Exception {
        mvc.perform(post("/returns/annex-a").with(csrf()).with(users.as("analyst"))
                        .param("inspectionDateDay", "31").param("inspectionDateMonth", "2")
                        .param("inspectionDateYear", "2027").param("make", "1:CSV"))
                .andExpect(content().string(Matchers.containsString("The inspection date must be a real date")))
                .andExpect(content().string(Matchers.containsString("govuk-error-summary")))
                .andExpect(content().string(Matchers.containsString("value=\"31\"")));
        mvc.perform(post("/returns/annex-a").with(csrf()).with(users.as("analyst"))
                        .param("inspectionDateDay", "1").param("inspectionDateMonth", "2")
                        .param("inspectionDateYear", "2027").param("make", "9:CSV"))
                .andExpect(content().string(Matchers.containsString("Choose a list to make with one of its buttons")));
    }

    @Test
    void theApiGivesListsOneToSevenAndSaysWhyNotEightToEleven() throws Exception {
        String csv = mvc.perform(get("/api/v1/returns/annex-a/6.csv").param("inspectionDate", today.date().toString())
                        .with(users.as("analyst")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith(String.join(",", AnnexAList.CHILDREN_IN_NEED.headers()) + "\r\n");
        mvc.perform(get("/api/v1/returns/annex-a/7.csv").accept("text/csv").with(users.as("analyst")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/returns/annex-a/7.csv").accept("application/xml").with(users.as("analyst")))
                .andExpect(status().isNotAcceptable());
        for (String list : List.of("8", "9", "10", "11")) {
            mvc.perform(get("/api/v1/returns/annex-a/" + list + ".csv").with(users.as("team.manager")))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.detail").value(Matchers.containsString("does not record children in care and adoption")));
        }
        for (String list : List.of("0", "12", "x")) {
            mvc.perform(get("/api/v1/returns/annex-a/" + list + ".csv").with(users.as("analyst")))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/returns/annex-a/1.csv").param("inspectionDate", "2027-02-31").with(users.as("analyst")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theReturnsPageRunsAFixedNumberOfStatementsHoweverManyReturnsTheUserMade() throws Exception {
        startOne();
        int before = statementsFor("/returns");
        startOne();
        startOne();
        int after = statementsFor("/returns");
        assertThat(after).isEqualTo(before).isLessThanOrEqualTo(4);
    }

    private void startOne() {
        UUID id = users.call("analyst", () -> annexA.start(AnnexAList.CONTACTS, AnnexAFormat.CSV, today.date()));
        await().atMost(Duration.ofSeconds(20)).until(() -> users.call("analyst", () -> jobs.job(id)), Job::finished);
    }

    private int statementsFor(String path) throws Exception {
        statements.start();
        mvc.perform(get(path).with(users.as("analyst"))).andExpect(status().isOk());
        return statements.stop().size();
    }
}
