package kith.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kith.shared.InvalidInput;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Someone got in touch about one or more children. The screener links each child to a person record and
 * decides whether the threshold for a referral is met; the contact keeps what the referrer said as said.
 */
@Table("contact")
class Contact {

    enum Status {
        AWAITING_SCREENING,
        CLOSED_AT_CONTACT,
        BECAME_REFERRAL
    }

    @Id
    private final UUID id;

    @Version
    private Long version;

    private final Instant receivedAt;
    private final LocalDate receivedOn;
    private final String recordedBy;
    private final boolean submittedByPartner;
    private final String referrerKind;
    private final UUID referrerAgencyId;
    private final String referrerAgencyName;
    private final String referrerName;
    private final String referrerContact;
    private final String referralSource;
    private final String worry;
    private final boolean familyKnows;
    private final boolean familyAgrees;
    private final String lawfulBasis;
    private final String fingerprint;
    private Status status;
    private String outcome;
    private String outcomeReason;
    private String screenedBy;
    private Instant screenedAt;

    @MappedCollection(idColumn = "contact_id", keyColumn = "position")
    private List<ContactChild> children;

    @PersistenceCreator
    Contact(UUID id, Long version, Instant receivedAt, LocalDate receivedOn, String recordedBy,
            boolean submittedByPartner, String referrerKind, UUID referrerAgencyId, String referrerAgencyName,
            String referrerName, String referrerContact, String referralSource, String worry, boolean familyKnows,
            boolean familyAgrees, String lawfulBasis, String fingerprint, List<ContactChild> children) {
        this.id = id;
        this.version = version;
        this.receivedAt = receivedAt;
        this.receivedOn = receivedOn;
        this.recordedBy = recordedBy;
        this.submittedByPartner = submittedByPartner;
        this.referrerKind = referrerKind;
        this.referrerAgencyId = referrerAgencyId;
        this.referrerAgencyName = referrerAgencyName;
        this.referrerName = referrerName;
        this.referrerContact = referrerContact;
        this.referralSource = referralSource;
        this.worry = worry;
        this.familyKnows = familyKnows;
        this.familyAgrees = familyAgrees;
        this.lawfulBasis = lawfulBasis;
        this.fingerprint = fingerprint;
        this.children = new ArrayList<>(children);
        this.status = Status.AWAITING_SCREENING;
    }

    static Contact receive(NewContact details, String recordedBy, boolean byPartner, Instant at, LocalDate on,
            String fingerprint) {
        return new Contact(UUID.randomUUID(), null, at, on, recordedBy, byPartner, details.referrerKind().name(),
                details.referrerAgencyId(), details.referrerAgencyName(), details.referrerName(),
                details.referrerContact(), details.referralSource().code(), details.worry().trim(),
                details.familyKnows(), details.familyAgrees(),
                details.lawfulBasis() == null ? null : details.lawfulBasis().name(), fingerprint,
                details.children().stream().map(ContactChild::of).toList());
    }

    /** Links the child at {@code position} to a person record. */
    void link(int position, UUID personId, String by, Instant at) {
        requireAwaitingScreening();
        if (position < 0 || position >= children.size()) {
            throw new InvalidInput("position", "There is no such child in this contact");
        }
        children.set(position, children.get(position).linkedTo(personId, by, at));
    }

    /** The threshold is not met: the contact closes with information and advice or no further action. */
    void closeWithoutReferral(ReferralDecision outcome, String reason, String by, Instant at) {
        requireAwaitingScreening();
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (outcome != ReferralDecision.NO_FURTHER_ACTION && outcome != ReferralDecision.INFORMATION_AND_ADVICE) {
            problems.add(new InvalidInput.Problem("outcome", "Select information and advice or no further action"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new InvalidInput.Problem("reason", "Enter why the threshold for a referral is not met"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        this.status = Status.CLOSED_AT_CONTACT;
        this.outcome = outcome.name();
        this.outcomeReason = reason.trim();
        this.screenedBy = by;
        this.screenedAt = at;
    }

    /** The threshold is met: every child must be linked first, one referral follows for each. */
    List<UUID> becomeReferral(String by, Instant at) {
        requireAwaitingScreening();
        if (children.stream().anyMatch(child -> child.personId() == null)) {
            throw new InvalidInput("children", "Link every child to a record, or create one, before accepting the referral");
        }
        this.status = Status.BECAME_REFERRAL;
        this.screenedBy = by;
        this.screenedAt = at;
        return children.stream().map(ContactChild::personId).distinct().toList();
    }

    private void requireAwaitingScreening() {
        if (status != Status.AWAITING_SCREENING) {
            throw new InvalidInput("status", "This contact has already been screened");
        }
    }

    boolean isAt(long expectedVersion) {
        return version != null && version == expectedVersion;
    }

    UUID id() {
        return id;
    }

    LocalDate receivedOn() {
        return receivedOn;
    }

    String referralSource() {
        return referralSource;
    }

    String recordedBy() {
        return recordedBy;
    }

    boolean submittedByPartner() {
        return submittedByPartner;
    }

    List<ContactChild> children() {
        return List.copyOf(children);
    }

    ContactView view(List<ContactView.ReferralOutcome> referrals) {
        return new ContactView(id, version == null ? 0 : version, receivedAt, receivedOn, recordedBy,
                submittedByPartner, referrerKind, referrerAgencyName, referrerName, referrerContact,
                ReferralSource.fromCode(referralSource).orElseThrow(), worry, familyKnows, familyAgrees,
                lawfulBasis == null ? null : LawfulBasis.valueOf(lawfulBasis), status.name(),
                outcome == null ? null : ReferralDecision.valueOf(outcome), outcomeReason, screenedBy,
                children.stream().map(ContactChild::view).toList(), referrals);
    }
}
