package kith.frontdoor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.people.PersonDetails;
import kith.people.PersonKind;
import kith.people.PersonManagement;
import kith.people.matching.MatchCandidate;
import kith.people.matching.MatchSuggestion;
import kith.people.matching.PersonMatcher;
import kith.shared.Actors;
import kith.shared.InvalidInput;
import kith.shared.StaleRecord;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The screener's work on a contact: recognise each child (suggested matches, link or create a record), then
 * decide whether the threshold for a referral is met. Front door and managers only.
 */
@Service
public class Screening {

    private final Contacts contacts;
    private final ContactRepository repository;
    private final Referrals referrals;
    private final PersonMatcher matcher;
    private final PersonManagement people;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    Screening(Contacts contacts, ContactRepository repository, Referrals referrals, PersonMatcher matcher,
            PersonManagement people, RecordAccess access, AuditTrail audit, Clock clock) {
        this.contacts = contacts;
        this.repository = repository;
        this.referrals = referrals;
        this.matcher = matcher;
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * People who may be the child at {@code position}, strong matches first, each with its reasons and what
     * differs. Nothing once the child is linked.
     */
    @Transactional
    public List<MatchSuggestion> suggestionsFor(UUID contactId, int position) {
        access.checkMayWorkTheFrontDoor();
        ContactChild child = childAt(contacts.load(contactId), position);
        return child.personId() != null ? List.of() : suggestionsFor(child);
    }

    private List<MatchSuggestion> suggestionsFor(ContactChild child) {
        return matcher.suggest(new MatchCandidate(child.givenName(), child.familyName(),
                child.dateOfBirth() != null ? child.dateOfBirth() : child.expectedDateOfBirth(), child.nhsNumber(),
                child.address(), child.postcode()));
    }

    /** The screener says the child at {@code position} is this person. */
    @Transactional
    public void link(UUID contactId, long expectedVersion, int position, UUID personId) {
        access.checkMayWorkTheFrontDoor();
        Contact contact = loadAt(contactId, expectedVersion);
        if (personId == null || !people.exists(personId)) {
            throw new InvalidInput("personId", "Select the person this child is");
        }
        access.checkMayOpen(personId);
        contact.link(position, personId, Actors.currentOrSystem().username(), clock.instant());
        save(contact);
        audit.record(AuditRecord.allowed("CONTACT_CHILD_LINKED", List.of(contactId, personId)));
    }

    /**
     * No record is the child: create one from what the referrer said, and link it. While anyone is suggested
     * for the child (strong or possible), the screener must say that they checked and none of them is the
     * child: a new record for a child Kith knows is a duplicate, and the child's history is split.
     *
     * @throws InvalidInput ({@code confirmNoneMatch}) when people are suggested and the screener did not confirm
     */
    @Transactional
    public UUID createRecordFor(UUID contactId, long expectedVersion, int position, boolean checkedNoneMatch) {
        access.checkMayWorkTheFrontDoor();
        Contact contact = loadAt(contactId, expectedVersion);
        ContactChild child = childAt(contact, position);
        if (!checkedNoneMatch && !suggestionsFor(child).isEmpty()) {
            throw new InvalidInput("confirmNoneMatch",
                    "Confirm that you have checked the suggested people and none of them is this child");
        }
        boolean unborn = child.dateOfBirth() == null && child.expectedDateOfBirth() != null;
        if (child.dateOfBirth() == null && child.expectedDateOfBirth() == null) {
            throw new InvalidInput("dateOfBirth",
                    "The referrer did not give a date of birth: add the child on the Add a person page, then link them");
        }
        var created = people.create(new PersonDetails(PersonKind.CHILD, unborn, child.givenName(), child.familyName(),
                null, List.of(), child.dateOfBirth(), child.expectedDateOfBirth(), unborn ? "U" : null, null, List.of(),
                List.of(), child.address() == null && child.postcode() == null ? List.of()
                        : List.of(new kith.people.Address(child.address() == null ? "Not known" : child.address(), null,
                                null, child.postcode(), null, null, false)),
                child.nhsNumber(), child.nhsNumber() == null ? null : "Referrer", null));
        contact.link(position, created.id(), Actors.currentOrSystem().username(), clock.instant());
        save(contact);
        audit.record(AuditRecord.allowed("CONTACT_CHILD_LINKED", List.of(contactId, created.id())));
        return created.id();
    }

    /** The threshold for a referral is not met: close with information and advice, or no further action. */
    @Transactional
    public void closeWithoutReferral(UUID contactId, long expectedVersion, ReferralDecision outcome, String reason) {
        access.checkMayWorkTheFrontDoor();
        Contact contact = loadAt(contactId, expectedVersion);
        contact.closeWithoutReferral(outcome, reason, Actors.currentOrSystem().username(), clock.instant());
        save(contact);
        audit.record(AuditRecord.allowed("CONTACT_CLOSED", List.of(contactId)).withReason(reason));
    }

    /** The threshold is met: one referral per child, each received on the contact's date. */
    @Transactional
    public List<UUID> acceptAsReferral(UUID contactId, long expectedVersion) {
        access.checkMayWorkTheFrontDoor();
        Contact contact = loadAt(contactId, expectedVersion);
        Instant now = clock.instant();
        List<UUID> children = contact.becomeReferral(Actors.currentOrSystem().username(), now);
        save(contact);
        List<UUID> created = children.stream()
                .map(child -> referrals.receive(contact.id(), child, contact.receivedOn(), contact.referralSource()))
                .toList();
        audit.record(AuditRecord.allowed("CONTACT_ACCEPTED_AS_REFERRAL", List.of(contactId)));
        return created;
    }

    private Contact loadAt(UUID contactId, long expectedVersion) {
        Contact contact = contacts.load(contactId);
        if (!contact.isAt(expectedVersion)) {
            throw new StaleRecord("Contact", contactId);
        }
        return contact;
    }

    private void save(Contact contact) {
        try {
            repository.save(contact);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecord("Contact", contact.id());
        }
    }

    private static ContactChild childAt(Contact contact, int position) {
        if (position < 0 || position >= contact.children().size()) {
            throw new InvalidInput("position", "There is no such child in this contact");
        }
        return contact.children().get(position);
    }
}
