package kith.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import kith.KithTest;
import kith.support.AuditLog;
import kith.support.PersonMother;
import kith.support.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@KithTest
class PeoplePagesTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;

    private MockHttpServletRequestBuilder newChild(String nhs, String upn, String day, String month, String year) {
        return newChild("social.worker", nhs, upn, day, month, year);
    }

    private MockHttpServletRequestBuilder newChild(
            String user, String nhs, String upn, String day, String month, String year) {
        return post("/people/new")
                .with(users.as(user))
                .with(csrf())
                .param("kind", "CHILD")
                .param("givenName", "Poppy")
                .param("familyName", "Thistlewood")
                .param("dateOfBirthDay", day)
                .param("dateOfBirthMonth", month)
                .param("dateOfBirthYear", year)
                .param("sex", "F")
                .param("nhsNumber", nhs)
                .param("upn", upn);
    }

    private long people() {
        return jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
    }

    @Test
    void createsAChildAndOpensTheRecord() throws Exception {
        String nhs = PersonMother.uniqueNhsNumber();
        String location = mvc.perform(newChild(nhs, "B801200005001", "4", "3", "2019"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/people/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(users.as("social.worker")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Poppy Thistlewood")))
                .andExpect(content().string(Matchers.containsString(NhsNumber.of(nhs).formatted())));
    }

    @Test
    void anInvalidNhsNumberIsShownNextToTheFieldAndNothingIsSaved() throws Exception {
        long before = people();
        mvc.perform(newChild("943 476 5918", "", "4", "3", "2019"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("govuk-error-summary")))
                .andExpect(content().string(Matchers.containsString("id=\"nhsNumber-error\"")))
                .andExpect(content().string(Matchers.containsString("Enter a valid NHS number")))
                // the user's input is kept
                .andExpect(content().string(Matchers.containsString("value=\"943 476 5918\"")));
        assertThat(people()).isEqualTo(before);
    }

    @Test
    void anInvalidUpnIsShownNextToTheFieldAndNothingIsSaved() throws Exception {
        long before = people();
        mvc.perform(newChild(PersonMother.uniqueNhsNumber(), "A801200005001", "4", "3", "2019"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"upn-error\"")));
        assertThat(people()).isEqualTo(before);
    }

    @Test
    void aFutureDateOfBirthIsShownNextToTheFieldAndNothingIsSaved() throws Exception {
        long before = people();
        mvc.perform(newChild(PersonMother.uniqueNhsNumber(), "", "1", "1", "2099"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("govuk-error-summary")))
                .andExpect(content().string(Matchers.containsString("id=\"dateOfBirth-error\"")))
                .andExpect(content().string(Matchers.containsString("Date of birth must be today or in the past")));
        assertThat(people()).isEqualTo(before);
    }

    @Test
    void anUnbornChildWithoutAnExpectedDateOfBirthIsRefused() throws Exception {
        long before = people();
        mvc.perform(post("/people/new").with(users.as("social.worker")).with(csrf())
                        .param("kind", "UNBORN").param("givenName", "Baby").param("familyName", "Thistlewood"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("govuk-error-summary")))
                .andExpect(content().string(Matchers.containsString("id=\"expectedDateOfBirth-error\"")));
        assertThat(people()).isEqualTo(before);
    }

    @Test
    void aSecondEditorGetsAConflictAndTheFirstChangeIsKept() throws Exception {
        String location = mvc.perform(newChild(PersonMother.uniqueNhsNumber(), "", "4", "3", "2019"))
                .andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        // Both editors loaded version 0; the first saves a new surname.
        mvc.perform(edit(id, "team.manager", "Thistlewood-Fry", 0)).andExpect(status().is3xxRedirection());
        // The second, still holding version 0, saves another surname.
        mvc.perform(edit(id, "social.worker", "Thistle", 0))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("Someone else saved a change to this record")))
                // Their change is shown beside what this editor typed, which stays in the form for them to send again.
                .andExpect(content().string(Matchers.containsString("id=\"conflict-differences\"")))
                .andExpect(content().string(Matchers.containsString(">Thistlewood-Fry<")))
                .andExpect(content().string(Matchers.containsString("value=\"Thistle\"")))
                .andExpect(content().string(Matchers.containsString("name=\"version\" value=\"1\"")));
        assertThat(jdbc.sql("SELECT family_name FROM person WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("Thistlewood-Fry");
    }

    private MockHttpServletRequestBuilder edit(UUID id, String user, String familyName, long version) {
        return post("/people/" + id + "/edit").with(users.as(user)).with(csrf())
                .param("version", String.valueOf(version)).param("kind", "CHILD").param("givenName", "Poppy")
                .param("familyName", familyName).param("dateOfBirthDay", "4").param("dateOfBirthMonth", "3")
                .param("dateOfBirthYear", "2019").param("sex", "F");
    }

    @Test
    void findsAChildByAMisspeltSurname() throws Exception {
        mvc.perform(newChild(PersonMother.uniqueNhsNumber(), "", "9", "9", "2018").param("familyName", "Winterbottom"));
        mvc.perform(get("/people").param("name", "Wintrebottom").with(users.as("front.door")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Winterbottom")));
    }

    @Test
    void searchAsYouTypeAnswersWithOnlyTheResultsFragment() throws Exception {
        mvc.perform(get("/people").param("name", "Hartley").header("HX-Request", "true").with(users.as("front.door")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"results\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("govuk-header"))));
    }

    @Test
    void anUnauthenticatedVisitorIsSentToSignInAndTheRefusalIsAudited() throws Exception {
        long before = AuditLog.count(jdbc, "system", "UNAUTHENTICATED_REQUEST", "REFUSED");
        mvc.perform(get("/people")).andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/sign-in"));
        assertThat(AuditLog.count(jdbc, "system", "UNAUTHENTICATED_REQUEST", "REFUSED")).isEqualTo(before + 1);
    }

    @Test
    void partnersAndAnalystsAreRefusedPeoplePagesAndEachRefusalIsAudited() throws Exception {
        UUID someone = jdbc.sql("SELECT id FROM person p WHERE NOT EXISTS (SELECT 1 FROM working_relationship w WHERE w.person_id = p.id) LIMIT 1").query(UUID.class).single();
        for (String user : new String[] {"health.visitor", "police.officer", "school.dsl", "analyst"}) {
            long before = AuditLog.refusals(jdbc, user);
            mvc.perform(get("/people").param("name", "smith").with(users.as(user))).andExpect(status().isForbidden())
                    .andExpect(content().string(Matchers.containsString("You do not have access to this page")));
            mvc.perform(get("/people/" + someone).with(users.as(user))).andExpect(status().isForbidden());
            mvc.perform(newChild(user, PersonMother.uniqueNhsNumber(), "", "1", "1", "2020"))
                    .andExpect(status().isForbidden());
            assertThat(AuditLog.refusals(jdbc, user)).as(user).isEqualTo(before + 3);
        }
    }
}
