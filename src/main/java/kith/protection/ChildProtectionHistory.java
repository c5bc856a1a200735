package kith.protection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import kith.protection.ProtectionEvents.ChildProtectionPlanEnded;
import kith.protection.ProtectionEvents.ChildProtectionPlanStarted;
import kith.protection.ProtectionEvents.ChildProtectionVisitMade;
import kith.protection.ProtectionEvents.ConferenceHeld;
import kith.protection.ProtectionEvents.ConferenceScheduled;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Child protection's records replayed as the events that made them, for a module installed late (the measures),
 * which builds its read models through the same listeners as live events: each conference as arranged and, once
 * held, as held (oldest first); then each plan's start, its statutory visits and its end. A plan keeps only its
 * current lead child protection practitioner, who is the one its start and visits replay with; a conference's
 * lead is its enquiry's or its plan's. Names no one; the caller checks who may rebuild.
 */
@Service
public class ChildProtectionHistory {

    private final JdbcClient jdbc;

    ChildProtectionHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many records {@link #replay} goes through (conferences, plans and visits), for a progress bar. */
    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM child_protection_conference)
                          + (SELECT count(*) FROM child_protection_plan) + (SELECT count(*) FROM statutory_visit)""")
                .query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public void replay(Consumer<Object> events) {
        jdbc.sql("""
                        SELECT c.*, COALESCE(e.lead_practitioner_id, p.lead_practitioner_id) AS lead,
                          COALESCE(e.id, c.plan_id, c.transfer_in_id) AS work
                        FROM child_protection_conference c
                        LEFT JOIN section_47_enquiry e ON e.id = c.enquiry_id
                        LEFT JOIN child_protection_plan p ON p.id = c.plan_id
                        ORDER BY c.scheduled_on, c.id""")
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    UUID child = rs.getObject("child_id", UUID.class);
                    String kind = rs.getString("kind");
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    UUID work = rs.getObject("work", UUID.class);
                    events.accept(new ConferenceScheduled(id, child, kind, rs.getObject("scheduled_on", LocalDate.class),
                            due, rs.getObject("lead", UUID.class), work, null));
                    LocalDate held = rs.getObject("held_on", LocalDate.class);
                    if (held != null) {
                        events.accept(new ConferenceHeld(id, child, kind, held, rs.getString("decision"),
                                rs.getString("category"), held.isAfter(due), rs.getString("chair_name"), work));
                    }
                });
        jdbc.sql("SELECT * FROM child_protection_plan ORDER BY started_on, id").query(rs -> {
            UUID plan = rs.getObject("id", UUID.class);
            UUID child = rs.getObject("child_id", UUID.class);
            UUID episode = rs.getObject("episode_id", UUID.class);
            UUID lead = rs.getObject("lead_practitioner_id", UUID.class);
            events.accept(new ChildProtectionPlanStarted(plan, episode, child, rs.getObject("started_on", LocalDate.class),
                    rs.getString("initial_category"), rs.getInt("previous_plans"), lead,
                    rs.getString("lead_practitioner_name"), rs.getObject("family_help_lead_id", UUID.class), null, null,
                    null));
            jdbc.sql("SELECT * FROM statutory_visit WHERE plan_id = :plan ORDER BY visited_on, recorded_at")
                    .param("plan", plan)
                    .query(visit -> {
                        // A late visit is refused without its reason (PlanRhythm), so one with a reason was late.
                        events.accept(new ChildProtectionVisitMade(visit.getObject("id", UUID.class), plan, child,
                                visit.getObject("visited_on", LocalDate.class), visit.getBoolean("child_seen"),
                                visit.getBoolean("seen_alone"), visit.getBoolean("bedroom_seen"),
                                visit.getObject("next_due_on", LocalDate.class), visit.getString("late_reason") != null,
                                lead, visit.getString("recorded_by_name")));
                    });
            LocalDate ended = rs.getObject("ended_on", LocalDate.class);
            if (ended != null) {
                events.accept(new ChildProtectionPlanEnded(plan, episode, child, ended, rs.getString("end_reason"),
                        List.of(), rs.getString("ended_by_name")));
            }
        });
    }
}
