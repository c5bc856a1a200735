package kith.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import kith.KithTest;
import kith.access.RestrictedRecords;
import kith.people.PersonManagement;
import kith.support.PersonMother;
import kith.support.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The screener sees possible matches with their strength and reasons, in the page and in the API, and cannot
 * create a new record while someone is suggested without saying that they checked.
 */
@KithTest
class ScreeningMatchTests {

    @Autowired Users users;
    @Autowired PersonManagement people;
    @Autowired Contacts contacts;
    @Autowired RestrictedRecords restricted;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private static final Random RANDOM = new Random();

    private static String uniqueSurname() {
        StringBuilder name = new StringBuilder("Q");
        for (int i = 0; i < 9; i++) {
            name.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return name.toString();
    }

    /** A child known to Kith born on the last of July, and a contact about her giving the first of August. */
    private record DayOut(UUID child, UUID contact, String family) {}

    private DayOut aContactADayOut() {
        String family = uniqueSurname();
        UUID child = FrontDoorMother.knownChild(users, people, "Maisie", family, LocalDate.of(2016, 7, 31));
        UUID contact = users.call("front.door", () -> contacts.record(
                FrontDoorMother.contactAbout("Maisie", family, LocalDate.of(2016, 8, 1), "Worry " + UUID.randomUUID()),
                false).id());
        return new DayOut(child, contact, family);
    }

    private int childrenCalled(String family) {
        return jdbc.sql("SELECT count(*) FROM person WHERE family_name = :f").param("f", family).query(Integer.class).single();
    }

    @Test
    void aPossibleMatchIsShownWithItsStrengthReasonsAndWhatDiffers() throws Exception {
        DayOut d = aContactADayOut();
        mvc.perform(get("/front-door/contacts/" + d.contact()).with(users.as("front.door")))
                .andExpect(status().isOk())
                .andExpect(xpathText("Possible match"))
                .andExpect(xpathText("Date of birth one day apart"))
                .andExpect(xpathText("No strong match."))
                .andExpect(xpathText("I have checked: none of the suggested people is this child"))
                .andExpect(xpathText("Maisie " + d.family()));
    }

    private static org.springframework.test.web.servlet.ResultMatcher xpathText(String text) {
        return org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(Matchers.containsString(text));
    }

    @Test
    void creatingARecordWhileSomeoneIsSuggestedNeedsTheScreenersConfirmation() throws Exception {
        DayOut d = aContactADayOut();
        mvc.perform(post("/front-door/contacts/" + d.contact() + "/children/0/create").with(users.as("front.door"))
                        .with(csrf()).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(xpathText("govuk-error-summary"))
                .andExpect(xpathText("href=\"#child0-confirmNoneMatch\""))
                .andExpect(xpathText("id=\"child0-confirmNoneMatch-error\""))
                .andExpect(xpathText("Confirm that you have checked the suggested people and none of them is this child"))
                .andExpect(xpathText("<title>Error: "));
        assertThat(childrenCalled(d.family())).as("no duplicate created").isEqualTo(1);
        assertThat(users.call("front.door", () -> contacts.open(d.contact())).children().get(0).linked()).isFalse();

        mvc.perform(post("/front-door/contacts/" + d.contact() + "/children/0/create").with(users.as("front.door"))
                        .with(csrf()).param("version", "0").param("confirmNoneMatch", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(childrenCalled(d.family())).as("the screener decided she is another child").isEqualTo(2);
        assertThat(users.call("front.door", () -> contacts.open(d.contact())).children().get(0).linked()).isTrue();
    }

    @Test
    void aChildNoOneMatchesNeedsNoConfirmation() throws Exception {
        String family = uniqueSurname();
        UUID contact = users.call("front.door", () -> contacts.record(
                FrontDoorMother.contactAbout("Wren", family, LocalDate.of(2010, 1, 29), "Worry " + UUID.randomUUID()),
                false).id());
        mvc.perform(get("/front-door/contacts/" + contact).with(users.as("front.door")))
                .andExpect(xpathText("No one known to Kith matches this child."))
                .andExpect(content -> assertThat(content.getResponse().getContentAsString())
                        .doesNotContain("child0-confirmNoneMatch"));
        mvc.perform(post("/front-door/contacts/" + contact + "/children/0/create").with(users.as("front.door"))
                        .with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(childrenCalled(family)).isEqualTo(1);
    }

    @Test
    void theContactApiGivesTheFrontDoorEachChildsSuggestionsWithTheirBand() throws Exception {
        DayOut d = aContactADayOut();
        mvc.perform(get("/api/v1/contacts/" + d.contact()).with(users.as("front.door")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(d.contact().toString()))
                .andExpect(jsonPath("$.children[0].familyName").value(d.family()))
                .andExpect(jsonPath("$.suggestions[0].position").value(0))
                .andExpect(jsonPath("$.suggestions[0].people[?(@.person.id == '" + d.child() + "')].strength")
                        .value(Matchers.contains("POSSIBLE")))
                .andExpect(jsonPath("$.suggestions[0].people[?(@.person.id == '" + d.child() + "')].reasons[*]")
                        .value(Matchers.hasItem("Date of birth one day apart")))
                .andExpect(jsonPath("$.suggestions[0].people[?(@.person.id == '" + d.child() + "')].person.name")
                        .value(Matchers.contains("Maisie " + d.family())));
    }

    @Test
    void theApiSuggestsNoRestrictedRecordAndNothingToAPartner() throws Exception {
        DayOut d = aContactADayOut();
        users.run("admin", () -> restricted.restrict(d.child(), "Child of a member of staff"));
        String body = mvc.perform(get("/api/v1/contacts/" + d.contact()).with(users.as("front.door")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suggestions[0].people[?(@.person.familyName == '" + d.family() + "')]").isEmpty())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(d.child().toString()).doesNotContain("Restricted record");

        String family = uniqueSurname();
        FrontDoorMother.knownChild(users, people, "Ada", family, LocalDate.of(2015, 6, 7));
        UUID submitted = users.call("health.visitor", () -> contacts.submitAsPartner(
                FrontDoorMother.contactAbout("Ada", family, LocalDate.of(2015, 6, 7), "Worry " + UUID.randomUUID()),
                false).id());
        mvc.perform(get("/api/v1/contacts/" + submitted).with(users.as("health.visitor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suggestions").doesNotExist());
        mvc.perform(get("/api/v1/contacts/" + submitted).with(users.as("front.door")))
                .andExpect(jsonPath("$.suggestions[0].people[0].strength").value("STRONG"));
    }
}
