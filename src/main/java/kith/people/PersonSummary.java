package kith.people;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A search result. {@code restricted} marks a restricted record the user is named on; restricted records the
 * user is not named on are never results.
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

    PersonSummary markedRestricted() {
        return new PersonSummary(id, true, kind, givenName, familyName, dateOfBirth, expectedDateOfBirth, nhsNumber,
                laChildId, postcode, score);
    }

    public String fullName() {
        return givenName + " " + familyName;
    }
}
