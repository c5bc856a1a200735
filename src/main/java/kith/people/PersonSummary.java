package kith.people;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A search result. When the record is restricted and the user is not named on it, only {@code id} and
 * {@code restricted} are filled: the user learns that a record exists, nothing about whom.
 */
public record PersonSummary(
        UUID id,
        boolean restricted,
        PersonKind kind,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        LocalDate expectedDateOfBirth,
        NhsNumber nhsNumber,
        LaChildId laChildId,
        String postcode,
        double score) {

    static PersonSummary restricted(UUID id) {
        return new PersonSummary(id, true, null, null, null, null, null, null, null, null, 0);
    }

    public String fullName() {
        return givenName + " " + familyName;
    }
}
