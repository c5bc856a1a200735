package kith.people;

import java.time.LocalDate;

/** What a referrer told us about a child, to be matched against the people Kith already knows. */
public record MatchCandidate(String givenName, String familyName, LocalDate dateOfBirth, String nhsNumber, String postcode) {}
