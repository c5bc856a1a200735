package kith.protection;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.familyhelp.EpisodeFacts;
import kith.familyhelp.FamilyHelpEpisodes;
import kith.people.Identities;
import kith.people.Identity;
import kith.protection.ProtectionEvents.TransferInNotified;
import kith.shared.Actors;
import kith.shared.InvalidInput;
import kith.shared.InvalidInput.Problem;
import kith.shared.RecordNotFound;
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
 * A child on another council's child protection plan moves here. Their plan is kept as they sent it (category, when
 * it started, what it says) until a transfer-in conference, due within 15 working days of the notification, decides
 * whether a plan here follows it. The family's work here is a Family Help episode, as for any family.
 */
@Service
public class TransfersIn {

    static final String CONFERENCE_CLOCK = "TRANSFER_IN_CONFERENCE";

    /** What the other council told us. */
    public record Notification(UUID episodeId, UUID childId, String fromCouncil, LocalDate notifiedOn,
            LocalDate theirPlanStartedOn, Category theirCategory, String theirContact, String theirPlan) {}

    /** A transfer in as stored, with its conference once arranged. */
    public record Stored(UUID id, long version, UUID childId, UUID episodeId, String fromCouncil, LocalDate notifiedOn,
            LocalDate theirPlanStartedOn, Category theirCategory, String theirContact, String theirPlan,
            LocalDate conferenceDueOn, UUID conferenceId, String recordedByName) {}

    /** A transfer in to read, with the child shown through the identity choke point. */
    public record View(Stored transfer, Identity child, UUID arrangedConferenceId, LocalDate conferenceScheduledOn,
            boolean overdue) {}

    private final JdbcClient jdbc;
    private final FamilyHelpEpisodes familyHelp;
    private final ChildProtectionTeams teams;
    private final StatutoryClocks clocks;
    private final Identities identities;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Today today;

    TransfersIn(JdbcClient jdbc, FamilyHelpEpisodes familyHelp, ChildProtectionTeams teams, StatutoryClocks clocks,
            Identities identities, RecordAccess access, AuditTrail audit, ApplicationEventPublisher events, Today today) {
        this.jdbc = jdbc;
        this.familyHelp = familyHelp;
        this.teams = teams;
        this.clocks = clocks;
        this.identities = identities;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.today = today;
    }

    /**
     * Records the notification; the transfer-in conference is due 15 working days from it. Refused when the child
     * already has a plan here or a transfer waiting for its conference.
     *
     * @return the transfer's id
     */
    @Transactional
    public UUID notify(Notification notification) {
        access.check(Permission.WORK_CHILD_PROTECTION);
        if (notification.episodeId() == null) {
            throw new InvalidInput("episodeId", "Give the Family Help episode the child is open to here");
        }
        EpisodeFacts episode = familyHelp.facts(notification.episodeId());
        List<Problem> problems = new ArrayList<>();
        UUID child = notification.childId();
        if (!episode.open()) {
            throw new InvalidInput("episodeId", "This family's Family Help has closed");
        }
        if (child == null || !episode.childIds().contains(child)) {
            throw new InvalidInput("childId", "Select a child from this family's Family Help");
        }
        access.checkMayOpenChildProtection(child);
        StrategyDiscussions.text(problems, "fromCouncil", notification.fromCouncil(), TextLimits.LINE,
                "Enter the council whose plan the child is on");
        LocalDate onDay = today.date();
        if (notification.notifiedOn() == null || notification.notifiedOn().isAfter(onDay)) {
            problems.add(new Problem("notifiedOn", "Enter the date we were told of the move, today or in the past"));
        }
        if (notification.theirPlanStartedOn() == null || (notification.notifiedOn() != null
                && notification.theirPlanStartedOn().isAfter(notification.notifiedOn()))) {
            problems.add(new Problem("theirPlanStartedOn", "Enter the date their plan started, on or before the day we "
                    + "were told"));
        }
        if (notification.theirCategory() == null) {
            problems.add(new Problem("theirCategory", "Select the category of their plan"));
        }
        StrategyDiscussions.text(problems, "theirContact", notification.theirContact(), TextLimits.LINE,
                "Enter who to contact at that council");
        StrategyDiscussions.text(problems, "theirPlan", notification.theirPlan(), TextLimits.TEXT,
                "Write what their plan says, or where it is kept");
        String already = jdbc.sql("""
                        SELECT 'plan' FROM child_protection_plan WHERE child_id = :child AND ended_on IS NULL
                        UNION ALL SELECT 'transfer' FROM transfer_in WHERE child_id = :child AND conference_id IS NULL
                        LIMIT 1""")
                .param("child", child).query(String.class).optional().orElse(null);
        if (already != null) {
            String name = identities.show(child, "transfer in").name();
            problems.add(new Problem("childId", already.equals("plan")
                    ? name + " already has a child protection plan here"
                    : name + "'s move here is already recorded and waiting for its conference"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        UUID id = UUID.randomUUID();
        LocalDate due = clocks.record(new ClockEvent("TransferInNotified", id, child, notification.notifiedOn(), null))
                .stream().filter(c -> c.name().equals(CONFERENCE_CLOCK) && c.running()).map(ClockView::dueOn)
                .findFirst().orElseThrow(() -> new IllegalStateException("The transfer-in conference clock did not start"));
        String by = Actors.currentOrSystem().displayName();
        jdbc.sql("""
                        INSERT INTO transfer_in (id, child_id, episode_id, from_council, notified_on, their_plan_started_on,
                          their_category, their_contact, their_plan, conference_due_on, recorded_by_name, recorded_at)
                        VALUES (:id, :child, :episode, :from, :notified, :started, :category, :contact, :plan, :due,
                          :by, :at)""")
                .param("id", id).param("child", child).param("episode", episode.id())
                .param("from", notification.fromCouncil().trim()).param("notified", notification.notifiedOn())
                .param("started", notification.theirPlanStartedOn())
                .param("category", notification.theirCategory().name())
                .param("contact", notification.theirContact().trim()).param("plan", notification.theirPlan().trim())
                .param("due", due).param("by", by).param("at", Timestamp.from(today.now()))
                .update();
        teams.workStarted(teams.defaultTeam().orElse(null), id, List.of(child));
        events.publishEvent(new TransferInNotified(id, episode.id(), child, notification.fromCouncil().trim(),
                notification.notifiedOn(), due, episode.leadPractitionerId(), by));
        audit.record(AuditRecord.allowed("CHILD_PROTECTION_TRANSFER_IN_NOTIFIED", List.of(id, child)));
        return id;
    }

    /** A transfer in, for anyone who may open the child's child protection records; audited as a view. */
    @Transactional
    public View open(UUID id) {
        Stored transfer = load(jdbc, id);
        access.checkMayOpenChildProtection(transfer.childId());
        Identity child = identities.show(List.of(transfer.childId()),
                AuditRecord.allowed("CHILD_PROTECTION_TRANSFER_IN_VIEWED", List.of(id, transfer.childId())))
                .get(transfer.childId());
        var arranged = jdbc.sql("SELECT id, scheduled_on FROM child_protection_conference WHERE transfer_in_id = :id")
                .param("id", id)
                .query((rs, n) -> new Object[] {rs.getObject("id", UUID.class), rs.getObject("scheduled_on", LocalDate.class)})
                .optional();
        boolean overdue = transfer.conferenceId() == null && today.date().isAfter(transfer.conferenceDueOn());
        return new View(transfer, child, arranged.map(a -> (UUID) a[0]).orElse(null),
                arranged.map(a -> (LocalDate) a[1]).orElse(null), overdue);
    }

    /** The transfers into this episode, newest first (ids and dates only). */
    @Transactional(readOnly = true)
    public List<Stored> ofEpisode(UUID episodeId) {
        return jdbc.sql("SELECT * FROM transfer_in WHERE episode_id = :episode ORDER BY notified_on DESC")
                .param("episode", episodeId).query(TransfersIn::stored).list();
    }

    /** The transfer-in conference was held: the other council's plan is no longer what we work to. */
    static void conferenceHeld(JdbcClient jdbc, UUID transferId, UUID conferenceId) {
        jdbc.sql("UPDATE transfer_in SET conference_id = :conference, version = version + 1 WHERE id = :id")
                .param("conference", conferenceId).param("id", transferId).update();
    }

    static Stored load(JdbcClient jdbc, UUID id) {
        return jdbc.sql("SELECT * FROM transfer_in WHERE id = :id").param("id", id).query(TransfersIn::stored)
                .optional().orElseThrow(() -> new RecordNotFound("Transfer in", id));
    }

    private static Stored stored(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Stored(rs.getObject("id", UUID.class), rs.getLong("version"), rs.getObject("child_id", UUID.class),
                rs.getObject("episode_id", UUID.class), rs.getString("from_council"),
                rs.getObject("notified_on", LocalDate.class), rs.getObject("their_plan_started_on", LocalDate.class),
                Category.valueOf(rs.getString("their_category")), rs.getString("their_contact"),
                rs.getString("their_plan"), rs.getObject("conference_due_on", LocalDate.class),
                rs.getObject("conference_id", UUID.class), rs.getString("recorded_by_name"));
    }
}
