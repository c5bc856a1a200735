package kith.insights.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import kith.KithTest;
import kith.shared.AccessRefused;
import kith.support.AuditLog;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who sees what: the authority's measures (page and API) for performance analysts and team managers only; "my work"
 * for the council's practitioners and managers, showing only their own and their own team's figures; the rebuild
 * for analysts. Everyone else is refused, and the refusal audited. And a publication withholds every count of 1 to 5.
 */
@KithTest
class MeasuresAccessTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired MeasuresReport report;
    @Autowired MeasuresRebuild rebuild;

    @Test
    void analystsAndTeamManagersSeeTheMeasuresAndNobodyElse() throws Exception {
        for (String user : List.of("analyst", "team.manager")) {
            String page = mvc.perform(get("/insights").with(users.as(user))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("Families First measures", "Re-referrals within 12 months", "role=\"img\"",
                    "Definition.", "Show the measures for", "Open cases per practitioner");
            mvc.perform(get("/api/v1/measures").with(users.as(user))).andExpect(status().isOk());
        }
        for (String user : List.of("social.worker", "front.door", "health.visitor", "police.officer", "admin",
                "conference.chair")) {
            long refusals = AuditLog.refusals(jdbc, user);
            mvc.perform(get("/insights").with(users.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/measures").with(users.as(user))).andExpect(status().isForbidden());
            assertThatThrownBy(() -> users.call(user, () -> report.report(Slice.ALL, report.lastMonth(),
                    report.lastMonth()))).isInstanceOf(AccessRefused.class);
            assertThat(AuditLog.refusals(jdbc, user)).as(user + "'s refusals are audited").isGreaterThan(refusals);
        }
        mvc.perform(get("/insights")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/measures")).andExpect(status().isUnauthorized());
    }

    @Test
    void myWorkIsForPractitionersAndManagersAndShowsOnlyTheirOwnAndTheirTeamsFigures() throws Exception {
        String page = mvc.perform(get("/insights/my-work").with(users.as("social.worker"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("My work and my team", "Assessments completed within 45 working days", "Mine",
                "My team");
        mvc.perform(get("/insights/my-work").with(users.as("team.manager"))).andExpect(status().isOk());
        // The page takes no practitioner or team: asking for another's figures is not possible, only ignored.
        String asked = mvc.perform(get("/insights/my-work?practitioner=someone-else&team=another").with(
                users.as("social.worker"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(timeliness(asked)).isEqualTo(timeliness(page));
        for (String user : List.of("analyst", "admin", "police.officer", "front.door")) {
            mvc.perform(get("/insights/my-work").with(users.as(user))).andExpect(status().isForbidden());
        }
        MeasuresReport.MyWork mine = users.call("social.worker", () -> report.myWork());
        assertThat(mine.rows()).extracting(MeasuresReport.MyRow::measure).containsExactlyElementsOf(MeasuresReport.MY_MEASURES);
    }

    private static String timeliness(String page) {
        int start = page.indexOf("id=\"my-timeliness\"");
        return page.substring(start, page.indexOf("</table>", start));
    }

    @Test
    void onlyAnalystsRebuildTheMeasures() throws Exception {
        for (String user : List.of("team.manager", "social.worker", "admin")) {
            mvc.perform(post("/insights/rebuild").with(csrf()).with(users.as(user))).andExpect(status().isForbidden());
            assertThatThrownBy(() -> users.call(user, () -> rebuild.work())).isInstanceOf(AccessRefused.class);
        }
    }

    @Test
    void anAnalystsRebuildRunsInTheBackgroundWithItsProgressOnTheJobsPage() throws Exception {
        String job = mvc.perform(post("/insights/rebuild").with(csrf()).with(users.as("analyst")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(job).startsWith("/returns/jobs/");
        // Waited for here, so that the rebuild never runs beside the next test's own figures.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(120)).until(() -> mvc.perform(get(job)
                .with(users.as("analyst"))).andReturn().getResponse().getContentAsString().contains("Done."));
        assertThat(mvc.perform(get(job).with(users.as("analyst"))).andReturn().getResponse().getContentAsString())
                .contains("Rebuild the measures", "100%");
        mvc.perform(get(job).with(users.as("team.manager"))).andExpect(status().isNotFound());
    }

    @Test
    void forPublicationEveryCountOfOneToFiveIsWithheld() throws Exception {
        String json = mvc.perform(get("/api/v1/measures?publication=true&from=2020-01").with(users.as("analyst")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode measures = JsonMapper.builder().build().readTree(json).get("measures");
        assertThat(measures).hasSize(Measure.values().length);
        for (JsonNode measure : measures) {
            for (String field : List.of("numerator", "denominator", "value")) {
                JsonNode value = measure.get(field);
                if (value != null && value.isNumber() && !field.equals("value")) {
                    assertThat(value.asLong()).as(measure.get("id") + " " + field).matches(n -> n == 0 || n > 5);
                }
            }
            if ("c".equals(measure.get("numerator").asString()) || "c".equals(measure.path("denominator").asString())) {
                assertThat(measure.get("value").asString()).as(measure.get("id") + ": a rate on a small count").isEqualTo("c");
            }
            assertThat(measure.get("definition").asString()).isNotBlank();
        }
        mvc.perform(get("/api/v1/measures?from=March").with(users.as("analyst"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/measures?slice=colour:blue").with(users.as("analyst"))).andExpect(status().isBadRequest());
        String page = mvc.perform(get("/insights?slice=colour:blue").with(users.as("analyst"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // The one GOV.UK error pattern: the title says so, the summary links to the field, the field says why.
        assertThat(page).contains("<title>Error: ", "There is a problem", "href=\"#slice\"", "id=\"slice-error\"",
                "govuk-form-group--error", "aria-describedby=\"slice-hint slice-error\"",
                "Select what to show the measures for from the list");
    }
}
