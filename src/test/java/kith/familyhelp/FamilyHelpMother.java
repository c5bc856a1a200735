package kith.familyhelp;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.frontdoor.ContactView;
import kith.frontdoor.Contacts;
import kith.frontdoor.NewContact;
import kith.frontdoor.ReferralDecision;
import kith.frontdoor.ReferralSource;
import kith.frontdoor.Referrals;
import kith.frontdoor.Screening;
import kith.people.PersonManagement;
import kith.support.PersonMother;
import kith.support.Users;
import org.springframework.stereotype.Component;

/** A known child with a referral decided as Family Help, and episodes opened from it, for tests. */
@Component
public class FamilyHelpMother {

    private final Users users;
    private final PersonManagement people;
    private final Contacts contacts;
    private final Screening screening;
    private final Referrals referrals;
    private final FamilyHelpOpening opening;
    private final FamilyHelpAllocation allocation;
    private final kith.access.UserAccounts accounts;
    private final Visits visits;

    FamilyHelpMother(Users users, PersonManagement people, Contacts contacts, Screening screening, Referrals referrals,
            FamilyHelpOpening opening, FamilyHelpAllocation allocation, kith.access.UserAccounts accounts, Visits visits) {
        this.accounts = accounts;
        this.visits = visits;
        this.users = users;
        this.people = people;
        this.contacts = contacts;
        this.screening = screening;
        this.referrals = referrals;
        this.opening = opening;
        this.allocation = allocation;
    }

    public Visits visits() {
        return visits;
    }

    /** A child known to Kith, with a fresh family name. */
    public UUID child(String given, String family) {
        return users.call("social.worker", () -> people.create(PersonMother.child().withGivenName(given)
                .withFamilyName(family).withDateOfBirth(LocalDate.of(2019, 2, 11)).details()).id());
    }

    /** A referral about {@code child}, accepted from a school's contact and not yet decided. */
    public UUID undecidedReferral(UUID child, String given, String family) {
        return users.call("front.door", () -> {
            ContactView contact = contacts.record(new NewContact(NewContact.ReferrerKind.AGENCY, null, "Kithbridge Primary School",
                    "Ms Teacher", null, ReferralSource.SOURCE_2A,
                    List.of(new NewContact.Child(given, family, LocalDate.of(2019, 2, 11), null, null, null, null)),
                    "Worried about " + given + " " + UUID.randomUUID(), true, true, null), false);
            screening.link(contact.id(), 0, 0, child);
            return screening.acceptAsReferral(contact.id(), 1).get(0);
        });
    }

    /** A referral about {@code child} decided as {@code decision}. */
    public UUID decidedReferral(UUID child, String given, String family, ReferralDecision decision) {
        UUID referral = undecidedReferral(child, given, family);
        users.run("front.door", () -> referrals.decide(referral, 0, decision, "Family Help will help", null, true));
        return referral;
    }

    /** A Family Help episode opened by the team manager from a decided referral. */
    public EpisodeView episode(String given, String family, ReferralDecision decision) {
        UUID child = child(given, family);
        UUID referral = decidedReferral(child, given, family, decision);
        return users.call("team.manager", () -> opening.openFromReferral(referral));
    }

    /** The same, with the health visitor allocated as lead practitioner. */
    public EpisodeView episodeLedByHealthVisitor(String given, String family, ReferralDecision decision) {
        EpisodeView episode = episode(given, family, decision);
        UUID healthVisitor = accounts.loadUserByUsername("health.visitor").practitionerId();
        return users.call("team.manager", () -> allocation.allocateLead(episode.id(), episode.version(), healthVisitor));
    }
}
