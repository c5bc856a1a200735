package kith.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import kith.shared.InvalidInput;
import kith.support.PersonMother;
import org.junit.jupiter.api.Test;

class PersonRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static List<String> fieldsRejected(PersonDetails details) {
        InvalidInput e = catchThrowableOfType(InvalidInput.class, () -> PersonRules.check(details, TODAY));
        assertThat(e).as("expected the details to be refused").isNotNull();
        return e.problems().stream().map(InvalidInput.Problem::field).toList();
    }

    @Test
    void acceptsAnOrdinaryChild() {
        assertThatCode(() -> PersonRules.check(PersonMother.child().details(), TODAY)).doesNotThrowAnyException();
    }

    @Test
    void refusesADateOfBirthInTheFuture() {
        assertThat(fieldsRejected(PersonMother.child().withDateOfBirth(TODAY.plusDays(1)).details()))
                .containsExactly("dateOfBirth");
    }

    @Test
    void acceptsADateOfBirthOfToday() {
        assertThatCode(() -> PersonRules.check(PersonMother.child().withDateOfBirth(TODAY).details(), TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAnUnbornChildWithoutAnExpectedDateOfBirth() {
        // DfE CIN rule 8525Q
        assertThat(fieldsRejected(PersonMother.unbornChild().withExpectedDateOfBirth(null).details()))
                .containsExactly("expectedDateOfBirth");
    }

    @Test
    void refusesABornChildWithoutADateOfBirth() {
        assertThat(fieldsRejected(PersonMother.child().withDateOfBirth(null).details())).containsExactly("dateOfBirth");
    }

    @Test
    void refusesAnUnbornChildWhoseSexIsGiven() {
        // DfE CIN rule 4180
        assertThat(fieldsRejected(PersonMother.unbornChild().withSex("F").details())).containsExactly("sex");
    }

    @Test
    void refusesAnInvalidNhsNumberAndUpn() {
        assertThat(fieldsRejected(PersonMother.child().withNhsNumber("9434765918").withUpn("A801200005001").details()))
                .containsExactlyInAnyOrder("nhsNumber", "upn");
    }

    @Test
    void reportsEveryMissingNameAtOnce() {
        assertThat(fieldsRejected(PersonMother.child().withGivenName(" ").withFamilyName(null).details()))
                .containsExactlyInAnyOrder("givenName", "familyName");
    }

    @Test
    void refusesAnUnknownEthnicityCode() {
        PersonDetails details = PersonMother.child().details();
        PersonDetails wrong = new PersonDetails(details.kind(), false, "A", "B", null, List.of(), details.dateOfBirth(),
                null, "M", "XXXX", List.of("MOB", "NOPE"), List.of(), List.of(), null, null, null);
        assertThat(fieldsRejected(wrong)).containsExactlyInAnyOrder("ethnicity", "disabilities");
    }

    @Test
    void refusesAPreferredNameOver100CharactersSayingTheLimit() {
        PersonDetails details = PersonMother.child().details();
        PersonDetails long_ = new PersonDetails(details.kind(), false, details.givenName(), details.familyName(),
                "p".repeat(100_000), details.aliases(), details.dateOfBirth(), null, details.sex(), null, List.of(),
                List.of(), List.of(), null, null, null);
        InvalidInput e = catchThrowableOfType(InvalidInput.class, () -> PersonRules.check(long_, TODAY));
        assertThat(e.problems()).containsExactly(
                new InvalidInput.Problem("preferredName", "Enter a preferred name of 100 characters or fewer"));
    }

    @Test
    void refusesTenThousandOtherNamesAndAnOtherNameTooLong() {
        PersonDetails details = PersonMother.child().details();
        List<PersonName> many = java.util.Collections.nCopies(10_000, new PersonName("Al", "Ias"));
        assertThat(fieldsRejected(new PersonDetails(details.kind(), false, details.givenName(), details.familyName(),
                null, many, details.dateOfBirth(), null, details.sex(), null, List.of(), List.of(), List.of(), null,
                null, null))).containsExactly("aliases");
        assertThat(fieldsRejected(new PersonDetails(details.kind(), false, details.givenName(), details.familyName(),
                null, List.of(new PersonName("Al", "I".repeat(101))), details.dateOfBirth(), null, details.sex(), null,
                List.of(), List.of(), List.of(), null, null, null))).containsExactly("aliases[0].familyName");
    }

    @Test
    void refusesTooManyLanguagesAndAddresses() {
        PersonDetails details = PersonMother.child().details();
        Address home = new Address("1 High Street", null, "Kithbridge", "SW1A 2AA", null, null, false);
        assertThat(fieldsRejected(new PersonDetails(details.kind(), false, details.givenName(), details.familyName(),
                null, List.of(), details.dateOfBirth(), null, details.sex(), null, List.of(),
                java.util.Collections.nCopies(11, "Welsh"), java.util.Collections.nCopies(5_000, home), null, null, null)))
                .containsExactlyInAnyOrder("languages", "addresses");
    }
}
