package kith.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import kith.KithTest;
import kith.shared.InvalidInput;
import kith.support.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A contact is about a family's children, in words a person writes: the rules say how many and how long. */
@KithTest
class ContactLimitsTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final NewContact.Child ADA = new NewContact.Child("Ada", "Limitworth", LocalDate.of(2019, 1, 2), null, null,
            null, null);

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;

    private static List<InvalidInput.Problem> problems(List<NewContact.Child> children, String referrerName) {
        NewContact contact = new NewContact(NewContact.ReferrerKind.INDIVIDUAL, null, null, referrerName, null,
                ReferralSource.SOURCE_1B, children, "Worried", true, true, null);
        InvalidInput e = catchThrowableOfType(InvalidInput.class, () -> contact.check(TODAY));
        assertThat(e).as("expected the contact to be refused").isNotNull();
        return e.problems();
    }

    @Test
    void fiveThousandChildrenOnOneContactAreRefusedSayingTheLimit() {
        assertThat(problems(Collections.nCopies(5_000, ADA), "Ms Neighbour")).extracting(InvalidInput.Problem::field)
                .containsExactly("children");
        assertThat(problems(Collections.nCopies(5_000, ADA), "Ms Neighbour").get(0).message())
                .isEqualTo("Enter 20 children or fewer, and record any others on another contact");
    }

    @Test
    void namesAndAddressesLongerThanAPersonWritesAreRefusedEachOnItsField() {
        NewContact.Child longNamed = new NewContact.Child("A".repeat(101), "Limitworth", null, null, null,
                "1 Road ".repeat(1_000), null);
        assertThat(problems(List.of(ADA, longNamed), "N".repeat(101))).extracting(InvalidInput.Problem::field)
                .containsExactlyInAnyOrder("referrerName", "children[1].givenName", "children[1].address");
    }

    @Test
    void theFormBindsOnlyASaneNumberOfChildrenAndRefusesTheRestWithTheGovUkPage() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM contact").query(Long.class).single();
        mvc.perform(post("/front-door/contacts/new").with(users.as("front.door")).with(csrf()).accept(MediaType.TEXT_HTML)
                        .param("referrerKind", "INDIVIDUAL").param("referrerName", "Ms Neighbour")
                        .param("referralSource", "1B").param("worry", "Worried").param("familyKnows", "yes")
                        .param("familyAgrees", "yes").param("children[0].givenName", "Ada")
                        .param("children[0].familyName", "Limitworth").param("children[99999].givenName", "X"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Sorry, there is a problem with what was sent")))
                .andExpect(content().string(Matchers.containsString("govuk-header")));
        // Within the form's limit, a sparse index is the form again with its errors, not a failure.
        mvc.perform(post("/front-door/contacts/new").with(users.as("front.door")).with(csrf())
                        .param("referrerKind", "INDIVIDUAL").param("children[19].givenName", "X"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("govuk-error-summary")));
        assertThat(jdbc.sql("SELECT count(*) FROM contact").query(Long.class).single()).isEqualTo(before);
    }
}
