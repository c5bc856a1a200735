package kith.people.matching;

import java.time.LocalDate;

/**
 * What a referrer told us about a child, to be matched against the people Kith already knows.
 *
 * @param identifier an identifier the referrer quoted: at the front door an NHS number. It is compared with each
 *                   person's NHS number and LA child id.
 * @param address    the address as given, in one line or several joined by commas, without the postcode
 */
public record MatchCandidate(String givenName, String familyName, LocalDate dateOfBirth, String identifier,
        String address, String postcode) {

    /** A candidate without an address (the postcode may still be given). */
    public MatchCandidate(String givenName, String familyName, LocalDate dateOfBirth, String identifier, String postcode) {
        this(givenName, familyName, dateOfBirth, identifier, null, postcode);
    }
}
