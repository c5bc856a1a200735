package kith.insights.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import kith.KithTest;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The staff pulse survey, once a month and kept without the person, and the results page: managers see the figures
 * and what people wrote, analysts the figures only, everyone else nothing; counts of 1 to 5 are "c".
 */
@KithTest
class StaffVoiceTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired VoiceResults results;

    @Test
    void thePulseSurveyIsAnsweredOnceAMonthAndKeptWithoutThePerson() throws Exception {
        String user = "conference.chair";
        jdbc.sql("DELETE FROM staff_pulse_taken WHERE username = :u").param("u", user).update();
        assertThat(body(get("/").with(users.as(user)))).contains("href=\"/pulse\"");
        assertThat(body(get("/pulse").with(users.as(user)))).contains("I feel confident in my work with families",
                "My workload is manageable", "I feel supported by my manager and team");
        long before = count("staff_pulse");

        String refused = body(post("/pulse").with(users.as(user)).with(csrf()).param("confidence", "AGREE"));
        assertThat(refused).contains("href=\"#workload\"", "id=\"workload-error\"", "href=\"#supported\"",
                "Select how much you agree that your workload is manageable").doesNotContain("href=\"#confidence\"");
        assertThat(count("staff_pulse")).isEqualTo(before);

        mvc.perform(post("/pulse").with(users.as(user)).with(csrf()).param("confidence", "AGREE")
                        .param("workload", "DISAGREE").param("supported", "STRONGLY_AGREE").param("comments", "Caseloads are high"))
                .andExpect(redirectedUrl("/pulse"));
        assertThat(count("staff_pulse")).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM staff_pulse_taken WHERE username = :u").param("u", user)
                .query(Long.class).single()).isOne();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM information_schema.columns WHERE table_name = 'staff_pulse'
                          AND column_name NOT IN ('id', 'month', 'confidence', 'workload', 'supported', 'free_text')""")
                .query(Long.class).single()).as("the answers hold nothing about who gave them").isZero();
        assertThat(body(get("/pulse").with(users.as(user)))).contains("You have answered this month’s survey")
                .doesNotContain("name=\"confidence\"");
        assertThat(body(get("/").with(users.as(user)))).doesNotContain("href=\"/pulse\"");

        String again = body(post("/pulse").with(users.as(user)).with(csrf()).param("confidence", "AGREE")
                .param("workload", "AGREE").param("supported", "AGREE"));
        assertThat(again).contains("govuk-error-summary", "You have already answered this month’s survey");
        assertThat(count("staff_pulse")).isEqualTo(before + 1);
    }

    @Test
    void thePulseSurveyIsForStaffWhoWorkWithFamilies() throws Exception {
        for (String user : List.of("analyst", "admin")) {
            mvc.perform(get("/pulse").with(users.as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/pulse").with(users.as(user)).with(csrf()).param("confidence", "AGREE")
                    .param("workload", "AGREE").param("supported", "AGREE")).andExpect(status().isForbidden());
            assertThat(body(get("/").with(users.as(user)))).doesNotContain("href=\"/pulse\"");
        }
        mvc.perform(get("/pulse")).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/pulse").with(users.as("health.visitor"))).andExpect(status().isOk());
    }

    @Test
    void managersSeeFiguresAndCommentsAnalystsOnlyFiguresAndSmallCountsAreSuppressed() throws Exception {
        // Four months ago: 3 families (a count of 1 to 5) and 7 members of staff, written as the services would.
        LocalDate month = LocalDate.now().withDayOfMonth(1).minusMonths(4);
        String familyText = "Family comment " + UUID.randomUUID();
        String staffText = "Staff comment " + UUID.randomUUID();
        jdbc.sql("DELETE FROM family_feedback WHERE month = :m").param("m", month).update();
        jdbc.sql("DELETE FROM staff_pulse WHERE month = :m").param("m", month).update();
        int[][] families = {{5, 4, 3}, {4, 4, 4}, {1, 2, 5}};
        for (int[] a : families) {
            jdbc.sql("INSERT INTO family_feedback VALUES (:id, :m, :a, :b, :c, :t)").param("id", UUID.randomUUID())
                    .param("m", month).param("a", a[0]).param("b", a[1]).param("c", a[2])
                    .param("t", a[0] == 1 ? familyText : null).update();
        }
        int[][] staff = {{5, 1, 4}, {4, 2, 4}, {4, 2, 3}, {3, 3, 5}, {5, 1, 4}, {2, 2, 2}, {4, 3, 4}};
        for (int[] a : staff) {
            jdbc.sql("INSERT INTO staff_pulse VALUES (:id, :m, :a, :b, :c, :t)").param("id", UUID.randomUUID())
                    .param("m", month).param("a", a[0]).param("b", a[1]).param("c", a[2])
                    .param("t", a[0] == 2 ? staffText : null).update();
        }

        VoiceResults.Month figures = users.call("analyst", () -> results.monthly()).stream()
                .filter(m -> m.month().equals(YearMonth.from(month))).findFirst().orElseThrow();
        assertThat(figures.families().suppressed()).isTrue();
        assertThat(figures.families().responsesShown()).isEqualTo("c");
        assertThat(figures.families().averageShown(Question.LISTENED)).isEqualTo("c");
        assertThat(figures.families().averages()).isEmpty();
        assertThat(figures.staff().responses()).isEqualTo(7);
        assertThat(figures.staff().averages()).containsEntry(Question.CONFIDENCE, new BigDecimal("3.9")) // 27 / 7
                .containsEntry(Question.WORKLOAD, new BigDecimal("2.0")) // 14 / 7
                .containsEntry(Question.SUPPORTED, new BigDecimal("3.7")); // 26 / 7

        String manager = body(get("/insights/voice").with(users.as("team.manager")));
        String analyst = body(get("/insights/voice").with(users.as("analyst")));
        for (String page : List.of(manager, analyst)) {
            String row = rowOf(page, "staff-results", month);
            assertThat(row).contains(">7<", ">3.9<", ">2.0<", ">3.7<");
            assertThat(rowOf(page, "family-results", month)).contains(">c<").doesNotContain(">3<", ">3.3<");
        }
        assertThat(manager).contains(familyText, staffText);
        assertThat(analyst).doesNotContain(familyText, staffText, "What people wrote");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'VOICE_COMMENTS_READ' AND username = 'team.manager'")
                .query(Long.class).single()).isPositive();

        for (String user : List.of("social.worker", "front.door", "health.visitor", "conference.chair", "admin")) {
            mvc.perform(get("/insights/voice").with(users.as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/insights/voice")).andExpect(redirectedUrl("/sign-in"));
        assertThat(body(get("/").with(users.as("analyst")))).contains("href=\"/insights/voice\"");
        assertThat(body(get("/").with(users.as("social.worker")))).doesNotContain("href=\"/insights/voice\"");
    }

    /** The table row of {@code month} in the table with id {@code table}. */
    private static String rowOf(String page, String table, LocalDate month) {
        String in = page.substring(page.indexOf("id=\"" + table + "\""));
        in = in.substring(0, in.indexOf("</table>"));
        String name = month.format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK));
        int at = in.indexOf(">" + name + "<");
        assertThat(at).as("%s in %s", name, table).isPositive();
        return in.substring(at, in.indexOf("</tr>", at));
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(request.toString()).isEqualTo(200);
        return response.getContentAsString();
    }
}
