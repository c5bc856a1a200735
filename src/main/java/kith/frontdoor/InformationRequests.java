package kith.frontdoor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.partnership.AgencyView;
import kith.people.Identities;
import kith.people.Identity;
import kith.partnership.PartnershipDirectory;
import kith.shared.Actor;
import kith.shared.Actors;
import kith.shared.InvalidInput;
import kith.shared.RecordNotFound;
import kith.shared.StaleRecord;
import kith.shared.TextLimits;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests from the front door to partner agencies for what they know about a child, and their answers.
 * Each share (the question to the agency, the answer back) is audited with its lawful basis.
 */
@Service
public class InformationRequests {

    private final InformationRequestRepository requests;
    private final Referrals referrals;
    private final PartnershipDirectory partnership;
    private final RecordAccess access;
    private final Identities identities;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    InformationRequests(InformationRequestRepository requests, Referrals referrals, PartnershipDirectory partnership,
            RecordAccess access, Identities identities, AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.requests = requests;
        this.referrals = referrals;
        this.partnership = partnership;
        this.access = access;
        this.identities = identities;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The front door asks an agency; the answer is wanted within {@code hours}. */
    @Transactional
    public UUID ask(UUID referralId, UUID agencyId, String question, Integer hours, LawfulBasis basis) {
        access.checkMayWorkTheFrontDoor();
        Referral referral = referrals.load(referralId);
        List<InvalidInput.Problem> problems = new ArrayList<>();
        AgencyView agency = agencyId == null ? null
                : partnership.agencies().stream().filter(a -> a.id().equals(agencyId) && !a.council()).findFirst()
                        .orElse(null);
        if (agency == null) {
            problems.add(new InvalidInput.Problem("agencyId", "Select the partner agency to ask"));
        }
        if (question == null || question.isBlank()) {
            problems.add(new InvalidInput.Problem("question", "Enter what you want to know"));
        } else if (TextLimits.exceeds(question, TextLimits.TEXT)) {
            problems.add(new InvalidInput.Problem("question", "Enter what you want to know in "
                    + TextLimits.shown(TextLimits.TEXT) + " characters or fewer"));
        }
        if (hours == null || hours < 1 || hours > 240) {
            problems.add(new InvalidInput.Problem("hours", "Enter how many hours they have to answer, from 1 to 240"));
        }
        if (basis == null) {
            problems.add(new InvalidInput.Problem("lawfulBasis", "Select the lawful basis for sharing"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Instant now = clock.instant();
        InformationRequest saved = requests.save(InformationRequest.ask(referralId, referral.childId(), agencyId,
                agency.name(), question, basis, Actors.currentOrSystem().username(), now, now.plus(Duration.ofHours(hours))));
        audit.record(AuditRecord.allowed("INFORMATION_REQUESTED", List.of(saved.id(), referral.childId()))
                .withReason(basis.label())
                .withDetail("asked " + agency.name()));
        return saved.id();
    }

    /** The requests for one referral (front door). */
    @Transactional
    public List<InformationRequestView> forReferral(UUID referralId) {
        access.checkMayWorkTheFrontDoor();
        return views(requests.findByReferralId(referralId), "information requests");
    }

    /** Every request still waiting for an answer (front-door work tray). */
    @Transactional
    List<InformationRequestView> open() {
        return views(requests.findAllById(jdbc.sql(
                        "SELECT id FROM information_request WHERE answered_at IS NULL ORDER BY due_at LIMIT 500")
                .query(UUID.class).list()), "front-door tray");
    }

    /** The current partner's agency's requests, unanswered first. */
    @Transactional
    public List<InformationRequestView> forMyAgency() {
        access.checkIsPartner();
        UUID agency = Actors.current().map(Actor::agencyId).orElseThrow();
        return views(requests.findAllById(jdbc.sql("""
                                SELECT id FROM information_request WHERE agency_id = :agency
                                ORDER BY answered_at IS NOT NULL, due_at LIMIT 200""")
                        .param("agency", agency).query(UUID.class).list()), "requests for information")
                .stream()
                .sorted(java.util.Comparator.comparing(InformationRequestView::answered)
                        .thenComparing(InformationRequestView::dueAt))
                .toList();
    }

    /** A request, for a partner of the agency asked; the child's details are shared under its lawful basis. */
    @Transactional
    public InformationRequestView openForAnswer(UUID id) {
        InformationRequest request = load(id);
        access.checkMayAnswerFor(id, request.agencyId());
        return request.view(identities.show(List.of(request.childId()),
                AuditRecord.allowed("INFORMATION_REQUEST_VIEWED", List.of(id, request.childId()))
                        .withReason(request.lawfulBasis().label())).get(request.childId()));
    }

    @Transactional
    public InformationRequestView answer(UUID id, long expectedVersion, String answer) {
        InformationRequest request = load(id);
        access.checkMayAnswerFor(id, request.agencyId());
        if (!request.isAt(expectedVersion)) {
            throw new StaleRecord("Information request", id);
        }
        Actor me = Actors.current().orElseThrow();
        request.answer(answer, me.username(), me.displayName() + ", " + me.agencyName(), clock.instant());
        try {
            requests.save(request);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecord("Information request", id);
        }
        audit.record(AuditRecord.allowed("INFORMATION_SHARED", List.of(id, request.childId()))
                .withReason(request.lawfulBasis().label())
                .withDetail("answered by " + me.agencyName()));
        return views(List.of(request), "information request").get(0);
    }

    private InformationRequest load(UUID id) {
        return requests.findById(id).orElseThrow(() -> new RecordNotFound("Information request", id));
    }

    /** Requests with their children as the current user may be shown them, in two statements however many. */
    private List<InformationRequestView> views(List<InformationRequest> found, String where) {
        Map<UUID, Identity> children = identities.show(found.stream().map(InformationRequest::childId).distinct().toList(),
                where);
        return found.stream().map(request -> request.view(children.get(request.childId()))).toList();
    }
}
