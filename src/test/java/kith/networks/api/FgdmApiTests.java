package kith.networks.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import kith.KithTest;
import kith.familyhelp.FamilyHelpMother;
import kith.networks.FgdmDuty;
import kith.networks.FgdmMother;
import kith.support.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Family group decision making and pre-proceedings over JSON: created once per Idempotency-Key, each step with
 * If-Match (a stale one is a 412 problem), rules as problems naming the field, and the CIN census block.
 */
@KithTest
class FgdmApiTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired FgdmMother mother;
    @Autowired FamilyHelpMother familyHelp;
    @Autowired FgdmDuty duty;

    @Test
    void aMeetingIsCreatedOnceAndEachStepNeedsTheCurrentVersion() throws Exception {
        UUID child = familyHelp.child("Api", "Fgdmworth");
        String body = "{\"childId\":\"" + child + "\",\"stage\":\"FAMILY_HELP\",\"consideredOn\":\"" + mother.daysAgo(2) + "\"}";
        String location = null;
        for (int i = 0; i < 2; i++) {
            location = mvc.perform(post("/api/v1/fgdm").with(users.as("social.worker")).with(csrf())
                            .header("Idempotency-Key", "fgdm-" + child).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\""))
                    .andExpect(jsonPath("$.status").value("CONSIDERED"))
                    .andReturn().getResponse().getHeader("Location");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM family_group_decision WHERE child_id = :c").param("c", child)
                .query(Long.class).single()).as("one per Idempotency-Key").isOne();

        mvc.perform(post(location + "/offer").with(users.as("social.worker")).with(csrf()).header("If-Match", "\"7\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"offeredTo\":\"Mum\",\"offeredOn\":\"" + mother.daysAgo(1) + "\"}"))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")));
        mvc.perform(post(location + "/offer").with(users.as("social.worker")).with(csrf()).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"offeredOn\":\"" + mother.daysAgo(1) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")))
                .andExpect(content("Enter who the meeting was offered to"));
        mvc.perform(post(location + "/offer").with(users.as("social.worker")).with(csrf()).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"offeredTo\":\"Mum\",\"offeredOn\":\"" + mother.daysAgo(1) + "\"}"))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.status").value("OFFERED")).andExpect(jsonPath("$.child.name").value("Api Fgdmworth"));
        mvc.perform(get("/api/v1/people/" + child + "/fgdm").with(users.as("team.manager")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].offeredTo").value("Mum"));
        mvc.perform(post(location + "/not-offering/decision").with(users.as("social.worker")).with(csrf())
                        .header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCinCensusBlockOfAChildInPreProceedings() throws Exception {
        UUID child = familyHelp.child("Api", "Censusworth");
        String location = mvc.perform(post("/api/v1/pre-proceedings").with(users.as("social.worker")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"childId\":\"" + child + "\",\"startedOn\":\"" + mother.daysAgo(5) + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        mvc.perform(post(location + "/legal-planning-meeting").with(users.as("social.worker")).with(csrf())
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"heldOn\":\"" + mother.daysAgo(4) + "\",\"decision\":\"ENTER_PRE_PROCEEDINGS\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/people/" + child + "/pre-proceedings/cin-census").with(users.as("analyst")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ppStartDate").value(mother.daysAgo(5).toString()))
                .andExpect(jsonPath("$.fgdmMeetingOffer").value(0)).andExpect(jsonPath("$.reviewMeetingsCount").value(0));
        assertThat(duty.setting().commencesOn()).isNull();
        LocalDate today = mother.daysAgo(0);
        mvc.perform(post(location + "/letter").with(users.as("social.worker")).with(csrf()).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"sentOn\":\"" + today + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.letterIncludes").value("NEITHER"))
                .andExpect(jsonPath("$.letterWarning").value(Matchers.containsString("Section 31ZA")));
    }

    private static org.springframework.test.web.servlet.ResultMatcher content(String text) {
        return result -> assertThat(result.getResponse().getContentAsString()).contains(text);
    }
}
