package kith.networks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.networks.PreProceeding.LetterIncludes;
import kith.networks.PreProceeding.LpmDecision;
import kith.networks.PreProceeding.PpLegalPlanningMeeting;
import kith.networks.PreProceeding.PpLetter;
import kith.networks.PreProceeding.PpStart;
import kith.networks.PreProceeding.View;
import kith.networks.PreProceedingsEvents.LegalPlanningMeetingHeld;
import kith.networks.PreProceedingsEvents.LetterBeforeProceedingsSent;
import kith.networks.PreProceedingsEvents.PreProceedingsStarted;
import kith.networks.PpStore.Stored;
import kith.people.Identities;
import kith.people.Identity;
import kith.shared.Actors;
import kith.shared.InvalidInput;
import kith.shared.InvalidInput.Problem;
import kith.shared.Today;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pre-proceedings under the Public Law Outline, one open at a time per child: the start, the legal planning meeting
 * and the letter before proceedings, which must include the offer of a family group decision-making meeting or a
 * manager's approved exemption (s31ZA(6) and (3) Children Act 1989) from the duty's commencement date, and is
 * recorded with a warning before it. The meetings, the step decision and the application to court are
 * {@link PreProceedingsSteps}.
 */
@Service
public class PreProceedings {

    /** The refusal, naming the section, as the issue asks. */
    public static final String LETTER_REFUSED = "The letter before proceedings must include the offer of a family "
            + "group decision-making meeting (section 31ZA of the Children Act 1989), or a manager's approved exemption";
    public static final String LETTER_WARNING = "The letter before proceedings does not include the offer of a family "
            + "group decision-making meeting. Section 31ZA of the Children Act 1989 is not yet in force here, so the "
            + "letter has been recorded; once it is, the letter must include the offer or a manager's approved exemption";

    private final PpStore store;
    private final FgdmStore fgdms;
    private final FgdmDuty duty;
    private final RecordAccess access;
    private final Identities identities;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Today today;

    PreProceedings(PpStore store, FgdmStore fgdms, FgdmDuty duty, RecordAccess access, Identities identities,
            AuditTrail audit, ApplicationEventPublisher events, Today today) {
        this.store = store;
        this.fgdms = fgdms;
        this.duty = duty;
        this.access = access;
        this.identities = identities;
        this.audit = audit;
        this.events = events;
        this.today = today;
    }

    /** The child's pre-proceedings, newest first, for whoever may open the child's record. */
    @Transactional
    public List<View> ofChild(UUID childId) {
        access.checkMayOpen(childId);
        List<Stored> all = store.ofChild(childId);
        Identity child = identities.show(List.of(childId),
                AuditRecord.allowed("PRE_PROCEEDINGS_LIST_VIEWED", List.of(childId))).get(childId);
        if (child == null) {
            throw new kith.shared.RecordNotFound("Person", childId);
        }
        if (all.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<PreProceeding.Meeting>> meetings = store.meetings(all.stream().map(Stored::id).toList());
        List<PreProceeding.Outcome> outcomes = store.outcomes();
        return all.stream().map(stored -> view(stored, child, meetings.getOrDefault(stored.id(), List.of()), outcomes))
                .toList();
    }

    @Transactional
    public View open(UUID id) {
        Stored stored = store.load(id);
        access.checkMayOpen(stored.childId());
        Identity child = identities.show(List.of(stored.childId()),
                AuditRecord.allowed("PRE_PROCEEDINGS_VIEWED", List.of(id, stored.childId()))).get(stored.childId());
        return view(stored, child, store.meetings(id), store.outcomes());
    }

    /** Starts pre-proceedings for a child (CIN census PPStartDate). */
    @Transactional
    public UUID start(PpStart start) {
        access.check(Permission.WORK_FAMILY_NETWORKS);
        if (start.childId() == null) {
            throw new InvalidInput("childId", "Select the child");
        }
        access.checkMayOpen(start.childId());
        List<Problem> problems = new ArrayList<>();
        if (store.openFor(start.childId())) {
            problems.add(new Problem("startedOn", "This child is already in pre-proceedings: record its step decision "
                    + "or the application to court first"));
        }
        Checks.past(problems, "startedOn", start.startedOn(), null, today.date(), "the date pre-proceedings started");
        refuseIf(problems);
        UUID id = UUID.randomUUID();
        String by = Actors.currentOrSystem().displayName();
        store.jdbc().sql("""
                        INSERT INTO pre_proceedings (id, child_id, started_on, started_by_name, recorded_by)
                        VALUES (:id, :child, :on, :by, :user)""")
                .param("id", id).param("child", start.childId()).param("on", start.startedOn()).param("by", by)
                .param("user", Actors.currentOrSystem().username()).update();
        events.publishEvent(new PreProceedingsStarted(id, start.childId(), start.startedOn(), by));
        audit.record(AuditRecord.allowed("PRE_PROCEEDINGS_STARTED", List.of(id, start.childId())));
        return id;
    }

    /** The legal planning meeting and its decision; no legal threshold ends pre-proceedings. */
    @Transactional
    public void legalPlanningMeeting(UUID id, long expectedVersion, PpLegalPlanningMeeting meeting) {
        Stored stored = writable(id, expectedVersion);
        List<Problem> problems = new ArrayList<>();
        if (stored.lpmOn() != null) {
            problems.add(new Problem("heldOn", "The legal planning meeting has already been recorded"));
        }
        Checks.past(problems, "heldOn", meeting.heldOn(), null, today.date(), "the date of the legal planning meeting");
        if (meeting.decision() == null) {
            problems.add(new Problem("decision", "Select what the legal planning meeting decided"));
        }
        refuseIf(problems);
        boolean ends = meeting.decision() == LpmDecision.NO_LEGAL_THRESHOLD;
        String by = Actors.currentOrSystem().displayName();
        store.save(store.jdbc().sql("""
                        UPDATE pre_proceedings SET lpm_on = :on, lpm_decision = :decision,
                          ended_on = CASE WHEN :ends THEN CAST(:on AS date) END, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("on", meeting.heldOn()).param("decision", meeting.decision().name()).param("ends", ends)
                .param("id", id).param("version", expectedVersion), id);
        events.publishEvent(new LegalPlanningMeetingHeld(id, stored.childId(), meeting.heldOn(),
                meeting.decision().label(), by));
        audit.record(AuditRecord.allowed("LEGAL_PLANNING_MEETING_RECORDED", List.of(id, stored.childId()))
                .withDetail(meeting.decision().name()));
    }

    /**
     * The letter before proceedings sent (CIN census LBPSentDate). It includes the offer of a meeting when a family
     * group decision about the child was offered, or the exemption when a manager approved not offering one. Without
     * either it is refused from the s31ZA commencement date, and recorded with a warning before it.
     *
     * @return the warning to show, if the letter was recorded without the offer
     */
    @Transactional
    public Optional<String> sendLetter(UUID id, long expectedVersion, PpLetter letter) {
        Stored stored = writable(id, expectedVersion);
        List<Problem> problems = new ArrayList<>();
        if (stored.letterSentOn() != null) {
            problems.add(new Problem("sentOn", "The letter before proceedings has already been recorded"));
        } else if (stored.lpmDecision() == null || stored.lpmDecision() == LpmDecision.NO_LEGAL_THRESHOLD) {
            problems.add(new Problem("sentOn", "Record the legal planning meeting's decision before the letter"));
        }
        Checks.past(problems, "sentOn", letter.sentOn(), stored.startedOn(), today.date(),
                "the date the letter was sent");
        refuseIf(problems);
        List<FgdmStore.Stored> about = fgdms.about(stored.childId());
        Optional<FgdmStore.Stored> offered = about.stream().filter(f -> f.offeredOn() != null).findFirst();
        Optional<FgdmStore.Stored> exempt = about.stream().filter(f -> f.status() == FgdmStatus.NOT_OFFERED).findFirst();
        LetterIncludes includes = offered.isPresent() ? LetterIncludes.FGDM_OFFER
                : exempt.isPresent() ? LetterIncludes.EXEMPTION : LetterIncludes.NEITHER;
        UUID fgdm = offered.or(() -> exempt).map(FgdmStore.Stored::id).orElse(null);
        String warning = null;
        if (includes == LetterIncludes.NEITHER) {
            // s31ZA(6) Children Act 1989, enforced from its commencement date (a setting: it awaits commencement).
            if (duty.inForceOn(letter.sentOn())) {
                throw new InvalidInput("sentOn", LETTER_REFUSED);
            }
            warning = LETTER_WARNING;
        }
        String by = Actors.currentOrSystem().displayName();
        store.save(store.jdbc().sql("""
                        UPDATE pre_proceedings SET letter_sent_on = :on, letter_fgdm_id = :fgdm, letter_includes = :includes,
                          letter_warning = :warning, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("on", letter.sentOn()).param("fgdm", fgdm).param("includes", includes.name())
                .param("warning", warning).param("id", id).param("version", expectedVersion), id);
        events.publishEvent(new LetterBeforeProceedingsSent(id, stored.childId(), letter.sentOn(), includes.name(), by));
        audit.record(AuditRecord.allowed("LETTER_BEFORE_PROCEEDINGS_RECORDED", List.of(id, stored.childId()))
                .withDetail(includes.name()));
        return Optional.ofNullable(warning);
    }

    Stored writable(UUID id, long expectedVersion) {
        access.check(Permission.WORK_FAMILY_NETWORKS);
        Stored stored = store.loadAt(id, expectedVersion);
        access.checkMayOpen(stored.childId());
        if (stored.endedOn() != null) {
            throw new InvalidInput("startedOn", "These pre-proceedings ended on " + stored.endedOn().format(Checks.DAY));
        }
        return stored;
    }

    private static View view(Stored s, Identity child, List<PreProceeding.Meeting> meetings,
            List<PreProceeding.Outcome> outcomes) {
        String label = s.outcome() == null ? null : outcomes.stream().filter(o -> o.code().equals(s.outcome()))
                .map(PreProceeding.Outcome::label).findFirst().orElse(s.outcome());
        return new View(s.id(), s.version(), child, s.startedOn(), s.startedBy(), s.lpmOn(), s.lpmDecision(),
                s.letterSentOn(), s.letterFgdmId(), s.letterIncludes(), s.letterWarning(), meetings,
                s.stepDecisionOn(), s.outcome(), label, s.courtApplicationOn(), s.courtUrgentReason(),
                s.courtUrgentBy(), s.letterInitCpOn(), s.endedOn());
    }

    static void refuseIf(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
