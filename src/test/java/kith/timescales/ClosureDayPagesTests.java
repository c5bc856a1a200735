package kith.timescales;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import kith.KithTest;
import kith.support.AuditLog;
import kith.support.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The administrator's closure days page, and what a closure day does to working days and running clocks. */
@KithTest
class ClosureDayPagesTests {

    // Weekdays far enough ahead to stay in the future, used by no other test.
    static final LocalDate WEDNESDAY = of(2044, 11, 16);
    static final LocalDate FRIDAY = of(2044, 11, 18);

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired WorkingDays workingDays;
    @Autowired StatutoryClocks clocks;

    @AfterEach
    void removeTheClosureDays() {
        jdbc.sql("DELETE FROM working_day_closure WHERE day BETWEEN '2044-01-01' AND '2044-12-31'").update();
    }

    private MockHttpServletRequestBuilder add(String user, String day, String month, String year, String reason) {
        return post("/admin/closure-days").with(users.as(user)).with(csrf())
                .param("dateDay", day).param("dateMonth", month).param("dateYear", year).param("reason", reason);
    }

    private long closureDays() {
        return jdbc.sql("SELECT count(*) FROM working_day_closure").query(Long.class).single();
    }

    @Test
    void aClosureDayAddedByAnAdministratorIsNotAWorkingDayUntilItIsRemoved() throws Exception {
        assertThat(workingDays.isWorkingDay(WEDNESDAY)).isTrue();
        long added = AuditLog.count(jdbc, "admin", "CLOSURE_DAY_ADDED", "ALLOWED");
        mvc.perform(add("admin", "16", "11", "2044", "Staff training day"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/closure-days"));
        assertThat(AuditLog.count(jdbc, "admin", "CLOSURE_DAY_ADDED", "ALLOWED")).isEqualTo(added + 1);

        assertThat(workingDays.isWorkingDay(WEDNESDAY)).isFalse();
        assertThat(workingDays.workingDaysAfter(WEDNESDAY.minusDays(1), 1)).isEqualTo(WEDNESDAY.plusDays(1));
        assertThat(workingDays.workingDaysBetween(WEDNESDAY.minusDays(1), FRIDAY)).isEqualTo(2);
        mvc.perform(get("/api/v1/working-days").param("from", "2044-11-15").param("add", "1").with(users.as("social.worker")))
                .andExpect(jsonPath("$.date").value("2044-11-17"));
        mvc.perform(get("/admin/closure-days").with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Wednesday 16 November 2044")))
                .andExpect(content().string(Matchers.containsString("Staff training day")));

        long removed = AuditLog.count(jdbc, "admin", "CLOSURE_DAY_REMOVED", "ALLOWED");
        mvc.perform(post("/admin/closure-days/2044-11-16/remove").with(users.as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(AuditLog.count(jdbc, "admin", "CLOSURE_DAY_REMOVED", "ALLOWED")).isEqualTo(removed + 1);
        assertThat(workingDays.isWorkingDay(WEDNESDAY)).isTrue();
        assertThat(workingDays.workingDaysAfter(WEDNESDAY.minusDays(1), 1)).isEqualTo(WEDNESDAY);
    }

    @Test
    void runningClocksThatCrossAChangedClosureDayAreCountedAgain() throws Exception {
        UUID referral = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        // Monday 14 November 2044: a decision is due on Tuesday 15; an assessment 45 working days on.
        ClockView decision = clocks.record(new ClockEvent("ReferralReceived", referral, null, of(2044, 11, 14), null)).get(0);
        ClockView assessment = clocks.record(
                new ClockEvent("ReferralAcceptedForAssessment", referral, null, of(2044, 11, 14), null)).get(0);
        ClockView startedAfter = clocks.record(new ClockEvent("ReferralReceived", later, null, FRIDAY, null)).get(0);
        assertThat(decision.dueOn()).isEqualTo(of(2044, 11, 15));

        mvc.perform(add("admin", "16", "11", "2044", "Staff training day")).andExpect(status().is3xxRedirection());
        assertThat(clocks.find("REFERRAL_DECISION", referral).orElseThrow().dueOn()).as("due before the day")
                .isEqualTo(decision.dueOn());
        assertThat(clocks.find("ASSESSMENT", referral).orElseThrow().dueOn()).as("counts across the day")
                .isEqualTo(workingDays.workingDaysAfter(assessment.dueOn(), 1));
        assertThat(clocks.find("REFERRAL_DECISION", later).orElseThrow().dueOn()).as("started after the day")
                .isEqualTo(startedAfter.dueOn());

        mvc.perform(post("/admin/closure-days/2044-11-16/remove").with(users.as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(clocks.find("ASSESSMENT", referral).orElseThrow().dueOn()).isEqualTo(assessment.dueOn());
    }

    @Test
    void invalidInputIsShownAsAnErrorSummaryAndNothingIsSaved() throws Exception {
        String[][] cases = {
            {"", "", "", "Staff training day", "date", "Enter the date of the closure day"},
            {"16", "", "2044", "Staff training day", "date", "The closure day must include a month"},
            {"30", "2", "2044", "Staff training day", "date", "The closure day must be a real date"},
            {"16", "11", "44", "Staff training day", "date", "The closure day must include a year with 4 numbers"},
            {"4", "1", "2021", "Staff training day", "date", "The closure day must be today or in the future"},
            {"19", "11", "2044", "Staff training day", "date", "Saturday 19 November 2044 is a weekend day. Enter a weekday"},
            {"26", "12", "2044", "Staff training day", "date", "Monday 26 December 2044 is already a bank holiday"},
            {"16", "11", "2044", "   ", "reason", "Enter why the council is closed"},
            {"16", "11", "2044", "x".repeat(201), "reason", "The reason must be 200 characters or fewer"},
        };
        for (String[] c : cases) {
            long before = closureDays();
            mvc.perform(add("admin", c[0], c[1], c[2], c[3]))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("govuk-error-summary")))
                    .andExpect(content().string(Matchers.containsString("<title>Error: Closure days")))
                    .andExpect(content().string(Matchers.containsString("id=\"" + c[4] + "-error\"")))
                    .andExpect(content().string(Matchers.containsString(c[5])));
            assertThat(closureDays()).as(c[5]).isEqualTo(before);
        }
    }

    @Test
    void aBadDateAndAMissingReasonAreShownTogetherWithWhatWasTyped() throws Exception {
        mvc.perform(add("admin", "31", "2", "2044", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"date-error\"")))
                .andExpect(content().string(Matchers.containsString("id=\"reason-error\"")))
                .andExpect(content().string(Matchers.containsString("value=\"31\"")));
    }

    @Test
    void anExistingClosureDayCannotBeAddedTwice() throws Exception {
        mvc.perform(add("admin", "18", "11", "2044", "Staff training day")).andExpect(status().is3xxRedirection());
        long before = closureDays();
        mvc.perform(add("admin", "18", "11", "2044", "Another reason"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Friday 18 November 2044 is already a closure day")));
        assertThat(closureDays()).isEqualTo(before);
    }

    @Test
    void onlyAdministratorsMayOpenOrChangeClosureDaysAndEachRefusalIsAudited() throws Exception {
        mvc.perform(get("/admin/closure-days").with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Add a closure day")));
        long before = closureDays();
        long refusals = AuditLog.refusals(jdbc, "team.manager");
        mvc.perform(get("/admin/closure-days").with(users.as("team.manager"))).andExpect(status().isForbidden());
        mvc.perform(add("team.manager", "16", "11", "2044", "Staff training day")).andExpect(status().isForbidden());
        assertThat(AuditLog.refusals(jdbc, "team.manager")).isEqualTo(refusals + 2);

        mvc.perform(get("/admin/closure-days")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(post("/admin/closure-days").with(csrf()).param("dateDay", "16").param("dateMonth", "11")
                        .param("dateYear", "2044").param("reason", "Staff training day"))
                .andExpect(status().is3xxRedirection());
        assertThat(closureDays()).isEqualTo(before);
    }

    @Test
    void removingADayThatIsNotAClosureDayIsNotFound() throws Exception {
        mvc.perform(post("/admin/closure-days/2044-11-16/remove").with(users.as("admin")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/closure-days/not-a-date/remove").with(users.as("admin")).with(csrf()))
                .andExpect(status().isNotFound());
    }
}
