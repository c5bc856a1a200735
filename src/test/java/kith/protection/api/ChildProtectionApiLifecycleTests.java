package kith.protection.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import kith.KithTest;
import kith.protection.ProtectionMother;
import kith.protection.ProtectionMother.Case;
import kith.support.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Child protection's steps over the API from an enquiry to a plan's end: a manager assigns the lead, the outcome is
 * recorded, the initial conference arranged once whatever the retries, the chair holds it and writes the plan,
 * and a manager ends it; each step refused to the roles the pages refuse, and with a stale version.
 */
@KithTest
class ChildProtectionApiLifecycleTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired ProtectionMother mother;
    @Autowired JdbcClient jdbc;

    @Test
    void anEnquiryGoesToAConferenceAndAPlanThatAManagerEnds() throws Exception {
        Case c = mother.enquiry("Apilo", "Lifecycleapi", 3);
        String enquiry = "/api/v1/section-47-enquiries/" + c.enquiryId();
        UUID ruth = mother.practitioner("child.protection");
        String lead = "{\"practitionerId\": \"" + ruth + "\"}";

        mvc.perform(json(post(enquiry + "/lead"), "social.worker", lead).header("If-Match", etag(enquiry)))
                .andExpect(status().isForbidden());
        mvc.perform(json(post(enquiry + "/lead"), "team.manager", lead).header("If-Match", "\"99\""))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(json(post(enquiry + "/lead"), "team.manager", lead).header("If-Match", etag(enquiry)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.leadPractitionerName").value("Ruth Calloway"));

        // The conference the day before today: a plan starts on its conference's date and ends after it.
        LocalDate conferenceDay = mother.workingDaysAgo(1);
        LocalDate today = mother.workingDaysAgo(0);
        mvc.perform(json(post(enquiry + "/outcome"), "child.protection", "{\"findings\": \"Bruising\", "
                        + "\"substantiated\": true, \"outcome\": \"INITIAL_CONFERENCE\", \"completedOn\": \""
                        + mother.workingDaysAgo(2) + "\"}").header("If-Match", etag(enquiry)))
                .andExpect(status().isOk());

        String arrangement = "{\"scheduledOn\": \"" + conferenceDay + "\", \"invitees\": [{\"kind\": \"AGENCY\", "
                + "\"practitionerId\": \"" + mother.practitioner("police.officer") + "\"}], \"advocateOffered\": true, "
                + "\"advocateAccepted\": false}";
        mvc.perform(json(post(enquiry + "/conference"), "health.visitor", arrangement)).andExpect(status().isForbidden());
        String conference = null;
        for (int i = 0; i < 2; i++) {
            MvcResult arranged = mvc.perform(json(post(enquiry + "/conference"), "social.worker", arrangement)
                            .header("Idempotency-Key", "arrange-" + c.enquiryId()))
                    .andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("INITIAL")).andReturn();
            String location = arranged.getResponse().getHeader("Location");
            assertThat(conference == null || conference.equals(location)).as("the retry names the same conference").isTrue();
            conference = location;
        }
        assertThat(jdbc.sql("SELECT count(*) FROM child_protection_conference WHERE enquiry_id = :e")
                .param("e", c.enquiryId()).query(Long.class).single()).isEqualTo(1);

        mvc.perform(json(post(conference + "/held"), "conference.chair", "{\"heldOn\": \"" + conferenceDay + "\", "
                        + "\"attendance\": [{\"position\": 0, \"attended\": true, \"reportReceived\": true}], "
                        + "\"decision\": \"PLAN\", \"category\": \"NEG\", \"reasons\": \"Likely significant harm\", "
                        + "\"familyHadAdvocate\": false}").header("If-Match", etag(conference)))
                .andExpect(status().isOk());

        String newPlan = "{\"startedOn\": \"" + conferenceDay + "\", \"leadPractitionerId\": \"" + ruth + "\", "
                + "\"worries\": \"Not enough food\", \"steps\": [{\"what\": \"Breakfast every day\", \"who\": \"Mum\", "
                + "\"byWhen\": \"From Monday\"}], \"visitEvery\": 10, \"coreGroupEvery\": 20}";
        mvc.perform(json(post(conference + "/plan"), "social.worker", newPlan)).andExpect(status().isForbidden());
        mvc.perform(json(post(conference + "/plan"), "conference.chair",
                        newPlan.replace("\"startedOn\": \"" + conferenceDay, "\"startedOn\": \"" + today)))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("startedOn")));
        MvcResult started = mvc.perform(json(post(conference + "/plan"), "conference.chair", newPlan))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.latestCategory").value("NEG"))
                .andExpect(jsonPath("$.leadPractitionerName").value("Ruth Calloway")).andReturn();
        String plan = started.getResponse().getHeader("Location");
        assertThat(plan).startsWith("/api/v1/child-protection-plans/");

        mvc.perform(json(post(plan + "/end"), "team.manager", "{\"reason\": \"NO_LONGER_AT_RISK\", \"endedOn\": \""
                        + today + "\"}").header("If-Match", etag(plan)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        String ending = "{\"reason\": \"BECAME_LOOKED_AFTER\", \"endedOn\": \"" + today + "\"}";
        mvc.perform(json(post(plan + "/end"), "child.protection", ending).header("If-Match", etag(plan)))
                .andExpect(status().isForbidden());
        mvc.perform(json(post(plan + "/end"), "team.manager", ending).header("If-Match", "\"99\""))
                .andExpect(status().isPreconditionFailed());
        String ended = mvc.perform(json(post(plan + "/end"), "team.manager", ending).header("If-Match", etag(plan)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(ended, "$.endedOn")).isEqualTo(today.toString());
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String username, String body) {
        return request.with(users.as(username)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private String etag(String path) throws Exception {
        return mvc.perform(get(path).with(users.as("team.manager"))).andExpect(status().isOk()).andReturn()
                .getResponse().getHeader("ETag");
    }
}
