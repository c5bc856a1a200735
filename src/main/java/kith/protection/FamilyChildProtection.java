package kith.protection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.familyhelp.EpisodeFacts;
import kith.familyhelp.FamilyHelpEpisodes;
import kith.people.Identities;
import kith.people.Identity;
import kith.shared.AccessRefused;
import kith.shared.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A family's child protection work in one place, hung from their Family Help episode: the strategy discussions,
 * section 47 enquiries, conferences, plans and transfers in. Only what the current user may open is listed, so that
 * nothing on the page hints at a record they cannot open (a partner sees the children their place in the team or
 * the core group gives them; a restricted child shows as "Restricted record" to anyone not named on them, with
 * nothing of their work). The same statements however much work the family has had.
 */
@Service
public class FamilyChildProtection {

    /** A strategy discussion in the family's list. */
    public record DiscussionLine(UUID id, LocalDate heldOn, StrategyDiscussion.Kind kind, boolean section47,
            List<String> childNames) {}

    /** A section 47 enquiry in the family's list; {@code overdue} when its initial conference is late. */
    public record EnquiryLine(UUID id, String childName, LocalDate startedOn, LocalDate conferenceDueOn,
            String leadPractitionerName, Section47Enquiries.Outcome outcome, LocalDate completedOn, boolean overdue) {}

    /** A conference in the family's list; {@code overdue} when it is not held and its due date has passed. */
    public record ConferenceLine(UUID id, Conference.Kind kind, String childName, LocalDate dueOn,
            LocalDate scheduledOn, LocalDate heldOn, Conference.Decision decision, boolean overdue) {}

    /** A child protection plan in the family's list. */
    public record PlanLine(UUID id, String childName, LocalDate startedOn, Category category, LocalDate endedOn,
            PlanEndReason endReason) {}

    /** A transfer in in the family's list; {@code overdue} while its conference is late. */
    public record TransferLine(UUID id, String childName, String fromCouncil, LocalDate notifiedOn,
            LocalDate conferenceDueOn, boolean conferenceHeld, boolean overdue) {}

    /**
     * The family's child protection work as the current user may see it. {@code children} are the episode's children
     * the user may be shown here; {@code familyHelpOpenable} whether they may open the Family Help episode itself
     * (every child's record); {@code waitingSince} the day a step-up still waiting for a strategy discussion was
     * decided.
     */
    public record View(UUID episodeId, boolean episodeOpen, List<Identity> children, boolean familyHelpOpenable,
            LocalDate waitingSince, List<DiscussionLine> discussions, List<EnquiryLine> enquiries,
            List<ConferenceLine> conferences, List<PlanLine> plans, List<TransferLine> transfersIn) {

        public String childNames() {
            return String.join(", ", children.stream().map(Identity::name).toList());
        }
    }

    private final JdbcClient jdbc;
    private final FamilyHelpEpisodes familyHelp;
    private final Identities identities;
    private final RecordAccess access;
    private final Today today;

    FamilyChildProtection(JdbcClient jdbc, FamilyHelpEpisodes familyHelp, Identities identities, RecordAccess access,
            Today today) {
        this.jdbc = jdbc;
        this.familyHelp = familyHelp;
        this.identities = identities;
        this.access = access;
        this.today = today;
    }

    /**
     * The family's child protection work, for anyone who may open the child protection records of at least one of
     * the episode's children (refused and audited otherwise); audited as a view naming the children shown.
     */
    @Transactional
    public View open(UUID episodeId) {
        EpisodeFacts episode = familyHelp.facts(episodeId);
        Set<UUID> openable = access.childProtectionOpenable(episode.childIds());
        if (openable.isEmpty()) {
            // Refuses with the policy's own reason, and audits it, naming the first child.
            episode.childIds().stream().findFirst().ifPresent(access::checkMayOpenChildProtection);
            throw new AccessRefused("No child of this family may be opened");
        }
        // A partner sees only the children their child protection work gives them; the council sees every child,
        // a restricted one as "Restricted record" (Identities decides) with none of their work listed.
        List<UUID> children = access.isPartner()
                ? episode.childIds().stream().filter(openable::contains).toList() : episode.childIds();
        List<UUID> subjects = new ArrayList<>(List.of(episodeId));
        Map<UUID, Identity> shown = identities.show(children,
                AuditRecord.allowed("CHILD_PROTECTION_EPISODE_VIEWED", subjects));
        LocalDate onDay = today.date();
        UUID[] ids = openable.toArray(UUID[]::new);
        return new View(episodeId, episode.open(), children.stream().map(shown::get).toList(),
                !access.isPartner() && openable.containsAll(episode.childIds()), waitingSince(episodeId),
                discussions(episodeId, ids, shown), enquiries(episodeId, ids, shown, onDay),
                conferences(episodeId, ids, shown, onDay), plans(episodeId, ids, shown),
                transfers(episodeId, ids, shown, onDay));
    }

    private LocalDate waitingSince(UUID episodeId) {
        return jdbc.sql("""
                        SELECT max(decided_on) FROM child_protection_step_up
                        WHERE episode_id = :episode AND strategy_discussion_id IS NULL""")
                .param("episode", episodeId).query(LocalDate.class).optional().orElse(null);
    }

    /** The discussions all of whose children the user may open, newest first. */
    private List<DiscussionLine> discussions(UUID episodeId, UUID[] openable, Map<UUID, Identity> shown) {
        return jdbc.sql("""
                        SELECT d.id, d.held_on, d.kind, d.section_47,
                          ARRAY(SELECT c.person_id FROM strategy_discussion_child c WHERE c.discussion_id = d.id
                                ORDER BY c.person_id) AS children
                        FROM strategy_discussion d
                        WHERE d.episode_id = :episode AND NOT EXISTS (SELECT 1 FROM strategy_discussion_child c
                          WHERE c.discussion_id = d.id AND NOT c.person_id = ANY(:openable))
                        ORDER BY d.held_on DESC, d.recorded_at DESC""")
                .param("episode", episodeId).param("openable", openable)
                .query((rs, n) -> new DiscussionLine(rs.getObject("id", UUID.class),
                        rs.getObject("held_on", LocalDate.class), StrategyDiscussion.Kind.valueOf(rs.getString("kind")),
                        rs.getBoolean("section_47"), java.util.Arrays.stream((UUID[]) rs.getArray("children").getArray())
                                .map(child -> nameOf(shown, child)).toList()))
                .list();
    }

    private List<EnquiryLine> enquiries(UUID episodeId, UUID[] openable, Map<UUID, Identity> shown, LocalDate onDay) {
        return jdbc.sql("""
                        SELECT e.id, e.child_id, e.started_on, e.conference_due_on, e.lead_practitioner_name, e.outcome,
                          e.completed_on, c.held_on AS conference_held_on
                        FROM section_47_enquiry e
                          LEFT JOIN child_protection_conference c ON c.enquiry_id = e.id AND c.kind = 'INITIAL'
                        WHERE e.episode_id = :episode AND e.child_id = ANY(:openable)
                        ORDER BY e.started_on DESC, e.id""")
                .param("episode", episodeId).param("openable", openable)
                .query((rs, n) -> {
                    String outcome = rs.getString("outcome");
                    LocalDate due = rs.getObject("conference_due_on", LocalDate.class);
                    // As the enquiry's own view: late while no conference is held, unless none is needed.
                    boolean overdue = rs.getObject("conference_held_on") == null && !"NO_FURTHER_ACTION".equals(outcome)
                            && onDay.isAfter(due);
                    return new EnquiryLine(rs.getObject("id", UUID.class), nameOf(shown, rs.getObject("child_id", UUID.class)),
                            rs.getObject("started_on", LocalDate.class), due, rs.getString("lead_practitioner_name"),
                            outcome == null ? null : Section47Enquiries.Outcome.valueOf(outcome),
                            rs.getObject("completed_on", LocalDate.class), overdue);
                })
                .list();
    }

    private List<ConferenceLine> conferences(UUID episodeId, UUID[] openable, Map<UUID, Identity> shown, LocalDate onDay) {
        return jdbc.sql("""
                        SELECT id, kind, child_id, due_on, scheduled_on, held_on, decision FROM child_protection_conference
                        WHERE episode_id = :episode AND child_id = ANY(:openable)
                        ORDER BY scheduled_on DESC, id""")
                .param("episode", episodeId).param("openable", openable)
                .query((rs, n) -> {
                    String decision = rs.getString("decision");
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    LocalDate held = rs.getObject("held_on", LocalDate.class);
                    return new ConferenceLine(rs.getObject("id", UUID.class), Conference.Kind.valueOf(rs.getString("kind")),
                            nameOf(shown, rs.getObject("child_id", UUID.class)), due,
                            rs.getObject("scheduled_on", LocalDate.class), held,
                            decision == null ? null : Conference.Decision.valueOf(decision), held == null && onDay.isAfter(due));
                })
                .list();
    }

    private List<PlanLine> plans(UUID episodeId, UUID[] openable, Map<UUID, Identity> shown) {
        return jdbc.sql("""
                        SELECT id, child_id, started_on, latest_category, ended_on, end_reason FROM child_protection_plan
                        WHERE episode_id = :episode AND child_id = ANY(:openable)
                        ORDER BY started_on DESC, id""")
                .param("episode", episodeId).param("openable", openable)
                .query((rs, n) -> {
                    String reason = rs.getString("end_reason");
                    return new PlanLine(rs.getObject("id", UUID.class), nameOf(shown, rs.getObject("child_id", UUID.class)),
                            rs.getObject("started_on", LocalDate.class), Category.valueOf(rs.getString("latest_category")),
                            rs.getObject("ended_on", LocalDate.class), reason == null ? null : PlanEndReason.valueOf(reason));
                })
                .list();
    }

    private List<TransferLine> transfers(UUID episodeId, UUID[] openable, Map<UUID, Identity> shown, LocalDate onDay) {
        return jdbc.sql("""
                        SELECT id, child_id, from_council, notified_on, conference_due_on, conference_id FROM transfer_in
                        WHERE episode_id = :episode AND child_id = ANY(:openable)
                        ORDER BY notified_on DESC, id""")
                .param("episode", episodeId).param("openable", openable)
                .query((rs, n) -> {
                    boolean held = rs.getObject("conference_id") != null;
                    LocalDate due = rs.getObject("conference_due_on", LocalDate.class);
                    return new TransferLine(rs.getObject("id", UUID.class), nameOf(shown, rs.getObject("child_id", UUID.class)),
                            rs.getString("from_council"), rs.getObject("notified_on", LocalDate.class), due, held,
                            !held && onDay.isAfter(due));
                })
                .list();
    }

    /** Every child listed is one the user may open, so shown; withheld only if the record changed meanwhile. */
    private static String nameOf(Map<UUID, Identity> shown, UUID child) {
        Identity identity = shown.get(child);
        return identity == null ? Identity.RESTRICTED_RECORD : identity.name();
    }
}
