package kith.protection;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.partnership.PartnershipDirectory;
import kith.partnership.PractitionerView;
import kith.people.Identities;
import kith.people.Identity;
import kith.protection.Conference.Arrangement;
import kith.protection.Conference.Attendance;
import kith.protection.Conference.Decision;
import kith.protection.Conference.Held;
import kith.protection.Conference.Invitee;
import kith.protection.Conference.InviteeKind;
import kith.protection.Conference.InviteeView;
import kith.protection.Conference.Kind;
import kith.protection.ProtectionEvents.ConferenceHeld;
import kith.protection.ProtectionEvents.ConferenceScheduled;
import kith.shared.Actors;
import kith.shared.InvalidInput;
import kith.shared.InvalidInput.Problem;
import kith.shared.RecordNotFound;
import kith.shared.StaleRecord;
import kith.shared.TextLimits;
import kith.shared.Today;
import kith.timescales.ClockEvent;
import kith.timescales.WorkingCalendar;
import kith.timescales.WorkingDays;
import kith.timescales.StatutoryClocks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Child protection conferences about one child: initial (after an enquiry, by 15 working days from the strategy
 * discussion that started it), review (of a plan: the first within 3 months, then at most every 6), and transfer-in
 * (within 15 working days of notification). A conference is set for a working day and held on one (DfE rule 8875);
 * its chair records who came, the reports received, the decision and the category of abuse, and whether the family
 * had an independent advocate. A decision on a plan is followed by the plan ({@link ChildProtectionPlans#start}).
 */
@Service
public class Conferences {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    /** More than any conference invites. */
    static final int MOST_INVITEES = 60;

    private final JdbcClient jdbc;
    private final Section47Enquiries enquiries;
    private final ChildProtectionPlans plans;
    private final ChildProtectionTeams teams;
    private final PartnershipDirectory partnership;
    private final StatutoryClocks clocks;
    private final WorkingDays workingDays;
    private final Identities identities;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Today today;

    Conferences(JdbcClient jdbc, Section47Enquiries enquiries, ChildProtectionPlans plans, ChildProtectionTeams teams,
            PartnershipDirectory partnership, StatutoryClocks clocks, WorkingDays workingDays, Identities identities,
            RecordAccess access, AuditTrail audit, ApplicationEventPublisher events, Today today) {
        this.jdbc = jdbc;
        this.enquiries = enquiries;
        this.plans = plans;
        this.teams = teams;
        this.partnership = partnership;
        this.clocks = clocks;
        this.workingDays = workingDays;
        this.identities = identities;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.today = today;
    }

    /** Arranges the initial conference of an enquiry (not one that ended with no further action); once per enquiry. */
    @Transactional
    public UUID arrangeInitial(UUID enquiryId, Arrangement arrangement) {
        access.check(Permission.ARRANGE_CONFERENCES);
        Section47Enquiries.Stored enquiry = enquiries.load(enquiryId);
        access.checkMayOpenChildProtection(enquiry.childId());
        List<Problem> problems = new ArrayList<>();
        if (enquiry.outcome() == Section47Enquiries.Outcome.NO_FURTHER_ACTION) {
            problems.add(new Problem("enquiry", "This enquiry ended with no further child protection action: no "
                    + "conference is needed"));
        }
        if (enquiry.conferenceId() != null) {
            problems.add(new Problem("enquiry", "The initial conference has already been arranged: change its date instead"));
        }
        return arrange(Kind.INITIAL, enquiry.childId(), enquiry.episodeId(), enquiryId, enquiry.conferenceDueOn(),
                enquiry.startedOn(), enquiry.leadPractitionerId(), arrangement, problems);
    }

    /** Arranges the review conference of an open plan, due by the plan's next review date; one at a time. */
    @Transactional
    public UUID arrangeReview(UUID planId, Arrangement arrangement) {
        access.check(Permission.ARRANGE_CONFERENCES);
        ChildProtectionPlans.Stored plan = plans.load(planId);
        access.checkMayOpenChildProtection(plan.childId());
        List<Problem> problems = new ArrayList<>();
        if (plan.endedOn() != null) {
            problems.add(new Problem("plan", "This plan has ended"));
        }
        if (jdbc.sql("SELECT count(*) FROM child_protection_conference WHERE plan_id = :plan AND held_on IS NULL")
                .param("plan", planId).query(Long.class).single() > 0) {
            problems.add(new Problem("plan", "A review conference is already arranged: change its date instead"));
        }
        return arrange(Kind.REVIEW, plan.childId(), plan.episodeId(), planId, plan.nextReviewDueOn(), plan.startedOn(),
                plan.leadPractitionerId(), arrangement, problems);
    }

    /** Arranges the transfer-in conference for a child on another council's plan; once per transfer. */
    @Transactional
    public UUID arrangeTransferIn(UUID transferId, Arrangement arrangement) {
        access.check(Permission.ARRANGE_CONFERENCES);
        TransfersIn.Stored transfer = TransfersIn.load(jdbc, transferId);
        access.checkMayOpenChildProtection(transfer.childId());
        List<Problem> problems = new ArrayList<>();
        if (jdbc.sql("SELECT count(*) FROM child_protection_conference WHERE transfer_in_id = :t").param("t", transferId)
                .query(Long.class).single() > 0) {
            problems.add(new Problem("transfer", "The transfer-in conference has already been arranged: change its date instead"));
        }
        return arrange(Kind.TRANSFER_IN, transfer.childId(), transfer.episodeId(), transferId, transfer.conferenceDueOn(),
                transfer.notifiedOn(), null, arrangement, problems);
    }

    /** Sets another date for a conference not yet held (a working day), if nobody has changed it since. */
    @Transactional
    public Conference.View reschedule(UUID id, long expectedVersion, LocalDate scheduledOn) {
        access.check(Permission.ARRANGE_CONFERENCES);
        Stored stored = loadAt(id, expectedVersion);
        access.checkMayOpenChildProtection(stored.childId());
        List<Problem> problems = new ArrayList<>();
        if (stored.heldOn() != null) {
            problems.add(new Problem("scheduledOn", "This conference has been held"));
        }
        workingDay(problems, "scheduledOn", scheduledOn, "set for", workingDays.calendar());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        save(jdbc.sql("""
                        UPDATE child_protection_conference SET scheduled_on = :on, scheduled_by_name = :by,
                          version = version + 1 WHERE id = :id AND version = :version""")
                .param("on", scheduledOn).param("by", Actors.currentOrSystem().displayName())
                .param("id", id).param("version", expectedVersion), id);
        events.publishEvent(new ConferenceScheduled(id, stored.childId(), stored.kind().name(), scheduledOn,
                stored.dueOn(), null, stored.workId(), today.date()));
        audit.record(AuditRecord.allowed("CONFERENCE_RESCHEDULED", List.of(id, stored.childId())));
        return open(id);
    }

    /**
     * The chair records the conference: who came, the reports received, the decision, the category, whether the
     * family had an independent advocate, and why it was late if it was. An initial conference needs its enquiry's
     * outcome first. A review that keeps the plan sets the next review; one that ends it ends the plan.
     */
    @Transactional
    public Conference.View hold(UUID id, long expectedVersion, Held held) {
        access.check(Permission.CHAIR_CONFERENCES);
        Stored stored = loadAt(id, expectedVersion);
        access.checkMayOpenChildProtection(stored.childId());
        List<Problem> problems = new ArrayList<>();
        if (stored.heldOn() != null) {
            throw new InvalidInput("heldOn", "This conference has already been recorded");
        }
        if (stored.kind() == Kind.INITIAL) {
            Section47Enquiries.Stored enquiry = enquiries.load(stored.enquiryId());
            if (enquiry.outcome() != Section47Enquiries.Outcome.INITIAL_CONFERENCE) {
                problems.add(new Problem("heldOn", "Record the section 47 enquiry's outcome first: the conference "
                        + "considers what the enquiry found"));
            } else if (held.heldOn() != null && held.heldOn().isBefore(enquiry.completedOn())) {
                problems.add(new Problem("heldOn", "The conference considers what the enquiry found, so it is held "
                        + "after the enquiry was completed on " + enquiry.completedOn().format(DAY)));
            }
        }
        if (stored.kind() == Kind.REVIEW && plans.load(stored.planId()).endedOn() != null) {
            problems.add(new Problem("decision", "The plan this conference reviews has ended"));
        }
        LocalDate onDay = today.date();
        WorkingCalendar calendar = workingDays.calendar();
        if (held.heldOn() != null && held.heldOn().isAfter(onDay)) {
            problems.add(new Problem("heldOn", "Enter the date the conference was held, today or in the past"));
        } else {
            workingDay(problems, "heldOn", held.heldOn(), "held on", calendar);
        }
        if (held.heldOn() != null && held.heldOn().isBefore(stored.workStartedOn())) {
            problems.add(new Problem("heldOn", "The conference cannot be before " + stored.workStartedOn().format(DAY)));
        }
        if (held.decision() == null || !held.decision().fitsFor(stored.kind())) {
            problems.add(new Problem("decision", "Select what the conference decided"));
        } else if (held.decision().needsCategory() && held.category() == null) {
            problems.add(new Problem("category", "Select the category of abuse"));
        }
        StrategyDiscussions.text(problems, "reasons", held.reasons(), TextLimits.TEXT, "Write the reasons for the decision");
        if (held.familyHadAdvocate() == null) {
            problems.add(new Problem("familyHadAdvocate", "Select whether the family had an independent advocate"));
        }
        if (held.heldOn() != null && held.heldOn().isAfter(stored.dueOn()) && StrategyDiscussions.blank(held.lateReason())) {
            problems.add(new Problem("lateReason", "The conference was due by " + stored.dueOn().format(DAY)
                    + ": say why it was held later"));
        }
        StrategyDiscussions.text(problems, "lateReason", held.lateReason(), TextLimits.NOTE, null);
        List<InviteeView> invitees = inviteesOf(id);
        List<Attendance> attendance = held.attendance() == null ? List.of()
                : held.attendance().stream().filter(Objects::nonNull).toList();
        if (attendance.stream().anyMatch(a -> a.position() < 0 || a.position() >= invitees.size())) {
            problems.add(new Problem("attendance", "Record who came from the people invited"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        boolean late = held.heldOn().isAfter(stored.dueOn());
        PractitionerView chair = access.currentPractitioner() == null ? null
                : partnership.practitioner(access.currentPractitioner()).orElse(null);
        save(jdbc.sql("""
                        UPDATE child_protection_conference SET held_on = :held, late_reason = :late, chair_id = :chair,
                          chair_name = :chairName, decision = :decision, category = :category, reasons = :reasons,
                          family_had_advocate = :advocate, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("held", held.heldOn()).param("late", late ? held.lateReason().trim() : null)
                .param("chair", chair == null ? null : chair.id())
                .param("chairName", chair == null ? Actors.currentOrSystem().displayName() : chair.fullName())
                .param("decision", held.decision().name())
                .param("category", held.decision().needsCategory() ? held.category().name() : null)
                .param("reasons", held.reasons().trim()).param("advocate", held.familyHadAdvocate())
                .param("id", id).param("version", expectedVersion), id);
        for (Attendance a : attendance) {
            jdbc.sql("""
                            UPDATE conference_invitee SET attended = :attended, report_received = :report
                            WHERE conference_id = :id AND position = :position""")
                    .param("attended", a.attended()).param("report", Boolean.TRUE.equals(a.reportReceived()))
                    .param("id", id).param("position", a.position())
                    .update();
        }
        String clockEvent = switch (stored.kind()) {
            case INITIAL -> "InitialConferenceHeld";
            case REVIEW -> "ReviewConferenceHeld";
            case TRANSFER_IN -> "TransferInConferenceHeld";
        };
        clocks.record(new ClockEvent(clockEvent, stored.workId(), stored.childId(), held.heldOn(),
                late ? held.lateReason() : null));
        switch (held.decision()) {
            case NO_PLAN -> {
                teams.workEnded(stored.workId());
                if (stored.kind() == Kind.TRANSFER_IN) {
                    TransfersIn.conferenceHeld(jdbc, stored.transferInId(), id);
                }
            }
            case CONTINUE_PLAN -> plans.reviewed(stored.planId(), held.heldOn(), held.category());
            case END_PLAN -> plans.endAtReview(stored.planId(), held.heldOn());
            case PLAN -> {
                // The plan itself is written next (ChildProtectionPlans.start), from this conference.
            }
        }
        events.publishEvent(new ConferenceHeld(id, stored.childId(), stored.kind().name(), held.heldOn(),
                held.decision().name(), held.category() == null ? null : held.category().name(), late,
                chair == null ? Actors.currentOrSystem().displayName() : chair.fullName(), stored.workId()));
        audit.record(AuditRecord.allowed("CONFERENCE_HELD", List.of(id, stored.childId())).withDetail(held.decision().name()));
        return open(id);
    }

    /** Records that the conference report was shared with the parents, and when. */
    @Transactional
    public Conference.View reportShared(UUID id, long expectedVersion, LocalDate on) {
        access.check(Permission.ARRANGE_CONFERENCES);
        Stored stored = loadAt(id, expectedVersion);
        access.checkMayOpenChildProtection(stored.childId());
        if (on == null || on.isAfter(today.date())) {
            throw new InvalidInput("sharedOn", "Enter the date the report was shared with the parents, today or in the past");
        }
        save(jdbc.sql("""
                        UPDATE child_protection_conference SET report_shared_with_parents_on = :on, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("on", on).param("id", id).param("version", expectedVersion), id);
        audit.record(AuditRecord.allowed("CONFERENCE_REPORT_SHARED_WITH_PARENTS", List.of(id, stored.childId())));
        return open(id);
    }

    /** A conference, for anyone who may open the child's child protection records; audited as a view. */
    @Transactional
    public Conference.View open(UUID id) {
        Stored stored = load(id);
        access.checkMayOpenChildProtection(stored.childId());
        List<InviteeView> invitees = inviteesOf(id);
        List<UUID> people = new ArrayList<>(List.of(stored.childId()));
        invitees.stream().map(InviteeView::personId).filter(Objects::nonNull).forEach(people::add);
        Map<UUID, Identity> shown = identities.show(people.stream().distinct().toList(),
                AuditRecord.allowed("CONFERENCE_VIEWED", List.of(id, stored.childId())));
        List<InviteeView> named = invitees.stream().map(i -> i.personId() == null ? i : new InviteeView(i.position(),
                i.kind(), shown.get(i.personId()).id(), null, shown.get(i.personId()).name(), i.agencyName(),
                i.attended(), i.reportReceived())).toList();
        UUID planStarted = jdbc.sql("SELECT id FROM child_protection_plan WHERE conference_id = :id")
                .param("id", id).query(UUID.class).optional().orElse(null);
        return new Conference.View(id, stored.version(), stored.kind(), shown.get(stored.childId()), stored.episodeId(),
                stored.enquiryId(), stored.planId(), stored.transferInId(), stored.dueOn(), stored.scheduledOn(),
                stored.scheduledByName(), stored.advocateOffered(), stored.advocateAccepted(), stored.advocateName(),
                named, stored.heldOn(), stored.lateReason(), stored.chairName(), stored.decision(), stored.category(),
                stored.reasons(), stored.familyHadAdvocate(), stored.reportSharedWithParentsOn(), planStarted,
                stored.heldOn() == null && today.date().isAfter(stored.dueOn()));
    }

    private UUID arrange(Kind kind, UUID childId, UUID episodeId, UUID workId, LocalDate dueOn, LocalDate workStartedOn,
            UUID leadPractitionerId, Arrangement arrangement, List<Problem> problems) {
        WorkingCalendar calendar = workingDays.calendar();
        workingDay(problems, "scheduledOn", arrangement.scheduledOn(), "set for", calendar);
        if (arrangement.scheduledOn() != null && arrangement.scheduledOn().isBefore(workStartedOn)) {
            problems.add(new Problem("scheduledOn", "The conference cannot be before " + workStartedOn.format(DAY)));
        }
        List<Invitee> invitees = invitees(arrangement.invitees(), problems);
        if (arrangement.advocateOffered() == null) {
            problems.add(new Problem("advocateOffered", "Select whether the parents were offered an independent advocate"));
        } else if (arrangement.advocateOffered() && Boolean.TRUE.equals(arrangement.advocateAccepted())) {
            StrategyDiscussions.text(problems, "advocateName", arrangement.advocateName(), TextLimits.LINE,
                    "Enter the advocate's name and organisation");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        UUID id = UUID.randomUUID();
        boolean offered = arrangement.advocateOffered();
        Boolean accepted = offered ? arrangement.advocateAccepted() : null;
        jdbc.sql("""
                        INSERT INTO child_protection_conference (id, child_id, episode_id, kind, enquiry_id, plan_id,
                          transfer_in_id, due_on, scheduled_on, scheduled_by_name, advocate_offered, advocate_accepted,
                          advocate_name)
                        VALUES (:id, :child, :episode, :kind, :enquiry, :plan, :transfer, :due, :on, :by, :offered,
                          :accepted, :advocate)""")
                .param("id", id).param("child", childId).param("episode", episodeId).param("kind", kind.name())
                .param("enquiry", kind == Kind.INITIAL ? workId : null).param("plan", kind == Kind.REVIEW ? workId : null)
                .param("transfer", kind == Kind.TRANSFER_IN ? workId : null).param("due", dueOn)
                .param("on", arrangement.scheduledOn()).param("by", Actors.currentOrSystem().displayName())
                .param("offered", offered).param("accepted", accepted)
                .param("advocate", Boolean.TRUE.equals(accepted) ? arrangement.advocateName().trim() : null)
                .update();
        for (int i = 0; i < invitees.size(); i++) {
            Invitee invitee = invitees.get(i);
            jdbc.sql("""
                            INSERT INTO conference_invitee (conference_id, position, kind, person_id, practitioner_id, name,
                              agency_name)
                            VALUES (:id, :position, :kind, :person, :practitioner, :name, :agency)""")
                    .param("id", id).param("position", i).param("kind", invitee.kind().name())
                    .param("person", invitee.personId()).param("practitioner", invitee.practitionerId())
                    .param("name", invitee.name()).param("agency", invitee.agencyName())
                    .update();
        }
        events.publishEvent(new ConferenceScheduled(id, childId, kind.name(), arrangement.scheduledOn(), dueOn,
                leadPractitionerId, workId, today.date()));
        audit.record(AuditRecord.allowed("CONFERENCE_ARRANGED", List.of(id, childId)).withDetail(kind.name()));
        return id;
    }

    /**
     * The invitees as recorded: a practitioner's name and agency from the partnership; a parent or child recorded in
     * Kith under the name the arranger is shown (a restricted record they are not named on cannot be invited by
     * them); anyone else as typed.
     */
    private List<Invitee> invitees(List<Invitee> given, List<Problem> problems) {
        List<Invitee> invitees = given == null ? List.of() : given.stream().filter(Objects::nonNull)
                .filter(i -> i.personId() != null || i.practitionerId() != null || !StrategyDiscussions.blank(i.name()))
                .toList();
        if (invitees.isEmpty()) {
            problems.add(new Problem("invitees", "Add who is invited: the parents, the child where appropriate, and the agencies"));
            return List.of();
        }
        if (invitees.size() > MOST_INVITEES) {
            problems.add(new Problem("invitees", "Invite at most " + MOST_INVITEES + " people"));
            return List.of();
        }
        Map<UUID, Identity> people = identities.show(invitees.stream().map(Invitee::personId).filter(Objects::nonNull)
                .distinct().toList(), "conference invitations");
        List<Invitee> recorded = new ArrayList<>();
        for (Invitee i : invitees) {
            if (i.kind() == null) {
                problems.add(new Problem("invitees", "Say for each person invited whether they are a parent, the child or an agency"));
            } else if (i.practitionerId() != null) {
                PractitionerView p = partnership.practitioner(i.practitionerId()).orElse(null);
                if (p == null) {
                    problems.add(new Problem("invitees", "Select the practitioners invited from the partnership"));
                } else {
                    recorded.add(new Invitee(InviteeKind.AGENCY, null, p.id(), p.fullName(), p.agencyName()));
                }
            } else if (i.personId() != null) {
                Identity person = people.get(i.personId());
                if (person == null || person.withheld()) {
                    problems.add(new Problem("invitees", "Select the family invited from the family on this record"));
                } else {
                    recorded.add(new Invitee(i.kind(), person.id(), null, person.name(), null));
                }
            } else if (TextLimits.exceeds(i.name(), TextLimits.NAME) || TextLimits.exceeds(i.agencyName(), TextLimits.LINE)) {
                problems.add(new Problem("invitees", "Enter each name in " + TextLimits.shown(TextLimits.NAME)
                        + " characters or fewer"));
            } else if (i.kind() == InviteeKind.AGENCY && StrategyDiscussions.blank(i.agencyName())) {
                problems.add(new Problem("invitees", "Enter the agency of each practitioner invited"));
            } else {
                recorded.add(new Invitee(i.kind(), null, null, i.name().trim(),
                        StrategyDiscussions.blank(i.agencyName()) ? null : i.agencyName().trim()));
            }
        }
        return recorded;
    }

    /** DfE CIN rule 8875: a conference is on a working day, never a weekend or bank holiday. */
    static void workingDay(List<Problem> problems, String field, LocalDate day, String verb, WorkingCalendar calendar) {
        if (day == null) {
            problems.add(new Problem(field, "Enter the date the conference is " + verb));
        } else if (!calendar.isWorkingDay(day)) {
            problems.add(new Problem(field, day.format(DAY) + " is not a working day: a conference is " + verb
                    + " a working day, never a weekend or bank holiday (DfE rule 8875)"));
        }
    }

    /** The conferences of a plan or an enquiry's child, newest first, for their pages. */
    @Transactional(readOnly = true)
    public List<Stored> forChild(UUID childId) {
        return jdbc.sql(SELECT + " WHERE c.child_id = :child ORDER BY c.scheduled_on DESC")
                .param("child", childId).query(Conferences::stored).list();
    }

    Stored load(UUID id) {
        return jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id).query(Conferences::stored).optional()
                .orElseThrow(() -> new RecordNotFound("Child protection conference", id));
    }

    private Stored loadAt(UUID id, long expectedVersion) {
        Stored stored = load(id);
        if (stored.version() != expectedVersion) {
            throw new StaleRecord("Child protection conference", id);
        }
        return stored;
    }

    private static void save(JdbcClient.StatementSpec update, UUID id) {
        if (update.update() != 1) {
            throw new StaleRecord("Child protection conference", id);
        }
    }

    private List<InviteeView> inviteesOf(UUID id) {
        return jdbc.sql("""
                        SELECT position, kind, person_id, practitioner_id, name, agency_name, attended, report_received
                        FROM conference_invitee WHERE conference_id = :id ORDER BY position""")
                .param("id", id)
                .query((rs, n) -> new InviteeView(rs.getInt("position"), InviteeKind.valueOf(rs.getString("kind")),
                        rs.getObject("person_id", UUID.class), rs.getObject("practitioner_id", UUID.class),
                        rs.getString("name"), rs.getString("agency_name"), (Boolean) rs.getObject("attended"),
                        rs.getBoolean("report_received")))
                .list();
    }

    /** The agencies invited to a conference (Kith's practitioners and others), for the notices when a plan ends. */
    List<InviteeView> agenciesInvitedTo(UUID conferenceId) {
        return inviteesOf(conferenceId).stream().filter(i -> i.kind() == InviteeKind.AGENCY).toList();
    }

    /** A conference as stored; {@code workId} is its enquiry, plan or transfer, and {@code workStartedOn} when that began. */
    public record Stored(UUID id, long version, UUID childId, UUID episodeId, Kind kind, UUID enquiryId, UUID planId,
            UUID transferInId, LocalDate dueOn, LocalDate scheduledOn, String scheduledByName, boolean advocateOffered,
            Boolean advocateAccepted, String advocateName, LocalDate heldOn, String lateReason, String chairName,
            Decision decision, Category category, String reasons, Boolean familyHadAdvocate,
            LocalDate reportSharedWithParentsOn, LocalDate workStartedOn) {

        UUID workId() {
            return switch (kind) {
                case INITIAL -> enquiryId;
                case REVIEW -> planId;
                case TRANSFER_IN -> transferInId;
            };
        }
    }

    private static final String SELECT = """
            SELECT c.*, COALESCE(e.started_on, p.started_on, t.notified_on) AS work_started_on
            FROM child_protection_conference c
              LEFT JOIN section_47_enquiry e ON e.id = c.enquiry_id
              LEFT JOIN child_protection_plan p ON p.id = c.plan_id
              LEFT JOIN transfer_in t ON t.id = c.transfer_in_id""";

    private static Stored stored(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String decision = rs.getString("decision");
        String category = rs.getString("category");
        return new Stored(rs.getObject("id", UUID.class), rs.getLong("version"), rs.getObject("child_id", UUID.class),
                rs.getObject("episode_id", UUID.class), Kind.valueOf(rs.getString("kind")),
                rs.getObject("enquiry_id", UUID.class), rs.getObject("plan_id", UUID.class),
                rs.getObject("transfer_in_id", UUID.class), rs.getObject("due_on", LocalDate.class),
                rs.getObject("scheduled_on", LocalDate.class), rs.getString("scheduled_by_name"),
                rs.getBoolean("advocate_offered"), (Boolean) rs.getObject("advocate_accepted"),
                rs.getString("advocate_name"), rs.getObject("held_on", LocalDate.class), rs.getString("late_reason"),
                rs.getString("chair_name"), decision == null ? null : Decision.valueOf(decision),
                category == null ? null : Category.valueOf(category), rs.getString("reasons"),
                (Boolean) rs.getObject("family_had_advocate"),
                rs.getObject("report_shared_with_parents_on", LocalDate.class),
                rs.getObject("work_started_on", LocalDate.class));
    }
}
