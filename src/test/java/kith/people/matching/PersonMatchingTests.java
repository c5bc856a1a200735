package kith.people.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import kith.KithTest;
import kith.people.PersonManagement;
import kith.shared.AccessRefused;
import kith.shared.InvalidInput;
import kith.support.AuditLog;
import kith.support.PersonMother;
import kith.support.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Matching against the real database: the candidate query gathers the people the practice-fit issue found
 * missing (dates a day out whatever digits change, a swap with another slip, short forms from the shipped list
 * or the council's own, two letters wrong in a surname), and the access policy still decides who is suggested.
 */
@KithTest
class PersonMatchingTests {

    @Autowired Users users;
    @Autowired PersonManagement people;
    @Autowired PersonMatcher matcher;
    @Autowired CouncilNameVariants councilVariants;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired kith.access.RestrictedRecords restrictedRecords;

    private static final Random RANDOM = new Random();

    /** A surname no other test uses, letters only, sounding unlike any other. */
    static String uniqueSurname() {
        StringBuilder name = new StringBuilder("Q");
        for (int i = 0; i < 9; i++) {
            name.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return name.toString();
    }

    private UUID child(String given, String family, LocalDate born) {
        return users.call("social.worker", () -> people.create(PersonMother.child().withGivenName(given)
                .withFamilyName(family).withDateOfBirth(born).details()).id());
    }

    private Optional<MatchSuggestion> suggestionOf(UUID person, MatchCandidate referral) {
        return users.call("front.door", () -> matcher.suggest(referral)).stream()
                .filter(s -> person.equals(s.person().id())).findFirst();
    }

    @Test
    void aChildBornOnTheLastOfJulyIsSuggestedForTheFirstOfAugust() {
        String family = uniqueSurname();
        UUID lily = child("Lily", family, LocalDate.of(2016, 7, 31));
        var suggestion = suggestionOf(lily, new MatchCandidate("Lily", family, LocalDate.of(2016, 8, 1), null, null));
        assertThat(suggestion).get().satisfies(s -> {
            assertThat(s.strength()).isEqualTo(Strength.POSSIBLE);
            assertThat(s.reasons()).contains("Date of birth one day apart", "Same surname", "Same given name");
            assertThat(s.person().familyName()).isEqualTo(family);
        });
    }

    @Test
    void aChildBornOnThe19thIsSuggestedForThe20thEvenWithAMisspeltGivenName() {
        String family = uniqueSurname();
        UUID lily = child("Lily", family, LocalDate.of(2015, 11, 19));
        assertThat(suggestionOf(lily, new MatchCandidate("Liky", family, LocalDate.of(2015, 11, 20), null, null)))
                .get().extracting(MatchSuggestion::strength).isEqualTo(Strength.POSSIBLE);
    }

    @Test
    void dayAndMonthSwappedWithAMisspeltSurnameIsStillAStrongMatch() {
        String family = uniqueSurname();
        UUID lily = child("Lily", family, LocalDate.of(2016, 3, 9));
        String misspelt = family.substring(0, 4) + (family.charAt(4) == 'z' ? 'y' : 'z') + family.substring(5);
        assertThat(suggestionOf(lily, new MatchCandidate("Lily", misspelt, LocalDate.of(2016, 9, 3), null, null)))
                .get().satisfies(s -> {
                    assertThat(s.strength()).isEqualTo(Strength.STRONG);
                    assertThat(s.reasons()).contains("Date of birth with day and month swapped");
                });
    }

    @Test
    void aShortFormFromTheShippedListFindsTheChild() {
        String family = uniqueSurname();
        UUID archibald = child("Archibald", family, LocalDate.of(2014, 5, 6));
        assertThat(suggestionOf(archibald, new MatchCandidate("Archie", family, LocalDate.of(2014, 5, 7), null, null)))
                .get().satisfies(s -> assertThat(s.reasons()).contains("Archie may be short for Archibald"));
    }

    @Test
    void twoLettersWrongInTheSurnameStillFindTheChild() {
        String family = uniqueSurname();
        UUID oscar = child("Oscar", family, LocalDate.of(2013, 2, 14));
        String twoWrong = family.substring(0, 3) + swap(family.charAt(3)) + family.substring(4, 6) + swap(family.charAt(6))
                + family.substring(7);
        assertThat(suggestionOf(oscar, new MatchCandidate("Oscar", twoWrong, LocalDate.of(2013, 2, 14), null, null)))
                .get().satisfies(s -> assertThat(s.reasons()).contains("Same date of birth", "Same given name")
                        .anyMatch(r -> r.startsWith("Surname")));
    }

    private static char swap(char letter) {
        return letter == 'x' ? 'w' : 'x';
    }

    @Test
    void aVariantTheCouncilAddsIsUsedAtOnceAndAudited() {
        String family = uniqueSurname();
        String given = "Jaswinder";
        String shortForm = "Jas";
        UUID child = child(given, family, LocalDate.of(2012, 8, 9));
        var before = suggestionOf(child, new MatchCandidate(shortForm, family, LocalDate.of(2012, 8, 9), null, null));
        assertThat(before).as("no list knows it: a given name that differs").get()
                .extracting(MatchSuggestion::strength).isEqualTo(Strength.POSSIBLE);

        users.run("admin", () -> councilVariants.add(given, shortForm, "Common in our Punjabi community"));
        var after = suggestionOf(child, new MatchCandidate(shortForm, family, LocalDate.of(2012, 8, 9), null, null));
        assertThat(after).get().satisfies(s -> {
            assertThat(s.strength()).isEqualTo(Strength.STRONG);
            assertThat(s.reasons()).contains("Jas may be short for Jaswinder");
        });
        assertThat(AuditLog.count(jdbc, "admin", "NAME_VARIANT_ADDED", "ALLOWED")).isPositive();
        assertThat(users.call("admin", () -> councilVariants.all()))
                .anyMatch(v -> v.name().equals(given.toLowerCase()) && v.variant().equals(shortForm.toLowerCase()));

        users.run("admin", () -> councilVariants.remove(given.toLowerCase(), shortForm.toLowerCase()));
        assertThat(suggestionOf(child, new MatchCandidate(shortForm, family, LocalDate.of(2012, 8, 9), null, null)))
                .get().extracting(MatchSuggestion::strength).isEqualTo(Strength.POSSIBLE);
    }

    @Test
    void onlyAdministratorsChangeTheCouncilsVariantsAndEveryProblemIsNamed() {
        assertThatThrownBy(() -> users.run("front.door", () -> councilVariants.add("jaswinder", "jazz", "Because")))
                .isInstanceOf(AccessRefused.class);
        assertThat(AuditLog.count(jdbc, "front.door", "NAME_VARIANT_ADD_REFUSED", "REFUSED")).isPositive();
        InvalidInput e = (InvalidInput) org.assertj.core.api.Assertions.catchThrowable(
                () -> users.run("admin", () -> councilVariants.add(" ", "b4rt", "")));
        assertThat(e.problems()).extracting(InvalidInput.Problem::field).containsExactly("name", "variant", "reason");
        InvalidInput known = (InvalidInput) org.assertj.core.api.Assertions.catchThrowable(
                () -> users.run("admin", () -> councilVariants.add("William", "Bill", "Already known")));
        assertThat(known.problems()).extracting(InvalidInput.Problem::message)
                .containsExactly("Bill is already a variant of William");
    }

    @Test
    void theNameVariantsPageListsAddsAndIsForAdministratorsOnly() throws Exception {
        String name = "zaynab" + uniqueSurname().substring(1, 4).toLowerCase();
        mvc.perform(post("/admin/name-variants").with(users.as("admin")).with(csrf())
                        .param("name", name).param("variant", "").param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("govuk-error-summary")))
                .andExpect(content().string(Matchers.containsString("href=\"#variant\"")))
                .andExpect(content().string(Matchers.containsString("Enter the short or familiar form")))
                .andExpect(content().string(Matchers.containsString("value=\"" + name + "\"")));
        mvc.perform(post("/admin/name-variants").with(users.as("admin")).with(csrf())
                        .param("name", name).param("variant", "Zay").param("reason", "Common locally"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/name-variants").with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(name)))
                .andExpect(content().string(Matchers.containsString("Common locally")));
        mvc.perform(get("/admin/name-variants").with(users.as("front.door"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/name-variants").with(users.as("team.manager")).with(csrf())
                        .param("name", "jo").param("variant", "joanna").param("reason", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRestrictedRecordIsNeverSuggestedToSomeoneNotNamedOnIt() {
        String family = uniqueSurname();
        UUID ivy = child("Ivy", family, LocalDate.of(2017, 2, 3));
        users.run("admin", () -> restrictedRecords.restrict(ivy, "Child of a member of staff"));
        long withheld = AuditLog.count(jdbc, "front.door", "RESTRICTED_RECORD_WITHHELD", "ALLOWED");
        for (MatchCandidate referral : List.of(new MatchCandidate("Ivy", family, LocalDate.of(2017, 2, 3), null, null),
                new MatchCandidate("Ivy", family, LocalDate.of(2017, 2, 4), null, null))) {
            List<MatchSuggestion> shown = users.call("front.door", () -> matcher.suggest(referral));
            assertThat(shown).noneMatch(s -> ivy.equals(s.person().id()) || s.person().withheld()
                    || family.equals(s.person().familyName()));
        }
        assertThat(AuditLog.count(jdbc, "front.door", "RESTRICTED_RECORD_WITHHELD", "ALLOWED"))
                .as("the strong and the possible match, each audited against her").isEqualTo(withheld + 2);
        assertThat(matcher.match(new MatchCandidate("Ivy", family, LocalDate.of(2017, 2, 3), null, null), 10))
                .as("the unchecked matching finds her: only suggest applies the policy")
                .anyMatch(s -> s.person().id().equals(ivy));
    }
}
