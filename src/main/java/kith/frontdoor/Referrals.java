package kith.frontdoor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.people.Identities;
import kith.people.Identity;
import kith.shared.Actors;
import kith.shared.RecordNotFound;
import kith.shared.StaleRecord;
import kith.shared.Today;
import kith.timescales.ClockEvent;
import kith.timescales.ClockView;
import kith.timescales.StatutoryClocks;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals: received from screened contacts, flagged as re-referrals when within 12 months of an earlier
 * referral for the same child (DfE definition), and decided within one working day with a reason.
 */
@Service
public class Referrals {

    static final String DECISION_CLOCK = "REFERRAL_DECISION";

    private final ReferralRepository referrals;
    private final ContactRepository contacts;
    private final StatutoryClocks clocks;
    private final RecordAccess access;
    private final Identities identities;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    Referrals(ReferralRepository referrals, ContactRepository contacts, StatutoryClocks clocks, RecordAccess access,
            Identities identities, AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.referrals = referrals;
        this.contacts = contacts;
        this.clocks = clocks;
        this.access = access;
        this.identities = identities;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Receives a referral about one child and starts its decision clock; called when screening accepts a contact. */
    UUID receive(UUID contactId, UUID childId, LocalDate receivedOn, String source) {
        UUID previous = previousReferralWithin12Months(childId, receivedOn);
        Referral referral = referrals.save(Referral.receive(contactId, childId, receivedOn, source, previous));
        clocks.record(new ClockEvent("ReferralReceived", referral.id(), childId, receivedOn, null));
        audit.record(AuditRecord.allowed("REFERRAL_RECEIVED", List.of(referral.id(), childId))
                .withDetail(previous == null ? null : "re-referral"));
        return referral.id();
    }

    /**
     * The latest referral for the child received within the 12 months before {@code on} (DfE: a
     * re-referral is a referral within 12 months of a previous referral). The boundary is inclusive: a
     * referral exactly 12 months earlier counts. Contacts that never became referrals are not referrals.
     */
    UUID previousReferralWithin12Months(UUID childId, LocalDate on) {
        return jdbc.sql("""
                        SELECT id FROM referral WHERE child_id = :child AND received_on BETWEEN :from AND :on
                        ORDER BY received_on DESC LIMIT 1""")
                .param("child", childId)
                .param("from", ReReferral.windowStart(on))
                .param("on", on)
                .query(UUID.class)
                .optional()
                .orElse(null);
    }

    /** A referral for the front door, with its decision due date; audited as a view. */
    @Transactional
    public ReferralView open(UUID id) {
        access.checkMayWorkTheFrontDoor();
        Referral referral = load(id);
        return views(List.of(referral), AuditRecord.allowed("REFERRAL_VIEWED", List.of(id))).get(0);
    }

    /** Every referral about the child, newest first: what the screener sees before deciding. */
    @Transactional
    public List<ReferralView> history(UUID childId) {
        access.checkMayWorkTheFrontDoor();
        List<UUID> ids = jdbc.sql("SELECT id FROM referral WHERE child_id = :child ORDER BY received_on DESC, id")
                .param("child", childId)
                .query(UUID.class)
                .list();
        List<Referral> found = referrals.findAllById(ids);
        return views(ids.stream().map(id -> found.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow())
                .toList(), AuditRecord.allowed("PEOPLE_SHOWN", List.of()).withDetail("earlier referrals"));
    }

    /**
     * Decides a referral if nobody has changed it since {@code expectedVersion}. A decision after the due
     * date needs the reason it was late; the clock keeps the breach and the reason.
     */
    @Transactional
    public ReferralView decide(UUID id, long expectedVersion, ReferralDecision decision, String reason, String lateReason,
            boolean referrerTold) {
        access.checkMayWorkTheFrontDoor();
        Referral referral = load(id);
        if (!referral.isAt(expectedVersion)) {
            throw new StaleRecord("Referral", id);
        }
        Instant now = clock.instant();
        LocalDate today = Today.dateOf(now);
        LocalDate due = dueOn(id);
        boolean late = due != null && today.isAfter(due);
        referral.decide(decision, reason, Actors.currentOrSystem(), now, today, late, lateReason);
        clocks.record(new ClockEvent("ReferralDecided", id, referral.childId(), today, late ? lateReason : null));
        Contact contact = contacts.findById(referral.contactId()).orElseThrow();
        if (contact.submittedByPartner()) {
            referral.referrerTold("PARTNER_PAGE", now); // the partner sees the outcome on their page at once
        } else if (referrerTold) {
            referral.referrerTold(Actors.currentOrSystem().username(), now);
        }
        try {
            referrals.save(referral);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecord("Referral", id);
        }
        audit.record(AuditRecord.allowed("REFERRAL_DECIDED", List.of(id, referral.childId()))
                .withFields(List.of("decision", "decisionReason"))
                .withDetail(decision.name() + (late ? "; late" : "")));
        return views(List.of(referral), AuditRecord.allowed("PEOPLE_SHOWN", List.of()).withDetail("referral")).get(0);
    }

    /** Referrals still awaiting a decision, oldest first, for the work tray. */
    List<ReferralView> awaitingDecision() {
        List<Referral> open = referrals.findAllById(jdbc.sql(
                        "SELECT id FROM referral WHERE decision IS NULL ORDER BY received_on LIMIT 500")
                .query(UUID.class)
                .list());
        return views(open, AuditRecord.allowed("PEOPLE_SHOWN", List.of()).withDetail("front-door tray"));
    }

    Referral load(UUID id) {
        return referrals.findById(id).orElseThrow(() -> new RecordNotFound("Referral", id));
    }

    private LocalDate dueOn(UUID referralId) {
        return clocks.find(DECISION_CLOCK, referralId).map(ClockView::dueOn).orElse(null);
    }

    /**
     * Referrals as the current user may be shown them, in a fixed number of statements however many: their due
     * dates, the names the referrers gave, and the children through people's Identities (audited by {@code entry}).
     */
    private List<ReferralView> views(List<Referral> found, AuditRecord entry) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = found.stream().map(Referral::id).toList();
        Map<UUID, LocalDate> due = clocks.forSubjects(DECISION_CLOCK, ids).stream()
                .collect(Collectors.toMap(ClockView::subjectId, ClockView::dueOn, (a, b) -> a));
        Map<UUID, String> described = describedNames(ids);
        Map<UUID, Identity> children = identities.show(found.stream().map(Referral::childId).distinct().toList(), entry);
        return found.stream()
                .map(r -> {
                    Identity child = children.get(r.childId());
                    String referredAs = described.get(r.id());
                    boolean differs = referredAs != null && !child.withheld() && !referredAs.equalsIgnoreCase(child.name());
                    return r.view(child, differs ? referredAs : null, due.get(r.id()));
                })
                .toList();
    }

    /** The child's name as the referrer gave it, for each referral. */
    private Map<UUID, String> describedNames(List<UUID> referralIds) {
        return jdbc.sql("""
                        SELECT r.id, min(c.given_name || ' ' || c.family_name) AS name
                        FROM referral r JOIN contact_child c ON c.contact_id = r.contact_id AND c.person_id = r.child_id
                        WHERE r.id = ANY(:ids) GROUP BY r.id""")
                .param("ids", referralIds.toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
