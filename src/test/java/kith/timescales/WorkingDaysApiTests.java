package kith.timescales;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kith.KithTest;
import kith.support.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@KithTest
class WorkingDaysApiTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;

    @Test
    void theNextWorkingDayAfterChristmasEve2026IsTuesday29DecemberForAnySignedInUser() throws Exception {
        for (String user : new String[] {"social.worker", "health.visitor", "analyst", "admin"}) {
            mvc.perform(get("/api/v1/working-days").param("from", "2026-12-24").param("add", "1").with(users.as(user)))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(content().json("{\"date\": \"2026-12-29\"}", true));
        }
    }

    @Test
    void countsForwardAndBetween() throws Exception {
        mvc.perform(get("/api/v1/working-days").param("from", "2026-01-02").param("add", "45").with(users.as("social.worker")))
                .andExpect(jsonPath("$.date").value("2026-03-06"));
        mvc.perform(get("/api/v1/working-days").param("from", "2026-12-25").param("add", "0").with(users.as("social.worker")))
                .andExpect(jsonPath("$.date").value("2026-12-25"));
        mvc.perform(get("/api/v1/working-days/between").param("from", "2026-01-02").param("to", "2026-03-06")
                        .with(users.as("social.worker")))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"workingDays\": 45}", true));
        mvc.perform(get("/api/v1/working-days/between").param("from", "2026-03-06").param("to", "2026-01-02")
                        .with(users.as("social.worker")))
                .andExpect(jsonPath("$.workingDays").value(-45));
    }

    @Test
    void invalidParametersAreAProblemNamingTheParameter() throws Exception {
        String[][] cases = {
            {"", "1", "from"},
            {"2026-02-30", "1", "from"},
            {"24/12/2026", "1", "from"},
            {"2026-12-24", "", "add"},
            {"2026-12-24", "-1", "add"},
            {"2026-12-24", "1001", "add"},
            {"2026-12-24", "two", "add"},
        };
        for (String[] c : cases) {
            mvc.perform(get("/api/v1/working-days").param("from", c[0]).param("add", c[1]).with(users.as("social.worker")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[*].field", Matchers.contains(c[2])));
        }
        mvc.perform(get("/api/v1/working-days").with(users.as("social.worker")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.contains("from", "add")));
        mvc.perform(get("/api/v1/working-days").param("from", "2026-12-24").param("add", "1000").with(users.as("social.worker")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/working-days/between").param("from", "2026-01-01").param("to", "2036-01-01")
                        .with(users.as("social.worker")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.contains("to")));
    }

    @Test
    void anAnonymousRequestIsRefusedWithAProblem() throws Exception {
        mvc.perform(get("/api/v1/working-days").param("from", "2026-12-24").param("add", "1"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/working-days/between").param("from", "2026-12-24").param("to", "2026-12-31"))
                .andExpect(status().isUnauthorized());
    }
}
