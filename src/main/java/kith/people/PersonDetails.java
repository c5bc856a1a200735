package kith.people;

import java.time.LocalDate;
import java.util.List;

/**
 * What a user says about a person when creating or changing the record; checked by {@link PersonRules}
 * before anything is saved. {@code unborn} says that a child is not yet born, so has an
 * expected date of birth instead of a date of birth. Codes are DfE codes as text, so that a wrong code is reported, not thrown.
 */
public record PersonDetails(
        PersonKind kind,
        boolean unborn,
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

    public PersonDetails {
        unborn = unborn && kind == PersonKind.CHILD;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        disabilities = disabilities == null ? List.of() : List.copyOf(disabilities);
        languages = languages == null ? List.of() : List.copyOf(languages);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }
}
