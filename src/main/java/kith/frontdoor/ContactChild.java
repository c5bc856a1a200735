package kith.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** A child a contact is about, as described, and the person record the screener linked. */
@Table("contact_child")
record ContactChild(String givenName, String familyName, LocalDate dateOfBirth, LocalDate expectedDateOfBirth,
        String nhsNumber, String address, String postcode, UUID personId, String linkedBy, Instant linkedAt) {

    static ContactChild of(NewContact.Child child) {
        return new ContactChild(child.givenName().trim(), child.familyName().trim(), child.dateOfBirth(),
                child.expectedDateOfBirth(), child.nhsNumber(), blankToNull(child.address()),
                blankToNull(child.postcode()), null, null, null);
    }

    ContactChild linkedTo(UUID person, String by, Instant at) {
        return new ContactChild(givenName, familyName, dateOfBirth, expectedDateOfBirth, nhsNumber, address, postcode,
                person, by, at);
    }

    /** As described; the caller adds the linked record through people's Identities. */
    ContactView.Child view() {
        return new ContactView.Child(givenName, familyName, dateOfBirth, expectedDateOfBirth, nhsNumber, address,
                postcode, personId, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
