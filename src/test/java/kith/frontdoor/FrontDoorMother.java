package kith.frontdoor;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.frontdoor.NewContact.Child;
import kith.frontdoor.NewContact.ReferrerKind;
import kith.people.PersonManagement;
import kith.support.PersonMother;
import kith.support.Users;

/** Invented contacts and referrals for front-door tests. */
final class FrontDoorMother {

    private FrontDoorMother() {}

    static NewContact contactAbout(String given, String family, LocalDate born, String worry) {
        return new NewContact(ReferrerKind.AGENCY, null, "Kithbridge Primary School", "Ms Teacher", "01234 567890",
                ReferralSource.SOURCE_2A, List.of(new Child(given, family, born, null, null, null, null)), worry, true,
                true, null);
    }

    /** A child known to Kith (a person record), created by a social worker. */
    static UUID knownChild(Users users, PersonManagement people, String given, String family, LocalDate born) {
        return users.call("social.worker", () -> people.create(PersonMother.child().withGivenName(given)
                .withFamilyName(family).withDateOfBirth(born).details()).id());
    }

    /** A contact about {@code child}, screened and accepted: returns the referral id. */
    static UUID referralFor(Users users, Contacts contacts, Screening screening, UUID child, String given, String family,
            LocalDate born) {
        return users.call("front.door", () -> {
            ContactView contact = contacts.record(contactAbout(given, family, born, "Worry " + UUID.randomUUID()), false);
            screening.link(contact.id(), 0, 0, child);
            return screening.acceptAsReferral(contact.id(), 1).get(0);
        });
    }
}
