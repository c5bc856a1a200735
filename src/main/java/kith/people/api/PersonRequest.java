package kith.people.api;

import java.time.LocalDate;
import java.util.List;
import kith.people.Address;
import kith.people.PersonDetails;
import kith.people.PersonKind;
import kith.people.PersonName;
import kith.shared.InvalidInput;

/**
 * The body of a create or update: {@code kind} defaults to CHILD, and {@code unborn} to whether only an
 * expected date of birth is given.
 */
record PersonRequest(
        String kind,
        Boolean unborn,
        String givenName,
        String familyName,
        String preferredName,
        List<PersonName> aliases,
        LocalDate dateOfBirth,
        LocalDate expectedDateOfBirth,
        String sex,
        String ethnicity,
        List<String> disabilities,
        List<String> languages,
        List<Address> addresses,
        String nhsNumber,
        String nhsNumberSource,
        String upn) {

    PersonDetails details() {
        PersonKind personKind;
        try {
            personKind = kind == null || kind.isBlank() ? PersonKind.CHILD : PersonKind.valueOf(kind.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("kind", "kind must be CHILD or ADULT");
        }
        boolean isUnborn = unborn != null ? unborn : dateOfBirth == null && expectedDateOfBirth != null;
        return new PersonDetails(personKind, isUnborn, givenName, familyName, preferredName, aliases, dateOfBirth,
                expectedDateOfBirth, sex, ethnicity, disabilities, languages, addresses, nhsNumber, nhsNumberSource, upn);
    }
}
