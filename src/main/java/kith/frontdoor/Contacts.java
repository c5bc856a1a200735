package kith.frontdoor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.access.RecordAccess;
import kith.access.UserAccounts;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.frontdoor.NewContact.ReferrerKind;
import kith.partnership.AgencyKind;
import kith.partnership.PartnershipDirectory;
import kith.partnership.PractitionerView;
import kith.people.Identities;
import kith.people.Identity;
import kith.shared.Actor;
import kith.shared.Actors;
import kith.shared.RecordNotFound;
import kith.shared.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receiving contacts: recorded by the front door, or submitted by a partner through the partner referral
 * page; and reading them back (the front door every contact, a partner only their own, with its outcome).
 */
@Service
public class Contacts {

    /** A second identical submission within this time is probably a double press, not a new worry. */
    static final Duration DUPLICATE_WINDOW = Duration.ofMinutes(30);

    private final ContactRepository contacts;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final UserAccounts accounts;
    private final PartnershipDirectory partnership;
    private final Identities identities;
    private final ContactViews views;
    private final JdbcClient jdbc;
    private final Today today;

    Contacts(ContactRepository contacts, RecordAccess access, AuditTrail audit, UserAccounts accounts,
            PartnershipDirectory partnership, Identities identities, ContactViews views, JdbcClient jdbc,
            Today today) {
        this.contacts = contacts;
        this.identities = identities;
        this.views = views;
        this.access = access;
        this.audit = audit;
        this.accounts = accounts;
        this.partnership = partnership;
        this.jdbc = jdbc;
        this.today = today;
    }

    /** The front door records a contact from anyone: a phone call, an email, a visit. */
    @Transactional
    public ContactView record(NewContact contact, boolean confirmedNotDuplicate) {
        access.checkMayWorkTheFrontDoor();
        return receive(contact, false, confirmedNotDuplicate);
    }

    /**
     * A partner practitioner submits a referral: they are the referrer, their agency and discipline give
     * the DfE referral source.
     */
    @Transactional
    public ContactView submitAsPartner(NewContact contact, boolean confirmedNotDuplicate) {
        access.checkIsPartner();
        Actor me = Actors.current().orElseThrow();
        PractitionerView practitioner = partnership
                .practitioner(accounts.loadUserByUsername(me.username()).practitionerId())
                .orElseThrow();
        NewContact fromMe = new NewContact(ReferrerKind.AGENCY, practitioner.agencyId(), practitioner.agencyName(),
                practitioner.fullName() + ", " + practitioner.jobTitle(), null, sourceOf(practitioner),
                contact.children(), contact.worry(), contact.familyKnows(), contact.familyAgrees(),
                contact.lawfulBasis());
        return receive(fromMe, true, confirmedNotDuplicate);
    }

    private ContactView receive(NewContact contact, boolean byPartner, boolean confirmedNotDuplicate) {
        Instant now = today.now();
        LocalDate receivedOn = Today.dateOf(now);
        contact.check(receivedOn);
        String submitter = Actors.currentOrSystem().username();
        String fingerprint = contact.fingerprint(submitter);
        if (!confirmedNotDuplicate) {
            jdbc.sql("""
                            SELECT id, received_at FROM contact WHERE fingerprint = :fingerprint AND received_at > :since
                            ORDER BY received_at DESC LIMIT 1""")
                    .param("fingerprint", fingerprint)
                    .param("since", java.sql.Timestamp.from(now.minus(DUPLICATE_WINDOW)))
                    .query((rs, n) -> new PossibleDuplicate(rs.getObject("id", UUID.class),
                            rs.getTimestamp("received_at").toInstant()))
                    .optional()
                    .ifPresent(duplicate -> {
                        throw duplicate;
                    });
        }
        NewContact normalised = contact.normalisedNhsNumbers();
        Contact saved = contacts.save(Contact.receive(normalised, submitter, byPartner, now, receivedOn, fingerprint));
        // The lawful basis of the share is the audit entry's reason.
        audit.record(AuditRecord.allowed(byPartner ? "REFERRAL_SUBMITTED" : "CONTACT_RECORDED", List.of(saved.id()))
                .withReason(normalised.lawfulBasis().label()));
        return saved.view(List.of()); // nothing linked yet: only what the referrer typed
    }

    /** A contact, for the front door or the partner who submitted it; audited as a view. */
    @Transactional
    public ContactView open(UUID id) {
        Contact contact = load(id);
        access.checkMayReadContact(id, contact.recordedBy());
        return shown(List.of(contact.view(List.of())), AuditRecord.allowed("CONTACT_VIEWED", List.of(id))).get(0);
    }

    /** The current partner's own submissions, newest first, with their outcomes. */
    @Transactional
    public List<ContactView> mySubmissions() {
        access.checkIsPartner();
        String me = Actors.current().orElseThrow().username();
        List<ContactView> newestFirst = views.recordedBy(me, 200);
        return shown(newestFirst, AuditRecord.allowed("PEOPLE_SHOWN", List.of()).withDetail("your referrals"));
    }

    /**
     * Contacts with their referrals' outcomes and their linked children as the current user may be shown them
     * (people's Identities, audited by {@code entry}), in a fixed number of statements however many.
     */
    private List<ContactView> shown(List<ContactView> found, AuditRecord entry) {
        record Outcome(UUID id, UUID contactId, UUID childId, ReferralDecision decision, LocalDate decidedOn,
                boolean reReferral) {}
        List<Outcome> outcomes = found.isEmpty() ? List.of() : jdbc.sql("""
                        SELECT id, contact_id, child_id, decision, decided_on, re_referral FROM referral
                        WHERE contact_id = ANY(:ids) ORDER BY received_on, id""")
                .param("ids", found.stream().map(ContactView::id).toArray(UUID[]::new))
                .query((rs, n) -> new Outcome(rs.getObject("id", UUID.class), rs.getObject("contact_id", UUID.class),
                        rs.getObject("child_id", UUID.class),
                        rs.getString("decision") == null ? null : ReferralDecision.valueOf(rs.getString("decision")),
                        rs.getObject("decided_on", LocalDate.class), rs.getBoolean("re_referral")))
                .list();
        List<UUID> people = java.util.stream.Stream.concat(
                        found.stream().flatMap(c -> c.children().stream()).map(ContactView.Child::personId)
                                .filter(java.util.Objects::nonNull),
                        outcomes.stream().map(Outcome::childId))
                .distinct()
                .toList();
        java.util.Map<UUID, Identity> identities = this.identities.show(people, entry);
        return found.stream()
                .map(contact -> {
                    ContactView view = contact.withReferrals(outcomes.stream()
                            .filter(o -> o.contactId().equals(contact.id()))
                            .map(o -> new ContactView.ReferralOutcome(o.id(), identities.get(o.childId()), o.decision(),
                                    o.decidedOn(), o.reReferral()))
                            .toList());
                    return view.withChildren(view.children().stream()
                            .map(child -> child.personId() == null ? child : child.recordedAs(identities.get(child.personId())))
                            .toList());
                })
                .toList();
    }


    Contact load(UUID id) {
        return contacts.findById(id).orElseThrow(() -> new RecordNotFound("Contact", id));
    }

    /** DfE referral source from the referrer's agency and discipline (CIN census ReferralSource). */
    static ReferralSource sourceOf(PractitionerView practitioner) {
        AgencyKind kind = practitioner.agencyKind();
        return switch (kind) {
            case POLICE -> ReferralSource.SOURCE_6;
            case SCHOOL -> ReferralSource.SOURCE_2A;
            case VOLUNTARY -> ReferralSource.SOURCE_8;
            case COUNCIL -> ReferralSource.SOURCE_5B;
            case HEALTH -> switch (practitioner.discipline()) {
                case GP -> ReferralSource.SOURCE_3A;
                case HEALTH_VISITOR -> ReferralSource.SOURCE_3B;
                case SCHOOL_NURSE -> ReferralSource.SOURCE_3C;
                case MIDWIFE -> ReferralSource.SOURCE_3D;
                default -> ReferralSource.SOURCE_3F;
            };
        };
    }
}
