package kith.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import kith.KithTest;
import kith.people.Identities;
import kith.people.Identity;
import kith.people.PersonManagement;
import kith.support.AuditLog;
import kith.support.PersonMother;
import kith.support.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@KithTest
class RestrictedRecordTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired PersonManagement people;
    @Autowired Identities identities;
    @Autowired kith.support.StatementCounter statements;

    UUID person;
    String surname;

    @BeforeEach
    void aRestrictedChild() throws Exception {
        surname = "Restricta" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        String location = mvc.perform(post("/api/v1/people").with(users.as("social.worker")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"givenName\": \"Ivy\", \"familyName\": \"" + surname + "\", \"dateOfBirth\": \"2017-02-03\", "
                                + "\"nhsNumber\": \"" + PersonMother.uniqueNhsNumber() + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        person = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/people/" + person + "/access/restriction").with(users.as("admin")).with(csrf())
                        .param("action", "restrict").param("reason", "Child of a member of staff"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aCouncilUserWhoIsNotNamedIsRefusedAndTheRefusalIsAudited() throws Exception {
        long before = AuditLog.count(jdbc, "team.manager", "PERSON_ACCESS_REFUSED", "REFUSED");
        mvc.perform(get("/people/" + person).with(users.as("team.manager"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people/" + person).with(users.as("team.manager"))).andExpect(status().isForbidden());
        assertThat(AuditLog.count(jdbc, "team.manager", "PERSON_ACCESS_REFUSED", "REFUSED")).isEqualTo(before + 2);
    }

    @Test
    void searchDoesNotRevealThatARestrictedRecordExistsButAuditsTheMatch() throws Exception {
        long withheld = AuditLog.count(jdbc, "front.door", "RESTRICTED_RECORD_WITHHELD", "ALLOWED");
        String page = mvc.perform(get("/people").param("name", surname).with(users.as("front.door")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String results = page.substring(page.indexOf("id=\"results\""));
        assertThat(results).contains("No one matches").doesNotContain(surname).doesNotContain(person.toString())
                .doesNotContain("Ivy");
        for (String username : List.of("front.door", "admin")) {
            mvc.perform(get("/api/v1/people").param("q", surname).with(users.as(username)))
                    .andExpect(status().isOk())
                    .andExpect(content().json("[]"));
        }
        assertThat(AuditLog.count(jdbc, "front.door", "RESTRICTED_RECORD_WITHHELD", "ALLOWED"))
                .as("the page search and the API search").isEqualTo(withheld + 2);
        assertThat(jdbc.sql("""
                        SELECT detail FROM audit_entry WHERE action = 'RESTRICTED_RECORD_WITHHELD'
                          AND subject_ids @> ARRAY[CAST(:p AS uuid)] ORDER BY position DESC LIMIT 1""")
                .param("p", person).query(String.class).single())
                .as("the search terms are not kept against the restricted record").doesNotContain(surname);
    }

    @Test
    void aNamedUserMayOpenTheRecordUntilTheGrantIsRevoked() throws Exception {
        mvc.perform(post("/people/" + person + "/access/grants").with(users.as("admin")).with(csrf())
                        .param("username", "social.worker").param("grantReason", "Allocated social worker"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/people/" + person).with(users.as("social.worker"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Restricted record")));
        mvc.perform(get("/people").param("name", surname).with(users.as("social.worker")))
                .andExpect(content().string(Matchers.containsString(surname)));
        UUID grant = jdbc.sql("SELECT id FROM restricted_access_grant WHERE person_id = :p AND revoked_at IS NULL")
                .param("p", person).query(UUID.class).single();
        mvc.perform(post("/people/" + person + "/access/grants/" + grant + "/revoke").with(users.as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/people/" + person).with(users.as("social.worker"))).andExpect(status().isForbidden());
    }

    @Test
    void identitiesWithholdARestrictedRecordFromEveryoneNotNamed() throws Exception {
        UUID open = users.call("social.worker", () -> people.create(PersonMother.child().details()).id());
        List<UUID> both = List.of(person, open);
        for (String username : List.of("social.worker", "team.manager", "health.visitor", "admin")) {
            Map<UUID, Identity> shown = users.call(username, () -> identities.show(both, "test"));
            assertThat(shown.get(person).withheld()).as(username).isTrue();
            assertThat(shown.get(person).name()).as(username).isEqualTo("Restricted record");
            assertThat(shown.get(person).id()).as(username).isNull();
            assertThat(shown.get(person).familyName()).as(username).isNull();
            assertThat(shown.get(open).name()).as(username).endsWith(" " + shown.get(open).familyName());
        }
        assertThat(users.call("social.worker", () -> identities.show(both, "test")).get(open).openable()).isTrue();
        assertThat(users.call("health.visitor", () -> identities.show(both, "test")).get(open).openable())
                .as("a partner who works with neither").isFalse();
        assertThat(users.call("admin", () -> identities.show(both, "test")).get(open).openable())
                .as("administrators open no records").isFalse();
        mvc.perform(post("/people/" + person + "/access/grants").with(users.as("admin")).with(csrf())
                        .param("username", "social.worker").param("grantReason", "Allocated social worker"))
                .andExpect(status().is3xxRedirection());
        Identity named = users.call("social.worker", () -> identities.show(both, "test")).get(person);
        assertThat(named.withheld()).isFalse();
        assertThat(named.restricted()).isTrue();
        assertThat(named.openable()).isTrue();
        assertThat(named.familyName()).isEqualTo(surname);
        assertThat(users.call("team.manager", () -> identities.show(both, "test")).get(person).withheld()).isTrue();
    }

    @Test
    void showingPeopleIsAuditedNamingThoseShownButNotTheWithheld() {
        UUID open = users.call("social.worker", () -> people.create(PersonMother.child().details()).id());
        users.call("team.manager", () -> identities.show(List.of(person, open), "a test list"));
        List<UUID> subjects = jdbc.sql("""
                        SELECT subject_ids FROM audit_entry WHERE username = 'team.manager' AND action = 'PEOPLE_SHOWN'
                          AND detail = 'a test list' ORDER BY position DESC LIMIT 1""")
                .query((rs, n) -> List.of((UUID[]) rs.getArray(1).getArray())).single();
        assertThat(subjects).containsExactly(open);
    }

    @Test
    void theAccessPageShowsTheLogAndIsForAdministratorsOnly() throws Exception {
        mvc.perform(get("/people/" + person + "/access").with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("RECORD_RESTRICTED")))
                .andExpect(content().string(Matchers.containsString("PERSON_CREATED")));
        long before = AuditLog.refusals(jdbc, "team.manager");
        mvc.perform(get("/people/" + person + "/access").with(users.as("team.manager"))).andExpect(status().isForbidden());
        mvc.perform(post("/people/" + person + "/access/grants").with(users.as("team.manager")).with(csrf())
                        .param("username", "team.manager").param("grantReason", "I want to"))
                .andExpect(status().isForbidden());
        assertThat(AuditLog.refusals(jdbc, "team.manager")).isEqualTo(before + 2);
    }

    @Test
    void theRestrictedRecordsPageListsThemInAFixedNumberOfStatements() throws Exception {
        int before = statementsFor("/admin/restricted-records");
        aRestrictedChild();
        aRestrictedChild();
        assertThat(statementsFor("/admin/restricted-records")).isEqualTo(before).isLessThanOrEqualTo(4);
        String page = mvc.perform(get("/admin/restricted-records").with(users.as("admin")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/people/" + person + "/access").contains("Child of a member of staff")
                .doesNotContain(surname);
        mvc.perform(get("/admin/restricted-records").with(users.as("team.manager"))).andExpect(status().isForbidden());
    }

    private int statementsFor(String path) throws Exception {
        var request = get(path).with(users.as("admin"));
        statements.start();
        mvc.perform(request).andExpect(status().isOk());
        return statements.stop().size();
    }

    @Test
    void aGrantNeedsAReasonAndAnExistingUserBothSaidAtOnceAtTheirFields() throws Exception {
        mvc.perform(post("/people/" + person + "/access/grants").with(users.as("admin")).with(csrf())
                        .param("username", "nobody.here").param("grantReason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("govuk-error-summary")))
                .andExpect(content().string(Matchers.containsString("Enter why they need access to this record")))
                .andExpect(content().string(Matchers.containsString("Enter the username of an existing user")))
                .andExpect(content().string(Matchers.containsString("href=\"#grant-username\"")))
                .andExpect(content().string(Matchers.containsString("id=\"grant-grantReason-error\"")))
                .andExpect(content().string(Matchers.containsString("value=\"nobody.here\"")));
        assertThat(jdbc.sql("SELECT count(*) FROM restricted_access_grant WHERE person_id = :p").param("p", person)
                .query(Long.class).single()).isZero();
    }
}
