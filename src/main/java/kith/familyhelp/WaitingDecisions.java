package kith.familyhelp;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.partnership.PartnershipDirectory;
import kith.people.Identities;
import kith.people.Identity;
import kith.shared.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions waiting for a Family Help manager: referrals the front door decided as Family Help that nobody
 * has opened yet (any manager may open them), and in the manager's team's episodes the assessments completed
 * and waiting for authorisation and the step-ups waiting for a strategy discussion; and the child protection
 * decisions the protection module lists ({@link ChildProtectionWork#decisionsWaiting}). Overdue first. The referrals come
 * from Family Help's own record of the front door's decisions ({@link ReferralsDecidedAsFamilyHelp}); the rest is
 * Family Help's own. A fixed number of SQL statements however many decisions wait (a test counts them); seeing
 * the list is audited, naming the children it shows.
 */
@Service
public class WaitingDecisions {

    /** The most decisions one list holds: a list longer than this is a service in trouble, not a to-do list. */
    static final int MOST = 500;

    /** What the manager is asked to decide; the titles are in {@code messages.properties}. */
    public enum Kind {
        /** A referral decided as Family Help, waiting for a manager to open Family Help. */
        OPEN_FAMILY_HELP,
        /** An assessment completed by the lead practitioner, waiting for a social-work-qualified manager. */
        AUTHORISE_ASSESSMENT,
        /** An episode stepped up to child protection, waiting for child protection to take it on. */
        STEP_UP_WAITING,
        /** A section 47 enquiry with no lead child protection practitioner yet. */
        ASSIGN_LEAD_CHILD_PROTECTION_PRACTITIONER,
        /** An enquiry that needs an initial conference, none arranged yet. */
        ARRANGE_INITIAL_CONFERENCE,
        /** A plan whose review is due within a month (or overdue), none arranged yet. */
        ARRANGE_REVIEW_CONFERENCE,
        /** A child on another council's plan who moved here, their transfer-in conference not arranged yet. */
        ARRANGE_TRANSFER_IN_CONFERENCE
    }

    /**
     * A decision another module lists (child protection's), as ids: this list shows the children.
     *
     * @param link where the manager decides, shown when they may open every child
     */
    public record Waiting(Kind kind, UUID id, List<UUID> children, LocalDate since, LocalDate dueOn, String link) {}

    /**
     * One decision waiting.
     *
     * @param id the referral, assessment or episode it is about
     * @param children the children concerned, as the manager may be shown them
     * @param decision for a referral, the front door's decision (TARGETED_EARLY_HELP or SECTION_17_ASSESSMENT)
     * @param since when it started waiting: the referral decided, the assessment completed, the step-up made
     * @param dueOn when it is due: the assessment's date (45 working days from the referral) for a referral or an
     *     assessment, the day of the step-up for a step-up
     * @param link the page where the manager decides, or null when they may not open it
     * @param overdueBy days past {@code dueOn}, 0 when not overdue
     */
    public record Decision(Kind kind, UUID id, List<Identity> children, String decision, LocalDate since,
            LocalDate dueOn, String link, long overdueBy, boolean dueToday) {

        public boolean overdue() {
            return overdueBy > 0;
        }

        public String childNames() {
            return String.join(", ", children.stream().map(Identity::name).toList());
        }
    }

    private record Row(Kind kind, UUID id, UUID episodeId, List<UUID> children, String decision, LocalDate since,
            LocalDate dueOn, String link) {}

    private final RecordAccess access;
    private final PartnershipDirectory partnership;
    private final Identities identities;
    private final JdbcClient jdbc;
    private final Today today;
    private final List<ChildProtectionWork> protection;

    WaitingDecisions(RecordAccess access, PartnershipDirectory partnership, Identities identities, JdbcClient jdbc,
            Today today, List<ChildProtectionWork> protection) {
        this.protection = protection;
        this.access = access;
        this.partnership = partnership;
        this.identities = identities;
        this.jdbc = jdbc;
        this.today = today;
    }

    /** The decisions waiting for the signed-in manager, overdue first, then soonest due; managers only. */
    @Transactional
    public List<Decision> forMe() {
        access.checkMayManageFamilyHelp();
        UUID manager = access.currentPractitioner();
        List<UUID> team = manager == null ? List.of() : partnership.teamOf(manager);
        List<Row> rows = jdbc.sql("""
                        SELECT * FROM (
                          SELECT 'OPEN_FAMILY_HELP' AS kind, r.referral_id AS id, NULL::uuid AS episode_id,
                            ARRAY[r.child_id] AS children, r.decision, r.decided_on AS since, r.assessment_due_on AS due_on
                          FROM referral_for_family_help r
                          WHERE NOT EXISTS (SELECT 1 FROM family_help_episode e WHERE e.referral_id = r.referral_id)
                          UNION ALL
                          SELECT 'AUTHORISE_ASSESSMENT', a.id, a.episode_id, ARRAY[a.child_id], NULL, a.completed_on,
                            a.due_on
                          FROM assessment a JOIN family_help_episode e ON e.id = a.episode_id
                          WHERE a.completed_on IS NOT NULL AND a.authorised_on IS NULL
                            AND (e.supervisor_id = ANY(:team) OR e.lead_practitioner_id = ANY(:team))
                          UNION ALL
                          SELECT 'STEP_UP_WAITING', e.id, e.id,
                            ARRAY(SELECT m.person_id FROM episode_member m WHERE m.episode_id = e.id AND m.child
                                  ORDER BY m.person_id),
                            NULL, e.stepped_up_on, e.stepped_up_on
                          FROM family_help_episode e
                          WHERE e.stepped_up_on IS NOT NULL AND e.closed_on IS NULL
                            AND (e.supervisor_id = ANY(:team) OR e.lead_practitioner_id = ANY(:team))
                        ) waiting
                        ORDER BY due_on, since, id
                        LIMIT :most""")
                .param("team", team.toArray(UUID[]::new))
                .param("most", MOST)
                .query((rs, n) -> new Row(Kind.valueOf(rs.getString("kind")), rs.getObject("id", UUID.class),
                        rs.getObject("episode_id", UUID.class), uuids(rs.getArray("children")), rs.getString("decision"),
                        rs.getObject("since", LocalDate.class), rs.getObject("due_on", LocalDate.class), null))
                .list();
        rows = new ArrayList<>(rows);
        Map<UUID, LocalDate> steppedUp = rows.stream().filter(row -> row.kind() == Kind.STEP_UP_WAITING)
                .collect(Collectors.toMap(Row::id, Row::since));
        for (ChildProtectionWork work : protection) {
            var takenOn = work.takenOn(steppedUp);
            rows.removeIf(row -> row.kind() == Kind.STEP_UP_WAITING && takenOn.contains(row.id()));
            for (Waiting w : work.decisionsWaiting(team, MOST)) {
                rows.add(new Row(w.kind(), w.id(), null, w.children(), null, w.since(), w.dueOn(), w.link()));
            }
        }
        Map<UUID, Identity> shown = identities.show(rows.stream().flatMap(row -> row.children().stream()).distinct().toList(),
                AuditRecord.allowed("WAITING_DECISIONS_VIEWED", List.of()));
        LocalDate onDay = today.date();
        return rows.stream()
                // A decision about someone Kith does not know (never by ordinary use) cannot be acted on.
                .filter(row -> row.children().stream().allMatch(shown::containsKey))
                .map(row -> decision(row, row.children().stream().map(shown::get).toList(), onDay))
                .sorted(Comparator.comparing(Decision::overdue).reversed()
                        .thenComparing(Decision::dueOn).thenComparing(Decision::since))
                .limit(MOST)
                .toList();
    }

    private static Decision decision(Row row, List<Identity> children, LocalDate today) {
        boolean openable = children.stream().allMatch(Identity::openable);
        String link = switch (row.kind()) {
            // The referral's page is the front door's, which managers work; it names a restricted child as such.
            case OPEN_FAMILY_HELP -> "/front-door/referrals/" + row.id();
            case AUTHORISE_ASSESSMENT -> openable ? "/family-help/assessments/" + row.id() : null;
            case STEP_UP_WAITING -> openable ? "/family-help/" + row.episodeId() : null;
            default -> openable ? row.link() : null;
        };
        long overdueBy = today.isAfter(row.dueOn()) ? ChronoUnit.DAYS.between(row.dueOn(), today) : 0;
        return new Decision(row.kind(), row.id(), children, row.decision(), row.since(), row.dueOn(), link, overdueBy,
                today.equals(row.dueOn()));
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((UUID[]) array.getArray()).filter(Objects::nonNull).toList();
    }
}
