package kith.protection.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import kith.KithTest;
import kith.protection.ProtectionMother;
import kith.protection.ProtectionMother.Case;
import kith.support.AuditLog;
import kith.support.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The child protection API: reading and recording with the conventions of every Kith API, and its refusals. */
@KithTest
class ChildProtectionApiTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired ProtectionMother mother;
    @Autowired JdbcClient jdbc;

    @Test
    void aPlanIsReadWithItsVersionAndAVisitRecordedOnceWhateverTheRetries() throws Exception {
        Case c = mother.onAPlan("Apia", "Planapi", 12, 2);
        String plan = "/api/v1/child-protection-plans/" + c.planId();
        mvc.perform(get(plan).with(users.as("child.protection"))).andExpect(status().isOk())
                .andExpect(header().string("ETag", Matchers.matchesPattern("\"[0-9]+\"")))
                .andExpect(jsonPath("$.leadPractitionerName").value("Ruth Calloway"))
                .andExpect(jsonPath("$.latestCategory").value("NEG"));
        String visit = "{\"visitedOn\": \"" + mother.workingDaysAgo(1) + "\", \"childSeen\": true, \"seenAlone\": true, "
                + "\"bedroomSeen\": true, \"observations\": \"Apia showed me her room\"}";
        for (int i = 0; i < 2; i++) {
            mvc.perform(post(plan + "/visits").with(users.as("child.protection")).with(csrf())
                            .header("Idempotency-Key", "visit-" + c.planId()).contentType(MediaType.APPLICATION_JSON)
                            .content(visit))
                    .andExpect(status().isCreated()).andExpect(jsonPath("$.visits.length()").value(1));
        }
        mvc.perform(post(plan + "/core-group-meetings").with(users.as("child.protection")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"heldOn\": \"" + mother.workingDaysAgo(0) + "\", \"attended\": \"Mum and Ruth\", "
                                + "\"progress\": \"Better\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.meetings.length()").value(1));
    }

    @Test
    void aVisitWithMissingAnswersIsAProblemNamingEachFieldAndSavesNothing() throws Exception {
        Case c = mother.onAPlan("Apib", "Planapi", 12, 2);
        mvc.perform(post("/api/v1/child-protection-plans/" + c.planId() + "/visits").with(users.as("child.protection"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"visitedOn\": \"2099-01-01\", \"childSeen\": false}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("visitedOn", "notSeenReason", "bedroomSeen",
                        "observations")));
        assertThat(jdbc.sql("SELECT count(*) FROM statutory_visit WHERE plan_id = :p").param("p", c.planId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void anEnquirysOutcomeNeedsTheLatestVersion() throws Exception {
        Case c = mother.enquiry("Apic", "Enquiryapi", 3);
        String enquiry = "/api/v1/section-47-enquiries/" + c.enquiryId();
        String etag = mvc.perform(get(enquiry).with(users.as("social.worker"))).andExpect(status().isOk())
                .andReturn().getResponse().getHeader("ETag");
        String findings = "{\"findings\": \"Explained\", \"substantiated\": false, \"outcome\": \"NO_FURTHER_ACTION\", "
                + "\"completedOn\": \"" + mother.workingDaysAgo(0) + "\"}";
        mvc.perform(post(enquiry + "/outcome").with(users.as("social.worker")).with(csrf()).header("If-Match", "\"99\"")
                        .contentType(MediaType.APPLICATION_JSON).content(findings))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(post(enquiry + "/outcome").with(users.as("social.worker")).with(csrf()).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON).content(findings))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("NO_FURTHER_ACTION"));
        mvc.perform(get("/api/v1/strategy-discussions/" + c.discussionId()).with(users.as("social.worker")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.participants.length()").value(3));
    }

    @Test
    void theApiRefusesWhoeverHasNoReasonToSeeOrChangeThePlan() throws Exception {
        Case c = mother.onAPlan("Apid", "Planapi", 12, 2);
        String plan = "/api/v1/child-protection-plans/" + c.planId();
        mvc.perform(get(plan)).andExpect(status().isUnauthorized());
        long before = AuditLog.refusals(jdbc, "school.dsl");
        mvc.perform(get(plan).with(users.as("school.dsl"))).andExpect(status().isForbidden());
        assertThat(AuditLog.refusals(jdbc, "school.dsl")).as("audited").isGreaterThan(before);
        // A member of the multi-agency team reads the plan but does not record on it.
        mvc.perform(get(plan).with(users.as("police.officer"))).andExpect(status().isOk());
        mvc.perform(post(plan + "/visits").with(users.as("police.officer")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/conferences/" + c.conferenceId() + "/held").with(users.as("social.worker")).with(csrf())
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/conferences/" + UUID.randomUUID()).with(users.as("social.worker")))
                .andExpect(status().isNotFound());
    }
}
