package kith.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import kith.KithTest;
import kith.support.PersonMother;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The IETF httpapi Idempotency-Key draft, as the API keeps it: one key, one route, one request. */
@KithTest
class IdempotencyKeyTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;

    private static String child(String given, String nhs) {
        return """
                {"givenName": "%s", "familyName": "Keyworth", "dateOfBirth": "2016-07-08", "sex": "F", "nhsNumber": "%s"}"""
                .formatted(given, nhs);
    }

    private static String contact(String worry) {
        return """
                {"referrerKind": "AGENCY", "referrerAgencyName": "Kithbridge Primary", "referralSource": "2A",
                 "children": [{"givenName": "Ada", "familyName": "Keyworth", "dateOfBirth": "2016-07-08"}],
                 "worry": "%s", "familyKnows": true, "familyAgrees": true}""".formatted(worry);
    }

    private ResultActions send(String path, String key, String body) throws Exception {
        return mvc.perform(post(path).with(users.as("team.manager")).with(csrf()).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void theSameKeyWithADifferentBodyIsRefusedWith422AndCreatesNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        String nhs = PersonMother.uniqueNhsNumber();
        String first = send("/api/v1/people", key, child("Ada", nhs)).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        long before = count("person");
        send("/api/v1/people", key, child("Bea", PersonMother.uniqueNhsNumber()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        assertThat(count("person")).isEqualTo(before);
        // The same body again, however it is spaced, is the same request: the first record, nothing new.
        String again = send("/api/v1/people", key, child("Ada", nhs).replace(", ", ",\n  "))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        assertThat(again).isEqualTo(first);
        assertThat(count("person")).isEqualTo(before);
    }

    @Test
    void aKeyBelongsToItsRouteSoTheSameKeyElsewhereIsAnotherKey() throws Exception {
        String key = UUID.randomUUID().toString();
        long people = count("person");
        long contacts = count("contact");
        String person = send("/api/v1/people", key, child("Cai", PersonMother.uniqueNhsNumber()))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        String contact = send("/api/v1/contacts", key, contact("Worried " + UUID.randomUUID()))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        assertThat(person).startsWith("/api/v1/people/");
        assertThat(contact).startsWith("/api/v1/contacts/");
        assertThat(count("person")).isEqualTo(people + 1);
        assertThat(count("contact")).isEqualTo(contacts + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM idempotency_key WHERE key = :k").param("k", key).query(Long.class)
                .single()).isEqualTo(2);
    }

    @Test
    void aKeyIsVisibleAsciiOfAtMost200Characters() throws Exception {
        long before = count("person");
        for (String key : new String[] {"clé", "two words", "k".repeat(201)}) {
            send("/api/v1/people", key, child("Dot", PersonMother.uniqueNhsNumber()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        }
        assertThat(count("person")).isEqualTo(before);
        send("/api/v1/people", "k".repeat(200), child("Dot", PersonMother.uniqueNhsNumber()))
                .andExpect(status().isCreated());
    }
}
