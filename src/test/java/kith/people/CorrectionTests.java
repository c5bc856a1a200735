package kith.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import kith.KithTest;
import kith.support.AuditLog;
import kith.support.PersonMother;
import kith.support.StatementCounter;
import kith.support.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Partners read the details and network of the people they work with, and record their own work, but change
 * identity, addresses, flags and relationships only through the council: they propose a correction, which a
 * council caseworker accepts or rejects. The demo health visitor leads Milo Carrow's Family Help; his mother's
 * address is confidential.
 */
@KithTest
class CorrectionTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired PersonManagement people;
    @Autowired Corrections corrections;
    @Autowired StatementCounter statements;

    UUID milo;
    UUID dana;

    @BeforeEach
    void theCarrows() {
        milo = jdbc.sql("SELECT id FROM person WHERE nhs_number = '9999990029'").query(UUID.class).single();
        dana = jdbc.sql("SELECT id FROM person WHERE nhs_number = '9999990010'").query(UUID.class).single();
    }

    @Test
    void aPartnerWhoWorksWithTheChildReadsButCannotChangeDetailsFlagsOrRelationships() throws Exception {
        mvc.perform(get("/api/v1/people/" + milo).with(users.as("health.visitor"))).andExpect(status().isOk());
        mvc.perform(get("/people/" + milo + "/network").with(users.as("health.visitor"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Propose a correction")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Add a relationship"))));
        String etag = mvc.perform(get("/api/v1/people/" + milo).with(users.as("health.visitor")))
                .andReturn().getResponse().getHeader("ETag");
        long refusals = AuditLog.count(jdbc, "health.visitor", "PERSON_CHANGE_REFUSED", "REFUSED");
        mvc.perform(put("/api/v1/people/" + milo).with(users.as("health.visitor")).with(csrf()).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"givenName\": \"Milo\", \"familyName\": \"Carrow\", \"dateOfBirth\": \"2020-01-01\", \"sex\": \"M\","
                                + " \"addresses\": [{\"line1\": \"Flat 2, 14 Mill Lane\", \"postcode\": \"BF7 2QD\", \"confidential\": false}]}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/people/" + milo + "/edit").with(users.as("health.visitor"))).andExpect(status().isForbidden());
        mvc.perform(post("/people/" + milo + "/edit").with(users.as("health.visitor")).with(csrf())
                        .param("version", "0").param("givenName", "Milo").param("familyName", "Carrow"))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/people/" + milo + "/relationships/" + dana).with(users.as("health.visitor")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/people/" + milo + "/relationships").with(users.as("health.visitor")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"relatedPersonId\": \"" + dana + "\", \"type\": \"FAMILY_FRIEND\"}"))
                .andExpect(status().isForbidden());
        assertThat(AuditLog.count(jdbc, "health.visitor", "PERSON_CHANGE_REFUSED", "REFUSED")).isEqualTo(refusals + 5);
        assertThat(jdbc.sql("SELECT confidential FROM person_address WHERE person_id = :p").param("p", milo)
                .query(Boolean.class).single()).as("the confidential flag is kept").isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM person_relationship WHERE person_id = :m AND related_person_id = :d")
                .param("m", milo).param("d", dana).query(Long.class).single()).as("the relationship is kept").isEqualTo(1);
    }

    @Test
    void aPartnerProposesACorrectionAndTheCouncilAcceptsIt() throws Exception {
        String created = mvc.perform(post("/api/v1/people/" + milo + "/corrections").with(users.as("health.visitor")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"about\": \"DATE_OF_BIRTH\", \"proposedValue\": \"He was born on the 3rd, not the 2nd\","
                                + " \"why\": \"Mum showed me the red book\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PROPOSED"))
                .andExpect(jsonPath("$.proposedByName").value("Grace Adeyemi"))
                .andReturn().getResponse().getContentAsString();
        UUID correction = UUID.fromString(created.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"));
        assertThat(AuditLog.count(jdbc, "health.visitor", "CORRECTION_PROPOSED", "ALLOWED")).isPositive();

        mvc.perform(get("/people/" + milo).with(users.as("social.worker")))
                .andExpect(content().string(Matchers.containsString("Review the proposed corrections")));
        mvc.perform(post("/api/v1/people/" + milo + "/corrections/" + correction + "/decision").with(users.as("health.visitor"))
                        .with(csrf()).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"ACCEPT\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/people/" + milo + "/corrections/" + correction + "/decision").with(users.as("social.worker"))
                        .with(csrf()).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"ACCEPT\", \"note\": \"Date of birth corrected\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.decidedByName").value("Sam Okoro"));
        mvc.perform(post("/api/v1/people/" + milo + "/corrections/" + correction + "/decision").with(users.as("team.manager"))
                        .with(csrf()).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"REJECT\", \"note\": \"Too late\"}"))
                .andExpect(status().isPreconditionFailed());
        assertThat(AuditLog.count(jdbc, "social.worker", "CORRECTION_ACCEPTED", "ALLOWED")).isPositive();
        mvc.perform(get("/api/v1/people/" + milo + "/corrections").with(users.as("health.visitor")))
                .andExpect(jsonPath("$[?(@.id == '" + correction + "')].status").value("ACCEPTED"));
    }

    @Test
    void aRejectionSaysWhyAndEachPartnerSeesOnlyTheirOwnProposals() throws Exception {
        mvc.perform(post("/people/" + dana + "/corrections").with(users.as("health.visitor")).with(csrf())
                        .param("about", "ADDRESS").param("proposedValue", "She has moved to her sister's").param("why", "She told me"))
                .andExpect(status().is3xxRedirection());
        UUID correction = jdbc.sql("""
                        SELECT id FROM person_correction WHERE person_id = :p AND proposed_by = 'health.visitor'
                        ORDER BY proposed_at DESC LIMIT 1""").param("p", dana).query(UUID.class).single();
        mvc.perform(post("/people/" + dana + "/corrections/" + correction + "/decision").with(users.as("social.worker")).with(csrf())
                        .param("version", "0").param("decision", "REJECT"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("href=\"#decide-" + correction + "-note\"")))
                .andExpect(content().string(Matchers.containsString("Enter why the correction is not accepted")));
        assertThat(statusOf(correction)).as("a rejection without a reason is not recorded").isEqualTo("PROPOSED");
        mvc.perform(post("/people/" + dana + "/corrections/" + correction + "/decision").with(users.as("social.worker")).with(csrf())
                        .param("version", "0").param("decision", "REJECT").param("note", "She is still at the refuge"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(correction)).isEqualTo("REJECTED");
        mvc.perform(get("/people/" + dana + "/corrections").with(users.as("health.visitor")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("She is still at the refuge")));
        mvc.perform(get("/api/v1/people/" + dana + "/corrections").with(users.as("school.dsl")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aProposalNeedsWhatIsWrongWhatItShouldSayAndHowTheyKnowAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/people/" + milo + "/corrections").with(users.as("health.visitor")).with(csrf())
                        .param("proposedValue", "Milo Carrow-Ashby"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Select which detail is wrong")))
                .andExpect(content().string(Matchers.containsString("Enter how you know")))
                .andExpect(content().string(Matchers.containsString("href=\"#about\"")))
                .andExpect(content().string(Matchers.containsString("id=\"about\"")))
                .andExpect(content().string(Matchers.containsString("Milo Carrow-Ashby")));
        String body = "{\"about\": \"NAME\", \"proposedValue\": \"x\", \"why\": \"y\"}";
        mvc.perform(post("/api/v1/people/" + UUID.randomUUID() + "/corrections").with(users.as("social.worker")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isNotFound());
        // A partner may open only the people they work with: refused before anyone looks whether the id exists.
        mvc.perform(post("/api/v1/people/" + UUID.randomUUID() + "/corrections").with(users.as("health.visitor")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCorrectionsPageRunsAFixedNumberOfStatementsHoweverManyCorrections() throws Exception {
        UUID child = users.call("social.worker", () -> people.create(PersonMother.child().details()).id());
        corrections(child, 1);
        int one = statementsFor("/people/" + child + "/corrections");
        corrections(child, 5);
        int six = statementsFor("/people/" + child + "/corrections");
        assertThat(six).isEqualTo(one).isLessThanOrEqualTo(7);
    }

    private void corrections(UUID child, int count) {
        for (int i = 0; i < count; i++) {
            users.run("social.worker", () -> corrections.propose(child, "OTHER", "Something else is wrong", "I saw it"));
        }
    }

    private int statementsFor(String path) throws Exception {
        var request = get(path).with(users.as("social.worker"));
        statements.start();
        mvc.perform(request).andExpect(status().isOk());
        return statements.stop().size();
    }

    private String statusOf(UUID correction) {
        return jdbc.sql("SELECT status FROM person_correction WHERE id = :id").param("id", correction).query(String.class).single();
    }
}
