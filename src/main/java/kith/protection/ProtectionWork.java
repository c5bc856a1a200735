package kith.protection;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kith.familyhelp.ChildProtectionWork;
import kith.familyhelp.WaitingDecisions.Kind;
import kith.familyhelp.WaitingDecisions.Waiting;
import kith.shared.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells Family Help's rules what child protection work is open, and lists the child protection decisions waiting
 * for a manager on their one list (ids and dates only: Family Help's list shows the children).
 */
@Component
class ProtectionWork implements ChildProtectionWork {

    /** How far ahead a review conference shows on the manager's list: time to arrange it with everyone. */
    static final int REVIEW_SHOWN_DAYS_AHEAD = 30;

    private final JdbcClient jdbc;
    private final Today today;

    ProtectionWork(JdbcClient jdbc, Today today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    @Override
    public boolean planOpenFor(Collection<UUID> childIds) {
        return !childIds.isEmpty() && jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM child_protection_plan WHERE child_id = ANY(:children) AND ended_on IS NULL)""")
                .param("children", childIds.toArray(UUID[]::new)).query(Boolean.class).single();
    }

    @Override
    public Optional<String> openWorkIn(UUID episodeId) {
        return jdbc.sql("""
                        SELECT what FROM (
                          SELECT 1 AS o, 'a child protection plan' AS what FROM child_protection_plan
                            WHERE episode_id = :episode AND ended_on IS NULL
                          UNION ALL SELECT 2, 'a section 47 enquiry' FROM section_47_enquiry
                            WHERE episode_id = :episode AND completed_on IS NULL
                          UNION ALL SELECT 3, 'an initial child protection conference' FROM section_47_enquiry e
                            WHERE e.episode_id = :episode AND e.outcome = 'INITIAL_CONFERENCE' AND NOT EXISTS (
                              SELECT 1 FROM child_protection_conference c WHERE c.enquiry_id = e.id AND c.held_on IS NOT NULL)
                          UNION ALL SELECT 4, 'a transfer-in conference' FROM transfer_in
                            WHERE episode_id = :episode AND conference_id IS NULL
                        ) work ORDER BY o LIMIT 1""")
                .param("episode", episodeId).query(String.class).optional();
    }

    @Override
    public Set<UUID> takenOn(Map<UUID, LocalDate> steppedUpOn) {
        // Asked even with none, so that the manager's list takes the same statements whatever waits.
        Set<UUID> takenOn = new HashSet<>();
        jdbc.sql("""
                        SELECT episode_id, max(held_on) AS held, max(recorded_at) AS recorded FROM strategy_discussion
                        WHERE episode_id = ANY(:episodes) GROUP BY episode_id""")
                .param("episodes", steppedUpOn.keySet().toArray(UUID[]::new))
                .query(rs -> {
                    UUID episode = rs.getObject("episode_id", UUID.class);
                    LocalDate since = steppedUpOn.get(episode);
                    // Held since the step-up, or written up since it for an earlier date (an urgent discussion).
                    if (!rs.getObject("held", LocalDate.class).isBefore(since)
                            || !Today.dateOf(rs.getTimestamp("recorded").toInstant()).isBefore(since)) {
                        takenOn.add(episode);
                    }
                });
        return takenOn;
    }

    @Override
    public List<Waiting> decisionsWaiting(List<UUID> team, int most) {
        // Work nobody manages yet (a new enquiry) is for any child protection manager; the rest for the manager's team.
        return jdbc.sql("""
                        SELECT * FROM (
                          SELECT 'ASSIGN_LEAD_CHILD_PROTECTION_PRACTITIONER' AS kind, e.id, ARRAY[e.child_id] AS children,
                            e.started_on AS since, e.started_on AS due_on, '/child-protection/enquiries/' || e.id AS link
                          FROM section_47_enquiry e
                          WHERE e.completed_on IS NULL AND e.lead_practitioner_id IS NULL
                          UNION ALL
                          SELECT 'ARRANGE_INITIAL_CONFERENCE', e.id, ARRAY[e.child_id], e.completed_on, e.conference_due_on,
                            '/child-protection/enquiries/' || e.id
                          FROM section_47_enquiry e
                          WHERE e.outcome = 'INITIAL_CONFERENCE'
                            AND NOT EXISTS (SELECT 1 FROM child_protection_conference c WHERE c.enquiry_id = e.id)
                            AND (e.manager_id IS NULL OR e.manager_id = ANY(:team) OR e.lead_practitioner_id = ANY(:team))
                          UNION ALL
                          SELECT 'ARRANGE_REVIEW_CONFERENCE', p.id, ARRAY[p.child_id], p.started_on, p.next_review_due_on,
                            '/child-protection/plans/' || p.id
                          FROM child_protection_plan p
                          WHERE p.ended_on IS NULL AND p.next_review_due_on <= :ahead
                            AND NOT EXISTS (SELECT 1 FROM child_protection_conference c WHERE c.plan_id = p.id
                                            AND c.held_on IS NULL)
                            AND (p.manager_id IS NULL OR p.manager_id = ANY(:team) OR p.lead_practitioner_id = ANY(:team))
                          UNION ALL
                          SELECT 'ARRANGE_TRANSFER_IN_CONFERENCE', t.id, ARRAY[t.child_id], t.notified_on, t.conference_due_on,
                            '/child-protection/transfers-in/' || t.id
                          FROM transfer_in t
                          WHERE t.conference_id IS NULL
                            AND NOT EXISTS (SELECT 1 FROM child_protection_conference c WHERE c.transfer_in_id = t.id)
                        ) waiting
                        ORDER BY due_on, since, id
                        LIMIT :most""")
                .param("team", team.toArray(UUID[]::new))
                .param("ahead", today.date().plusDays(REVIEW_SHOWN_DAYS_AHEAD))
                .param("most", most)
                .query((rs, n) -> new Waiting(Kind.valueOf(rs.getString("kind")), rs.getObject("id", UUID.class),
                        uuids(rs.getArray("children")), rs.getObject("since", LocalDate.class),
                        rs.getObject("due_on", LocalDate.class), rs.getString("link")))
                .list();
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((UUID[]) array.getArray()).toList();
    }
}
