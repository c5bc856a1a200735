package kith.familyhelp;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import kith.familyhelp.FamilyHelpEvents.AssessmentCompleted;
import kith.familyhelp.FamilyHelpEvents.AssessmentStarted;
import kith.familyhelp.FamilyHelpEvents.EpisodeClosed;
import kith.familyhelp.FamilyHelpEvents.EpisodeOpened;
import kith.familyhelp.FamilyHelpEvents.LeadPractitionerAllocated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Family Help's records replayed as the events that made them, episode by episode in the order they opened: the
 * opening, the current lead's allocation, each assessment's start and completion, and the closure. For a module
 * installed late (the measures), which builds its read models through the same listeners as live events. An episode
 * keeps only its current lead, so a lead changed during the episode replays as one allocation, of the current lead
 * on the day they were allocated. Fields no listener of a replay needs and the records do not keep (who opened or
 * closed it, an assessment's factors) are as stored or empty. Names no one; the caller checks who may rebuild.
 */
@Service
public class FamilyHelpHistory {

    private final JdbcClient jdbc;

    FamilyHelpHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many records {@link #replay} goes through (episodes and assessments), for a progress bar. */
    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("SELECT (SELECT count(*) FROM family_help_episode) + (SELECT count(*) FROM assessment)")
                .query(Long.class).single();
    }

    /** A primary need the child's assessment recorded (a DfE code, N0 to N9) and the day it was completed. */
    public record PrimaryNeedFrom(LocalDate from, String code) {}

    /** The primary needs the child's completed assessments recorded, earliest first: the measures' slicing. */
    @Transactional(readOnly = true)
    public List<PrimaryNeedFrom> primaryNeedsOf(UUID childId) {
        return jdbc.sql("""
                        SELECT completed_on, primary_need FROM assessment
                        WHERE child_id = :child AND completed_on IS NOT NULL AND primary_need IS NOT NULL
                        ORDER BY completed_on, id""")
                .param("child", childId)
                .query((rs, n) -> new PrimaryNeedFrom(rs.getObject("completed_on", LocalDate.class),
                        rs.getString("primary_need")))
                .list();
    }

    @Transactional(readOnly = true)
    public void replay(Consumer<Object> events) {
        record Row(UUID id, List<UUID> children, LocalDate openedOn, String kind, UUID referralId, String openedBy,
                UUID lead, String leadName, String leadAgency, LocalDate allocatedOn, LocalDate closedOn,
                String closureReason, String closedBy) {}
        List<Row> episodes = jdbc.sql("""
                        SELECT e.*, ARRAY(SELECT m.person_id FROM episode_member m WHERE m.episode_id = e.id AND m.child
                                          ORDER BY m.position) AS children
                        FROM family_help_episode e ORDER BY e.opened_on, e.id""")
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), uuids(rs.getArray("children")),
                        rs.getObject("opened_on", LocalDate.class), rs.getString("kind"),
                        rs.getObject("referral_id", UUID.class), rs.getString("opened_by_name"),
                        rs.getObject("lead_practitioner_id", UUID.class), rs.getString("lead_practitioner_name"),
                        rs.getString("lead_agency_name"), rs.getObject("lead_allocated_on", LocalDate.class),
                        rs.getObject("closed_on", LocalDate.class), rs.getString("closure_reason"),
                        rs.getString("closed_by_name")))
                .list();
        for (Row e : episodes) {
            events.accept(new EpisodeOpened(e.id(), e.children(), e.openedOn(), e.kind(), e.referralId(), e.openedBy()));
            if (e.lead() != null) {
                events.accept(new LeadPractitionerAllocated(e.id(), e.children(), e.lead(), e.leadName(), e.leadAgency(),
                        e.allocatedOn(), null));
            }
            jdbc.sql("SELECT * FROM assessment WHERE episode_id = :e ORDER BY started_on, id")
                    .param("e", e.id())
                    .query(rs -> {
                        UUID id = rs.getObject("id", UUID.class);
                        UUID child = rs.getObject("child_id", UUID.class);
                        LocalDate due = rs.getObject("due_on", LocalDate.class);
                        events.accept(new AssessmentStarted(id, e.id(), child, rs.getObject("started_on", LocalDate.class),
                                due, e.lead()));
                        LocalDate completed = rs.getObject("completed_on", LocalDate.class);
                        if (completed != null) {
                            Array factors = rs.getArray("factors");
                            events.accept(new AssessmentCompleted(id, e.id(), child, completed,
                                    factors == null ? List.of() : Arrays.asList((String[]) factors.getArray()),
                                    completed.isAfter(due), rs.getString("completed_by_name")));
                        }
                    });
            if (e.closedOn() != null) {
                events.accept(new EpisodeClosed(e.id(), e.children(), e.closedOn(), e.closureReason(), e.closedBy()));
            }
        }
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }
}
