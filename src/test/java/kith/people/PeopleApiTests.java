package kith.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
import kith.support.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@KithTest
class PeopleApiTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;

    private static String child(String nhs, String extra) {
        return """
                {"givenName": "Noah", "familyName": "Quillfeather", "dateOfBirth": "2020-05-17", "sex": "M",
                 "nhsNumber": "%s" %s}""".formatted(nhs, extra);
    }

    private ResultActions create(String user, String body) throws Exception {
        return mvc.perform(post("/api/v1/people").with(users.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long people() {
        return jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
    }

    @Test
    void createsAPersonAndAnswers201WithLocationETagAndTheJsonNames() throws Exception {
        String nhs = PersonMother.uniqueNhsNumber();
        create("social.worker", child(nhs, ", \"upn\": \"B801200005001\""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.matchesPattern("/api/v1/people/[0-9a-f-]{36}")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.id").isNotEmpty())
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.givenName").value("Noah"))
                .andExpect(jsonPath("$.familyName").value("Quillfeather"))
                .andExpect(jsonPath("$.dateOfBirth").value("2020-05-17"))
                .andExpect(jsonPath("$.sex").value("M"))
                .andExpect(jsonPath("$.nhsNumber").value(nhs))
                .andExpect(jsonPath("$.upn").value("B801200005001"))
                .andExpect(jsonPath("$.laChildId").value(Matchers.matchesPattern("[A-Za-z0-9]{1,20}")));
    }

    @Test
    void invalidInputIsAProblemNamingTheFieldAndNothingIsSaved() throws Exception {
        String[][] cases = {
            {child("9434765918", ""), "nhsNumber"},
            {child(PersonMother.uniqueNhsNumber(), ", \"upn\": \"A801200005001\""), "upn"},
            {child(PersonMother.uniqueNhsNumber(), "").replace("2020-05-17", "2099-01-01"), "dateOfBirth"},
            {"{\"givenName\": \"Baby\", \"familyName\": \"Quillfeather\", \"unborn\": true}", "expectedDateOfBirth"},
            {child(PersonMother.uniqueNhsNumber(), "").replace("2020-05-17", "17/05/2020"), "dateOfBirth"},
        };
        for (String[] c : cases) {
            long before = people();
            create("social.worker", c[0])
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(400))
                    .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem(c[1])));
            assertThat(people()).as(c[1]).isEqualTo(before);
        }
    }

    @Test
    void anUpdateNeedsIfMatchAndAStaleOneGets412WithoutLosingTheFirstChange() throws Exception {
        String location = create("social.worker", child(PersonMother.uniqueNhsNumber(), ""))
                .andReturn().getResponse().getHeader("Location");
        String first = child(PersonMother.uniqueNhsNumber(), "").replace("Quillfeather", "Quill");
        mvc.perform(put(location).with(users.as("team.manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(first))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put(location).with(users.as("team.manager")).with(csrf()).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(first))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.familyName").value("Quill"));
        String second = first.replace("Quill\"", "Feather\"");
        mvc.perform(put(location).with(users.as("social.worker")).with(csrf()).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(second))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(location).with(users.as("social.worker")))
                .andExpect(jsonPath("$.familyName").value("Quill"))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void theSameIdempotencyKeyTwiceCreatesOnePerson() throws Exception {
        String body = child(PersonMother.uniqueNhsNumber(), "");
        String key = UUID.randomUUID().toString();
        long before = people();
        String first = mvc.perform(post("/api/v1/people").with(users.as("front.door")).with(csrf()).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        String second = mvc.perform(post("/api/v1/people").with(users.as("front.door")).with(csrf()).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        assertThat(second).isEqualTo(first);
        assertThat(people()).isEqualTo(before + 1);
    }

    @Test
    void searchFindsAMisspeltSurnameByQuery() throws Exception {
        create("social.worker", child(PersonMother.uniqueNhsNumber(), "").replace("Quillfeather", "Fotheringham"));
        mvc.perform(get("/api/v1/people").param("q", "Fotheringam 2020-05-17").with(users.as("social.worker")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].familyName", Matchers.hasItem("Fotheringham")));
    }

    @Test
    void relationshipsAreKeptConsistentBothWays() throws Exception {
        String child = create("social.worker", child(PersonMother.uniqueNhsNumber(), "")).andReturn().getResponse()
                .getHeader("Location");
        String parent = create("social.worker", """
                {"kind": "ADULT", "givenName": "Ruth", "familyName": "Quillfeather", "dateOfBirth": "1990-01-02", "sex": "F"}""")
                .andReturn().getResponse().getHeader("Location");
        String parentId = parent.substring(parent.lastIndexOf('/') + 1);
        String childId = child.substring(child.lastIndexOf('/') + 1);
        mvc.perform(post(child + "/relationships").with(users.as("social.worker")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"relatedPersonId\": \"" + parentId + "\", \"type\": \"PARENT\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].type").value("PARENT"));
        mvc.perform(get(parent + "/relationships").with(users.as("social.worker")))
                .andExpect(jsonPath("$[0].relatedPersonId").value(childId))
                .andExpect(jsonPath("$[0].type").value("CHILD"));
        // Changing it on one side changes the other.
        mvc.perform(post(parent + "/relationships").with(users.as("social.worker")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"relatedPersonId\": \"" + childId + "\", \"type\": \"STEP_CHILD\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get(child + "/relationships").with(users.as("social.worker")))
                .andExpect(jsonPath("$[0].type").value("STEP_PARENT"));
    }

    @Test
    void refusals() throws Exception {
        UUID someone = jdbc.sql("SELECT id FROM person p WHERE NOT EXISTS (SELECT 1 FROM working_relationship w WHERE w.person_id = p.id) LIMIT 1").query(UUID.class).single();
        mvc.perform(get("/api/v1/people/" + someone)).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/people").param("q", "smith")).andExpect(status().isUnauthorized());
        for (String partner : new String[] {"health.visitor", "police.officer", "school.dsl"}) {
            long before = AuditLog.refusals(jdbc, partner);
            mvc.perform(get("/api/v1/people/" + someone).with(users.as(partner))).andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(get("/api/v1/people").param("q", "smith").with(users.as(partner))).andExpect(status().isForbidden());
            create(partner, child(PersonMother.uniqueNhsNumber(), "")).andExpect(status().isForbidden());
            assertThat(AuditLog.refusals(jdbc, partner)).isEqualTo(before + 3);
        }
        mvc.perform(get("/api/v1/people/" + UUID.randomUUID()).with(users.as("social.worker")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theDemoConfigurationAcceptsHttpBasicWithTheDemoUsers() throws Exception {
        mvc.perform(get("/api/v1/people").param("q", "taylor").with(httpBasic("social.worker", "kith-demo")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/people").param("q", "taylor").with(httpBasic("analyst", "wrong-password")))
                .andExpect(status().isUnauthorized());
    }
}
