package kith.support;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import kith.people.Address;
import kith.people.PersonDetails;
import kith.people.PersonKind;

/** Invented people for tests, with sensible defaults: {@code PersonMother.child().withFamilyName("Hart").details()}. */
public final class PersonMother {

    // Test NHS numbers start above the demo data's, so tests never collide with it or with each other.
    private static final AtomicLong NEXT_NHS = new AtomicLong(999_600_000L);

    private PersonKind kind = PersonKind.CHILD;
    private boolean unborn;
    private String givenName = "Amelia";
    private String familyName = "Hartley";
    private LocalDate dateOfBirth = LocalDate.of(2019, 3, 4);
    private LocalDate expectedDateOfBirth;
    private String sex = "F";
    private String nhsNumber = uniqueNhsNumber();
    private String upn;
    private List<Address> addresses = List.of(new Address("4 Mill Lane", null, "Kithbridge", "KB1 4XY", null, null, false));

    public static PersonMother child() {
        return new PersonMother();
    }

    public static PersonMother unbornChild() {
        PersonMother mother = new PersonMother();
        mother.unborn = true;
        mother.dateOfBirth = null;
        mother.expectedDateOfBirth = LocalDate.now().plusMonths(3);
        mother.sex = "U";
        mother.givenName = "Baby";
        return mother;
    }

    public static PersonMother adult() {
        PersonMother mother = new PersonMother();
        mother.kind = PersonKind.ADULT;
        mother.dateOfBirth = LocalDate.of(1988, 6, 1);
        mother.givenName = "Claire";
        return mother;
    }

    public static String uniqueNhsNumber() {
        while (true) {
            String nine = Long.toString(NEXT_NHS.getAndIncrement());
            for (int check = 0; check <= 9; check++) {
                if (kith.people.NhsNumber.isValid(nine + check)) {
                    return nine + check;
                }
            }
        }
    }

    public PersonMother withGivenName(String value) { this.givenName = value; return this; }
    public PersonMother withFamilyName(String value) { this.familyName = value; return this; }
    public PersonMother withDateOfBirth(LocalDate value) { this.dateOfBirth = value; return this; }
    public PersonMother withExpectedDateOfBirth(LocalDate value) { this.expectedDateOfBirth = value; return this; }
    public PersonMother withNhsNumber(String value) { this.nhsNumber = value; return this; }
    public PersonMother withUpn(String value) { this.upn = value; return this; }
    public PersonMother withSex(String value) { this.sex = value; return this; }

    public PersonDetails details() {
        return new PersonDetails(kind, unborn, givenName, familyName, null, List.of(), dateOfBirth, expectedDateOfBirth,
                sex, "WBRI", List.of(), List.of("English"), addresses, nhsNumber, "GP record", upn);
    }
}
