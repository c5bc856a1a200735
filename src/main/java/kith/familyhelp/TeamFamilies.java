package kith.familyhelp;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * A team manager's view of the Family Help their team holds: every open episode the manager supervises or
 * someone in the manager's team supervises or leads, with what is due. Seeing the list is audited, because
 * it names children.
 */
@Service
public class TeamFamilies {

    /** One open episode of the team, with the assessment and plan review dates that make work due. */
    public record TeamFamily(UUID episodeId, EpisodeKind kind, LocalDate openedOn, List<Identity> children,
            String leadPractitionerName, String supervisorName, LocalDate assessmentDueOn,
            boolean assessmentWaitingForAuthorisation, LocalDate nextReviewOn) {

        public boolean assessmentOverdueOn(LocalDate today) {
            return assessmentDueOn != null && assessmentDueOn.isBefore(today);
        }

        public boolean reviewOverdueOn(LocalDate today) {
            return nextReviewOn != null && nextReviewOn.isBefore(today);
        }
    }

    private final RecordAccess access;
    private final PartnershipDirectory partnership;
    private final Identities identities;
    private final JdbcClient jdbc;
    private final Today today;

    TeamFamilies(RecordAccess access, PartnershipDirectory partnership, Identities identities,
            JdbcClient jdbc, Today today) {
        this.access = access;
        this.partnership = partnership;
        this.identities = identities;
        this.jdbc = jdbc;
        this.today = today;
    }

    public LocalDate today() {
        return today.date();
    }

    /** The signed-in manager's team's open episodes, overdue work first, then oldest first. */
    @Transactional
    public List<TeamFamily> ofMyTeam() {
        access.checkMayManageFamilyHelp();
        UUID manager = access.currentPractitioner();
        List<UUID> team = manager == null ? List.of() : partnership.teamOf(manager);
        record Row(UUID episodeId, EpisodeKind kind, LocalDate openedOn, List<UUID> children, String lead,
                String supervisor, LocalDate assessmentDueOn, boolean waitingForAuthorisation, LocalDate nextReviewOn) {}
        List<Row> rows = jdbc.sql("""
                        SELECT e.id, e.kind, e.opened_on, e.lead_practitioner_name, e.supervisor_name,
                          (SELECT array_agg(m.person_id ORDER BY m.person_id) FROM episode_member m
                             WHERE m.episode_id = e.id AND m.child) AS children,
                          (SELECT min(a.due_on) FROM assessment a
                             WHERE a.episode_id = e.id AND a.completed_on IS NULL) AS assessment_due_on,
                          EXISTS (SELECT 1 FROM assessment a WHERE a.episode_id = e.id AND a.completed_on IS NOT NULL
                             AND a.authorised_on IS NULL) AS waiting_for_authorisation,
                          (SELECT p.next_review_on FROM family_plan p
                             WHERE p.episode_id = e.id AND p.ended_on IS NULL) AS next_review_on
                        FROM family_help_episode e
                        WHERE e.closed_on IS NULL
                          AND (e.supervisor_id = ANY(:team) OR e.lead_practitioner_id = ANY(:team))
                        ORDER BY e.opened_on, e.id""")
                .param("team", team.toArray(UUID[]::new))
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), EpisodeKind.valueOf(rs.getString("kind")),
                        rs.getObject("opened_on", LocalDate.class), uuids(rs.getArray("children")),
                        rs.getString("lead_practitioner_name"), rs.getString("supervisor_name"),
                        rs.getObject("assessment_due_on", LocalDate.class), rs.getBoolean("waiting_for_authorisation"),
                        rs.getObject("next_review_on", LocalDate.class)))
                .list();
        List<UUID> children = rows.stream().flatMap(row -> row.children().stream()).distinct().toList();
        Map<UUID, Identity> shown = identities.show(children, AuditRecord.allowed("TEAM_FAMILIES_VIEWED", List.of()));
        LocalDate today = today();
        return rows.stream()
                .map(row -> new TeamFamily(row.episodeId(), row.kind(), row.openedOn(),
                        row.children().stream().map(shown::get).toList(),
                        row.lead(), row.supervisor(), row.assessmentDueOn(), row.waitingForAuthorisation(),
                        row.nextReviewOn()))
                .sorted((a, b) -> Boolean.compare(overdue(b, today), overdue(a, today)))
                .toList();
    }

    private static boolean overdue(TeamFamily family, LocalDate today) {
        return family.assessmentOverdueOn(today) || family.reviewOverdueOn(today);
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }
}
