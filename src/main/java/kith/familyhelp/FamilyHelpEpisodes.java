package kith.familyhelp;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.partnership.PractitionerView;
import kith.shared.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading Family Help episodes: an episode for anyone who may open its children's records, a child's current
 * Family Help for their page, and the practitioners a manager may choose from. The changes are made by
 * {@link FamilyHelpOpening}, {@link FamilyMembers}, {@link FamilyHelpAllocation} and {@link FamilyHelpDecisions}.
 */
@Service
public class FamilyHelpEpisodes {

    private final EpisodeRecords records;
    private final EpisodePractitioners practitioners;
    private final RecordAccess access;
    private final JdbcClient jdbc;
    private final Today today;

    FamilyHelpEpisodes(EpisodeRecords records, EpisodePractitioners practitioners, RecordAccess access, JdbcClient jdbc,
            Today today) {
        this.records = records;
        this.practitioners = practitioners;
        this.access = access;
        this.jdbc = jdbc;
        this.today = today;
    }

    /** An episode, for anyone who may open its children's records; audited as a view. */
    @Transactional
    public EpisodeView open(UUID episodeId) {
        Episode episode = records.load(episodeId);
        episode.childIds().forEach(access::checkMayOpen);
        return records.shown(episode, AuditRecord.allowed("FAMILY_HELP_VIEWED", EpisodeRecords.subjectsOf(episode)));
    }

    /**
     * Who an episode is about and who works on it, as ids, for another module's work within it (child protection),
     * which checks access to the children itself. Nothing is shown, so nothing is audited here.
     */
    @Transactional(readOnly = true)
    public EpisodeFacts facts(UUID episodeId) {
        Episode episode = records.load(episodeId);
        EpisodeView view = episode.view();
        return new EpisodeFacts(episode.id(), episode.childIds(), episode.familyIds(), episode.leadPractitionerId(),
                view.leadPractitionerName(), episode.supervisorId(), episode.isOpen());
    }

    /**
     * The child's current Family Help, its plan and latest assessment, in one statement: the child's page
     * has a budget of five. Only for a record the caller has opened (the proof is the argument).
     */
    @Transactional(readOnly = true)
    public Optional<FamilyHelpSummary> summaryFor(kith.people.PersonManagement.OpenedRecord opened) {
        UUID childId = opened.id();
        return jdbc.sql("""
                        SELECT e.id, e.kind, e.opened_on, e.lead_practitioner_name, e.lead_agency_name, e.lead_agreed,
                          e.supervisor_name, e.stepped_up_on, p.id AS plan_id, p.child_in_need_plan, p.next_review_on,
                          (SELECT count(*) FROM plan_goal g WHERE g.plan_id = p.id) AS goals,
                          a.due_on, a.completed_on, a.authorised_on
                        FROM family_help_episode e
                          JOIN episode_member m ON m.episode_id = e.id AND m.person_id = :child
                          LEFT JOIN family_plan p ON p.episode_id = e.id AND p.ended_on IS NULL
                          LEFT JOIN LATERAL (SELECT due_on, completed_on, authorised_on FROM assessment
                            WHERE episode_id = e.id AND child_id = :child ORDER BY started_on DESC LIMIT 1) a ON true
                        WHERE e.closed_on IS NULL ORDER BY e.opened_on DESC LIMIT 1""")
                .param("child", childId)
                .query((rs, n) -> new FamilyHelpSummary(rs.getObject("id", UUID.class),
                        EpisodeKind.valueOf(rs.getString("kind")), rs.getObject("opened_on", LocalDate.class),
                        rs.getString("lead_practitioner_name"), rs.getString("lead_agency_name"),
                        rs.getBoolean("lead_agreed"), rs.getString("supervisor_name"),
                        rs.getObject("stepped_up_on", LocalDate.class), rs.getObject("plan_id", UUID.class),
                        rs.getBoolean("child_in_need_plan"), rs.getInt("goals"),
                        rs.getObject("next_review_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                        rs.getObject("completed_on", LocalDate.class), rs.getObject("authorised_on", LocalDate.class)))
                .optional();
    }

    /** Practitioners who may lead or join the team: those of any agency who work with families. */
    @Transactional(readOnly = true)
    public List<PractitionerView> practitioners() {
        access.checkMayManageFamilyHelp();
        return practitioners.offered();
    }

    public LocalDate today() {
        return today.date();
    }
}
