package kith.networks;

import java.time.LocalDate;
import kith.people.PersonKind;

/**
 * Someone not yet known to Kith, added to a child's network: they become a person (so that later referrals match
 * against them) with their relationship to the child, in the same transaction.
 */
public record NewPerson(PersonKind kind, String givenName, String familyName, LocalDate dateOfBirth) {}
