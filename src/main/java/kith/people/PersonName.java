package kith.people;

/** A name a person is or was known by. */
public record PersonName(String givenName, String familyName) {}
