package kith.protection;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.access.WorkingRelationships;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.familyhelp.EpisodeFacts;
import kith.partnership.PractitionerView;
import kith.people.Identities;
import kith.people.Identity;
import kith.protection.ProtectionEvents.LeadChildProtectionPractitionerAssigned;
import kith.protection.ProtectionEvents.Section47EnquiryCompleted;
import kith.protection.ProtectionEvents.Section47EnquiryStarted;
import kith.shared.Actors;
import kith.shared.InvalidInput;
import kith.shared.InvalidInput.Problem;
import kith.shared.RecordNotFound;
import kith.shared.StaleRecord;
import kith.shared.TextLimits;
import kith.shared.Today;
import kith.timescales.ClockEvent;
import kith.timescales.ClockView;
import kith.timescales.StatutoryClocks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Section 47 enquiries (Children Act 1989), one per child, started by a strategy discussion: the lead child
 * protection practitioner a manager assigns, the findings, whether the concerns are substantiated and the outcome. An
 * enquiry that leads to no conference records ICPCnotRequired and stops its conference clock as not needed; one that
 * leads to a conference keeps the clock running until the initial conference is held.
 */
@Service
public class Section47Enquiries {

    static final String INITIAL_CONFERENCE = "INITIAL_CHILD_PROTECTION_CONFERENCE";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** NO_FURTHER_ACTION (CIN census ICPCnotRequired) or INITIAL_CONFERENCE. */
    public enum Outcome {
        NO_FURTHER_ACTION("No further child protection action: no initial conference is needed"),
        INITIAL_CONFERENCE("An initial child protection conference");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What an enquiry found: the findings, whether the concerns are substantiated, and the outcome. */
    public record Findings(String findings, Boolean substantiated, Outcome outcome, LocalDate completedOn) {}

    /** An enquiry as its page and the API show it, the child as the current user may be shown them. */
    public record View(UUID id, long version, Identity child, UUID episodeId, UUID strategyDiscussionId,
            LocalDate startedOn, LocalDate conferenceDueOn, UUID leadPractitionerId, String leadPractitionerName,
            LocalDate leadAssignedOn, String leadAssignedByName, String findings, Boolean substantiated,
            Outcome outcome, LocalDate completedOn, String completedByName, UUID conferenceId,
            LocalDate conferenceScheduledOn, LocalDate conferenceHeldOn, boolean conferenceOverdue) {

        public boolean open() {
            return completedOn == null;
        }

        /** CIN census ICPCnotRequired: the enquiry ended without an initial conference. */
        public boolean icpcNotRequired() {
            return outcome == Outcome.NO_FURTHER_ACTION;
        }
    }

    private final JdbcClient jdbc;
    private final LeadPractitionerRules rule;
    private final ChildProtectionTeams teams;
    private final StatutoryClocks clocks;
    private final WorkingRelationships working;
    private final Identities identities;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Today today;

    Section47Enquiries(JdbcClient jdbc, LeadPractitionerRules rule, ChildProtectionTeams teams, StatutoryClocks clocks,
            WorkingRelationships working, Identities identities, RecordAccess access, AuditTrail audit,
            ApplicationEventPublisher events, Today today) {
        this.jdbc = jdbc;
        this.rule = rule;
        this.teams = teams;
        this.clocks = clocks;
        this.working = working;
        this.identities = identities;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.today = today;
    }

    /**
     * DfE CIN rules 8839 and 8890: no two enquiries for a child at once. Adds a problem for each child with an open
     * enquiry, except one started by the discussion this one follows up (a meeting after an urgent phone discussion
     * carries on the enquiry the phone discussion started).
     */
    void refuseOpenEnquiries(List<UUID> children, UUID carriedOnFrom, List<Problem> problems) {
        List<Map.Entry<UUID, LocalDate>> open = jdbc.sql("""
                        SELECT child_id, started_on FROM section_47_enquiry
                        WHERE child_id = ANY(:children) AND completed_on IS NULL
                          AND strategy_discussion_id IS DISTINCT FROM CAST(:from AS uuid)""")
                .param("children", children.toArray(UUID[]::new))
                .param("from", carriedOnFrom)
                .query((rs, n) -> Map.entry(rs.getObject("child_id", UUID.class), rs.getObject("started_on", LocalDate.class)))
                .list();
        if (open.isEmpty()) {
            return;
        }
        Map<UUID, Identity> names = identities.show(open.stream().map(Map.Entry::getKey).toList(), "section 47 enquiry");
        for (var enquiry : open) {
            problems.add(new Problem("section47", names.get(enquiry.getKey()).name()
                    + " already has a section 47 enquiry open, started on " + enquiry.getValue().format(DAY)
                    + ". A child has one enquiry at a time (DfE rule 8839): record its outcome first"));
        }
    }

    /**
     * Starts the enquiry into one child that a strategy discussion decided on, unless the discussion carries one on;
     * its initial conference is due 15 working days from the discussion. The team works with the child through it.
     */
    void startFrom(UUID discussionId, LocalDate heldOn, UUID child, EpisodeFacts episode, UUID team, UUID carriedOnFrom) {
        boolean carriedOn = carriedOnFrom != null && jdbc.sql("""
                        SELECT count(*) FROM section_47_enquiry
                        WHERE child_id = :child AND completed_on IS NULL AND strategy_discussion_id = :from""")
                .param("child", child).param("from", carriedOnFrom).query(Long.class).single() > 0;
        if (carriedOn) {
            return;
        }
        UUID id = UUID.randomUUID();
        LocalDate due = clocks.record(new ClockEvent("StrategyDiscussionInitiatedSection47", id, child, heldOn, null))
                .stream().filter(clock -> clock.name().equals(INITIAL_CONFERENCE)).map(ClockView::dueOn).findFirst()
                .orElseThrow(() -> new IllegalStateException("The initial conference clock did not start"));
        jdbc.sql("""
                        INSERT INTO section_47_enquiry (id, child_id, episode_id, team_id, strategy_discussion_id,
                          started_on, conference_due_on)
                        VALUES (:id, :child, :episode, :team, :discussion, :started, :due)""")
                .param("id", id).param("child", child).param("episode", episode.id()).param("team", team)
                .param("discussion", discussionId).param("started", heldOn).param("due", due)
                .update();
        teams.workStarted(team, id, List.of(child));
        events.publishEvent(new Section47EnquiryStarted(id, episode.id(), child, heldOn, due, discussionId,
                episode.leadPractitionerId()));
        audit.record(AuditRecord.allowed("SECTION_47_ENQUIRY_STARTED", List.of(id, child)));
    }

    /** An enquiry, for anyone who may open the child's child protection records; audited as a view. */
    @Transactional
    public View open(UUID id) {
        Stored stored = load(id);
        access.checkMayOpenChildProtection(stored.childId());
        Identity child = identities.show(List.of(stored.childId()),
                AuditRecord.allowed("SECTION_47_ENQUIRY_VIEWED", List.of(id, stored.childId()))).get(stored.childId());
        return stored.view(child, today.date());
    }

    /**
     * A manager assigns the lead child protection practitioner: only a registered social worker meeting the
     * council's rule, or the refusal says why. They work with the child from now; a lead replaced no longer does.
     */
    @Transactional
    public View assignLead(UUID id, long expectedVersion, UUID practitionerId) {
        access.check(Permission.MANAGE_CHILD_PROTECTION);
        Stored stored = loadAt(id, expectedVersion);
        access.checkMayOpenChildProtection(stored.childId());
        if (stored.completedOn() != null && stored.outcome() == Outcome.NO_FURTHER_ACTION) {
            throw new InvalidInput("leadPractitionerId", "This enquiry has ended with no further action");
        }
        PractitionerView lead = rule.checkMayLead(practitionerId, "leadPractitionerId");
        if (stored.leadPractitionerId() != null) {
            working.end(id, stored.leadPractitionerId(), WorkingRelationships.Kind.LEAD_CHILD_PROTECTION_PRACTITIONER);
        }
        LocalDate onDay = today.date();
        UUID manager = access.currentPractitioner();
        save(jdbc.sql("""
                        UPDATE section_47_enquiry SET lead_practitioner_id = :lead, lead_practitioner_name = :name,
                          lead_assigned_on = :on, lead_assigned_by_name = :by, manager_id = :manager, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("lead", lead.id()).param("name", lead.fullName()).param("on", onDay)
                .param("by", Actors.currentOrSystem().displayName()).param("manager", manager)
                .param("id", id).param("version", expectedVersion), id);
        working.start(id, List.of(stored.childId()), lead.id(), WorkingRelationships.Kind.LEAD_CHILD_PROTECTION_PRACTITIONER);
        if (manager != null) {
            working.start(id, List.of(stored.childId()), manager, WorkingRelationships.Kind.SUPERVISING_MANAGER);
        }
        events.publishEvent(new LeadChildProtectionPractitionerAssigned(id, stored.childId(), lead.id(), lead.fullName(),
                onDay, Actors.currentOrSystem().displayName(), false));
        audit.record(AuditRecord.allowed("LEAD_CHILD_PROTECTION_PRACTITIONER_ASSIGNED", List.of(id, stored.childId(), lead.id())));
        return open(id);
    }

    /**
     * Records what the enquiry found and its outcome. No further action ends the team's work through the enquiry and
     * stops its conference clock as not needed; an initial conference keeps the clock running.
     */
    @Transactional
    public View complete(UUID id, long expectedVersion, Findings findings) {
        access.check(Permission.WORK_CHILD_PROTECTION);
        Stored stored = loadAt(id, expectedVersion);
        access.checkMayOpenChildProtection(stored.childId());
        List<Problem> problems = new ArrayList<>();
        if (stored.completedOn() != null) {
            problems.add(new Problem("outcome", "This enquiry's outcome has already been recorded"));
        }
        StrategyDiscussions.text(problems, "findings", findings.findings(), TextLimits.TEXT,
                "Write what the enquiry found");
        if (findings.substantiated() == null) {
            problems.add(new Problem("substantiated", "Select whether the concerns are substantiated"));
        }
        if (findings.outcome() == null) {
            problems.add(new Problem("outcome", "Select the outcome of the enquiry"));
        }
        LocalDate onDay = findings.completedOn();
        if (onDay == null || onDay.isAfter(today.date()) || onDay.isBefore(stored.startedOn())) {
            problems.add(new Problem("completedOn", "Enter the date the enquiry was completed, since it started on "
                    + stored.startedOn().format(DAY) + " and not in the future"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        save(jdbc.sql("""
                        UPDATE section_47_enquiry SET findings = :findings, concerns_substantiated = :substantiated,
                          outcome = :outcome, completed_on = :on, completed_by_name = :by, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("findings", findings.findings().trim())
                .param("substantiated", findings.substantiated() ? "SUBSTANTIATED" : "NOT_SUBSTANTIATED")
                .param("outcome", findings.outcome().name()).param("on", onDay)
                .param("by", Actors.currentOrSystem().displayName()).param("id", id).param("version", expectedVersion), id);
        if (findings.outcome() == Outcome.NO_FURTHER_ACTION) {
            clocks.notNeeded(id, onDay);
            teams.workEnded(id);
        }
        events.publishEvent(new Section47EnquiryCompleted(id, stored.childId(), onDay, findings.substantiated(),
                findings.outcome() == Outcome.INITIAL_CONFERENCE, Actors.currentOrSystem().displayName()));
        audit.record(AuditRecord.allowed("SECTION_47_ENQUIRY_COMPLETED", List.of(id, stored.childId()))
                .withDetail(findings.outcome().name()));
        return open(id);
    }

    /** The enquiries of an episode, newest first (its page lists them). */
    @Transactional(readOnly = true)
    public List<Stored> ofEpisode(UUID episodeId) {
        return jdbc.sql(SELECT + " WHERE e.episode_id = :episode ORDER BY e.started_on DESC, e.id")
                .param("episode", episodeId)
                .query(Section47Enquiries::stored)
                .list();
    }

    /** Loads an enquiry for another service of the module (a conference), without a view. */
    Stored load(UUID id) {
        return jdbc.sql(SELECT + " WHERE e.id = :id").param("id", id).query(Section47Enquiries::stored).optional()
                .orElseThrow(() -> new RecordNotFound("Section 47 enquiry", id));
    }

    private Stored loadAt(UUID id, long expectedVersion) {
        Stored stored = load(id);
        if (stored.version() != expectedVersion) {
            throw new StaleRecord("Section 47 enquiry", id);
        }
        return stored;
    }

    private static void save(JdbcClient.StatementSpec update, UUID id) {
        if (update.update() != 1) {
            throw new StaleRecord("Section 47 enquiry", id);
        }
    }

    /** An enquiry as stored, with its initial conference (if one is arranged). */
    public record Stored(UUID id, long version, UUID childId, UUID episodeId, UUID teamId, UUID strategyDiscussionId,
            LocalDate startedOn, LocalDate conferenceDueOn, UUID leadPractitionerId, String leadPractitionerName,
            LocalDate leadAssignedOn, String leadAssignedByName, UUID managerId, String findings, Boolean substantiated,
            Outcome outcome, LocalDate completedOn, String completedByName, UUID conferenceId,
            LocalDate conferenceScheduledOn, LocalDate conferenceHeldOn) {

        View view(Identity child, LocalDate today) {
            boolean overdue = conferenceHeldOn == null && outcome != Outcome.NO_FURTHER_ACTION && today.isAfter(conferenceDueOn);
            return new View(id, version, child, episodeId, strategyDiscussionId, startedOn, conferenceDueOn,
                    leadPractitionerId, leadPractitionerName, leadAssignedOn, leadAssignedByName, findings, substantiated,
                    outcome, completedOn, completedByName, conferenceId, conferenceScheduledOn, conferenceHeldOn, overdue);
        }
    }

    private static final String SELECT = """
            SELECT e.*, c.id AS conference_id, c.scheduled_on AS conference_scheduled_on, c.held_on AS conference_held_on
            FROM section_47_enquiry e
              LEFT JOIN child_protection_conference c ON c.enquiry_id = e.id AND c.kind = 'INITIAL'""";

    private static Stored stored(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String substantiated = rs.getString("concerns_substantiated");
        String outcome = rs.getString("outcome");
        return new Stored(rs.getObject("id", UUID.class), rs.getLong("version"), rs.getObject("child_id", UUID.class),
                rs.getObject("episode_id", UUID.class), rs.getObject("team_id", UUID.class),
                rs.getObject("strategy_discussion_id", UUID.class), rs.getObject("started_on", LocalDate.class),
                rs.getObject("conference_due_on", LocalDate.class), rs.getObject("lead_practitioner_id", UUID.class),
                rs.getString("lead_practitioner_name"), rs.getObject("lead_assigned_on", LocalDate.class),
                rs.getString("lead_assigned_by_name"), rs.getObject("manager_id", UUID.class), rs.getString("findings"),
                substantiated == null ? null : substantiated.equals("SUBSTANTIATED"),
                outcome == null ? null : Outcome.valueOf(outcome), rs.getObject("completed_on", LocalDate.class),
                rs.getString("completed_by_name"), rs.getObject("conference_id", UUID.class),
                rs.getObject("conference_scheduled_on", LocalDate.class), rs.getObject("conference_held_on", LocalDate.class));
    }

    Optional<Stored> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE e.id = :id").param("id", id).query(Section47Enquiries::stored).optional();
    }
}
