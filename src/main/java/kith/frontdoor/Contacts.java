package kith.frontdoor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import kith.shared.Actor;
import kith.shared.Actors;
import kith.shared.RecordNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receiving contacts: recorded by the front door, or submitted by a partner through the partner referral
 * page; and reading them back (the front door every contact, a partner only their own, with its outcome).
 */
@Service
public class Contacts {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** A second identical submission within this time is probably a double press, not a new worry. */
    static final Duration DUPLICATE_WINDOW = Duration.ofMinutes(30);

    private final ContactRepository contacts;
    private final ReferralRepository referrals;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final UserAccounts accounts;
    private final PartnershipDirectory partnership;
    private final JdbcClient jdbc;
    private final Clock clock;

    Contacts(ContactRepository contacts, ReferralRepository referrals, RecordAccess access, AuditTrail audit,
            UserAccounts accounts, PartnershipDirectory partnership, JdbcClient jdbc, Clock clock) {
        this.contacts = contacts;
        this.referrals = referrals;
        this.access = access;
        this.audit = audit;
        this.accounts = accounts;
        this.partnership = partnership;
        this.jdbc = jdbc;
        this.clock = clock;
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
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, LONDON);
        contact.check(today);
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
        Contact saved = contacts.save(Contact.receive(normalised, submitter, byPartner, now, today, fingerprint));
        // The lawful basis of the share is the audit entry's reason.
        audit.record(AuditRecord.allowed(byPartner ? "REFERRAL_SUBMITTED" : "CONTACT_RECORDED", List.of(saved.id()))
                .withReason(normalised.lawfulBasis().label()));
        return saved.view(List.of());
    }

    /** A contact, for the front door or the partner who submitted it; audited as a view. */
    @Transactional
    public ContactView open(UUID id) {
        Contact contact = load(id);
        access.checkMayReadContact(id, contact.recordedBy());
        audit.record(AuditRecord.allowed("CONTACT_VIEWED", List.of(id)));
        return contact.view(outcomes(contact));
    }

    /** The current partner's own submissions, newest first, with their outcomes. */
    @Transactional(readOnly = true)
    public List<ContactView> mySubmissions() {
        access.checkIsPartner();
        String me = Actors.current().orElseThrow().username();
        List<UUID> ids = jdbc.sql("SELECT id FROM contact WHERE recorded_by = :me ORDER BY received_at DESC LIMIT 200")
                .param("me", me)
                .query(UUID.class)
                .list();
        return contacts.findAllById(ids).stream()
                .sorted(java.util.Comparator.comparing((Contact c) -> c.view(List.of()).receivedAt()).reversed())
                .map(c -> c.view(outcomes(c)))
                .toList();
    }

    /** Today in England, the day contacts and referrals are dated. */
    public static LocalDate today() {
        return LocalDate.now(LONDON);
    }

    Contact load(UUID id) {
        return contacts.findById(id).orElseThrow(() -> new RecordNotFound("Contact", id));
    }

    List<ContactView.ReferralOutcome> outcomes(Contact contact) {
        return referrals.findByContactId(contact.id()).stream()
                .map(r -> {
                    ReferralView view = r.view(nameOf(contact, r.childId()), null);
                    return new ContactView.ReferralOutcome(r.id(), r.childId(), view.childName(), view.decision(),
                            view.decidedOn(), view.reReferral());
                })
                .toList();
    }

    static String nameOf(Contact contact, UUID childId) {
        return contact.children().stream()
                .filter(child -> childId.equals(child.personId()))
                .map(child -> child.givenName() + " " + child.familyName())
                .findFirst()
                .orElse("Child");
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
