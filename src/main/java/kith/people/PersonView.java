package kith.people;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A person's record as pages, the API and other modules read it. */
public record PersonView(
        UUID id,
        long version,
        PersonKind kind,
        String givenName,
        String familyName,
        String preferredName,
        List<PersonName> aliases,
        LocalDate dateOfBirth,
        LocalDate expectedDateOfBirth,
        Sex sex,
        Ethnicity ethnicity,
        List<Disability> disabilities,
        List<String> languages,
        List<Address> addresses,
        NhsNumber nhsNumber,
        String nhsNumberSource,
        boolean nhsNumberVerified,
        Upn upn,
        LaChildId laChildId,
        Instant createdAt,
        Instant updatedAt) {

    public String fullName() {
        return givenName + " " + familyName;
    }

    public boolean unborn() {
        return kind == PersonKind.CHILD && dateOfBirth == null;
    }

    public Optional<Address> currentAddress() {
        return addresses.stream().filter(a -> a.movedOut() == null).findFirst();
    }

    /** Age in whole years on the given day, or empty for an unborn child. */
    public Optional<Integer> ageOn(LocalDate day) {
        return dateOfBirth == null ? Optional.empty() : Optional.of(Period.between(dateOfBirth, day).getYears());
    }

    public boolean hasConfidentialAddress() {
        return addresses.stream().anyMatch(Address::confidential);
    }
}
