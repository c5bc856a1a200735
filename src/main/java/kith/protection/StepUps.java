package kith.protection;

import java.sql.Timestamp;
import java.util.UUID;
import kith.familyhelp.FamilyHelpEvents.SteppedUpToChildProtection;
import kith.shared.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A manager stepped a Family Help episode up to child protection: the family goes on the multi-agency child
 * protection team's list, waiting for a strategy discussion, and the team's members work with the children from
 * now. Runs after Family Help's transaction commits; safe to run twice (one step-up an episode a day).
 */
@Component
class StepUps {

    private final JdbcClient jdbc;
    private final ChildProtectionTeams teams;
    private final Today today;

    StepUps(JdbcClient jdbc, ChildProtectionTeams teams, Today today) {
        this.jdbc = jdbc;
        this.teams = teams;
        this.today = today;
    }

    @ApplicationModuleListener
    void on(SteppedUpToChildProtection event) {
        UUID id = UUID.randomUUID();
        int added = jdbc.sql("""
                        INSERT INTO child_protection_step_up (id, episode_id, child_ids, decided_on, reason,
                          family_help_lead_id, decided_by_name, received_at)
                        VALUES (:id, :episode, :children, :decided, :reason, :lead, :by, :at)
                        ON CONFLICT (episode_id, decided_on) DO NOTHING""")
                .param("id", id).param("episode", event.episodeId())
                .param("children", event.childIds().toArray(UUID[]::new)).param("decided", event.decidedOn())
                .param("reason", event.reason()).param("lead", event.leadPractitionerId())
                .param("by", event.decidedByName()).param("at", Timestamp.from(today.now()))
                .update();
        if (added == 0) {
            return;
        }
        // A strategy discussion (held since, or written up since for an earlier date) may have been recorded before this step-up reached child protection: then the step-up
        // is already taken on, and the team's access goes through the discussion's enquiries, not the step-up.
        UUID discussion = jdbc.sql("""
                        SELECT id FROM strategy_discussion
                        WHERE episode_id = :episode AND (held_on >= :decided OR recorded_at >= :since)
                        ORDER BY recorded_at LIMIT 1""")
                .param("episode", event.episodeId()).param("decided", event.decidedOn())
                .param("since", Timestamp.from(event.decidedOn().atStartOfDay(Today.LONDON).toInstant()))
                .query(UUID.class).optional().orElse(null);
        if (discussion != null) {
            jdbc.sql("UPDATE child_protection_step_up SET strategy_discussion_id = :d WHERE id = :id")
                    .param("d", discussion).param("id", id).update();
        } else {
            teams.workStarted(teams.defaultTeam().orElse(null), id, event.childIds());
        }
    }
}
