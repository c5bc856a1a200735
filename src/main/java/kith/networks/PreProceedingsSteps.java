package kith.networks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.networks.PreProceeding.Outcome;
import kith.networks.PreProceeding.PpCourtApplication;
import kith.networks.PreProceeding.PpMeeting;
import kith.networks.PreProceeding.PpStepDecision;
import kith.networks.PreProceedingsEvents.CourtApplicationMade;
import kith.networks.PreProceedingsEvents.PreProceedingsMeetingHeld;
import kith.networks.PreProceedingsEvents.PreProceedingsStepDecided;
import kith.networks.PpStore.Stored;
import kith.shared.Actors;
import kith.shared.InvalidInput;
import kith.shared.InvalidInput.Problem;
import kith.shared.TextLimits;
import kith.shared.Today;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pre-proceedings after the letter: the meetings (the first is the initial meeting, the rest reviews, each setting
 * the next review), the step decision (outcomes A, B and C, kept as data) and the application to court, which waits
 * for an accepted family group decision-making meeting to be held (s31ZA(2) Children Act 1989) unless a manager
 * records why it cannot (urgent protection).
 */
@Service
public class PreProceedingsSteps {

    private final PreProceedings preProceedings;
    private final PpStore store;
    private final FgdmStore fgdms;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Today today;

    PreProceedingsSteps(PreProceedings preProceedings, PpStore store, FgdmStore fgdms, RecordAccess access,
            AuditTrail audit, ApplicationEventPublisher events, Today today) {
        this.preProceedings = preProceedings;
        this.store = store;
        this.fgdms = fgdms;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.today = today;
    }

    /** The outcome codes of the step decision, as data (CIN census PPOutcome). */
    @Transactional(readOnly = true)
    public List<Outcome> outcomes() {
        return store.outcomes();
    }

    /** A pre-proceedings meeting: the initial one first, then reviews; the next review becomes a task. */
    @Transactional
    public void meeting(UUID id, long expectedVersion, PpMeeting meeting) {
        Stored stored = preProceedings.writable(id, expectedVersion);
        List<Problem> problems = new ArrayList<>();
        if (stored.letterSentOn() == null) {
            problems.add(new Problem("heldOn", "Record the letter before proceedings before the meetings"));
        }
        Checks.past(problems, "heldOn", meeting.heldOn(), stored.letterSentOn(), today.date(), "the date of the meeting");
        if (meeting.nextReviewOn() != null && meeting.heldOn() != null && !meeting.nextReviewOn().isAfter(meeting.heldOn())) {
            problems.add(new Problem("nextReviewOn", "The next review must be after this meeting"));
        }
        PreProceedings.refuseIf(problems);
        boolean initial = store.meetings(id).isEmpty();
        String by = Actors.currentOrSystem().displayName();
        store.jdbc().sql("""
                        INSERT INTO pre_proceedings_meeting (id, pre_proceedings_id, kind, held_on, next_review_on,
                          recorded_by_name)
                        VALUES (:id, :pp, :kind, :on, :next, :by)""")
                .param("id", UUID.randomUUID()).param("pp", id).param("kind", initial ? "INITIAL" : "REVIEW")
                .param("on", meeting.heldOn()).param("next", meeting.nextReviewOn()).param("by", by).update();
        bump(id, expectedVersion);
        events.publishEvent(new PreProceedingsMeetingHeld(id, stored.childId(), meeting.heldOn(), initial,
                meeting.nextReviewOn(), access.currentPractitioner(), by));
        audit.record(AuditRecord.allowed("PRE_PROCEEDINGS_MEETING_RECORDED", List.of(id, stored.childId())));
    }

    /** The step decision: A ends pre-proceedings, B continues them, C is to apply to court. */
    @Transactional
    public void stepDecision(UUID id, long expectedVersion, PpStepDecision decision) {
        Stored stored = preProceedings.writable(id, expectedVersion);
        List<Problem> problems = new ArrayList<>();
        if (stored.letterSentOn() == null) {
            problems.add(new Problem("decidedOn", "Record the letter before proceedings before the step decision"));
        }
        Checks.past(problems, "decidedOn", decision.decidedOn(), stored.letterSentOn(), today.date(),
                "the date of the step decision");
        Optional<Outcome> outcome = store.outcomes().stream()
                .filter(o -> o.code().equals(decision.outcome() == null ? null : decision.outcome().trim())).findFirst();
        if (outcome.isEmpty()) {
            problems.add(new Problem("outcome", "Select the outcome of the step decision"));
        }
        PreProceedings.refuseIf(problems);
        boolean ends = outcome.get().ends();
        String by = Actors.currentOrSystem().displayName();
        store.save(store.jdbc().sql("""
                        UPDATE pre_proceedings SET step_decision_on = :on, outcome = :outcome,
                          ended_on = CASE WHEN :ends THEN CAST(:on AS date) END, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("on", decision.decidedOn()).param("outcome", outcome.get().code()).param("ends", ends)
                .param("id", id).param("version", expectedVersion), id);
        events.publishEvent(new PreProceedingsStepDecided(id, stored.childId(), decision.decidedOn(),
                outcome.get().code(), outcome.get().label(), ends, by));
        audit.record(AuditRecord.allowed("PRE_PROCEEDINGS_STEP_DECIDED", List.of(id, stored.childId()))
                .withDetail(outcome.get().code()));
    }

    /**
     * The application to court (CIN census CourtAppDate), which ends pre-proceedings. Refused while a family group
     * decision-making meeting about the child was accepted and has not been held (s31ZA(2) Children Act 1989), unless
     * a manager records why the application cannot wait (urgent protection); only a manager may give that reason.
     */
    @Transactional
    public void courtApplication(UUID id, long expectedVersion, PpCourtApplication application) {
        Stored stored = preProceedings.writable(id, expectedVersion);
        boolean urgent = !Checks.blank(application.urgentReason());
        if (urgent) {
            access.check(Permission.MANAGE_FAMILY_NETWORKS);
        }
        List<Problem> problems = new ArrayList<>();
        Checks.past(problems, "appliedOn", application.appliedOn(), stored.startedOn(), today.date(),
                "the date of the application to court");
        Checks.optional(problems, "urgentReason", application.urgentReason(), TextLimits.NOTE);
        if (application.letterInitiatingProceedingsOn() != null
                && application.letterInitiatingProceedingsOn().isAfter(today.date())) {
            problems.add(new Problem("letterInitiatingProceedingsOn",
                    "The date of the letter initiating proceedings must be today or in the past"));
        }
        Optional<FgdmStore.Stored> waiting = fgdms.about(stored.childId()).stream()
                .filter(FgdmStore.Stored::acceptedNotHeld).findFirst();
        if (waiting.isPresent() && !urgent) {
            problems.add(new Problem("appliedOn", "A family group decision-making meeting for this child was accepted on "
                    + waiting.get().answeredOn().format(Checks.DAY) + " and has not been held. Hold it before applying "
                    + "to court (section 31ZA(2) of the Children Act 1989), or a manager records why the application "
                    + "cannot wait"));
        }
        PreProceedings.refuseIf(problems);
        String by = Actors.currentOrSystem().displayName();
        store.save(store.jdbc().sql("""
                        UPDATE pre_proceedings SET court_application_on = :on, court_urgent_reason = :reason,
                          court_urgent_by = :manager, letter_init_cp_on = :letter, ended_on = :on, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("on", application.appliedOn()).param("reason", urgent ? application.urgentReason().strip() : null)
                .param("manager", urgent ? by : null).param("letter", application.letterInitiatingProceedingsOn())
                .param("id", id).param("version", expectedVersion), id);
        events.publishEvent(new CourtApplicationMade(id, stored.childId(), application.appliedOn(),
                urgent && waiting.isPresent(), by));
        audit.record(AuditRecord.allowed("COURT_APPLICATION_RECORDED", List.of(id, stored.childId()))
                .withDetail(urgent ? "URGENT" : null));
    }

    private void bump(UUID id, long expectedVersion) {
        store.save(store.jdbc().sql("UPDATE pre_proceedings SET version = version + 1 WHERE id = :id AND version = :version")
                .param("id", id).param("version", expectedVersion), id);
    }
}
