package kith.networks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kith.networks.PreProceeding.LetterIncludes;
import kith.networks.PreProceeding.LpmDecision;
import kith.networks.PreProceeding.Meeting;
import kith.networks.PreProceeding.Outcome;
import kith.shared.RecordNotFound;
import kith.shared.StaleRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes pre-proceedings, their meetings and the outcome codes. */
@Repository
class PpStore {

    static final String WHAT = "Pre-proceedings";

    record Stored(UUID id, long version, UUID childId, LocalDate startedOn, String startedBy, LocalDate lpmOn,
            LpmDecision lpmDecision, LocalDate letterSentOn, UUID letterFgdmId, LetterIncludes letterIncludes,
            String letterWarning, LocalDate stepDecisionOn, String outcome, LocalDate courtApplicationOn,
            String courtUrgentReason, String courtUrgentBy, LocalDate letterInitCpOn, LocalDate endedOn) {}

    private final JdbcClient jdbc;

    PpStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    Stored load(UUID id) {
        return jdbc.sql("SELECT * FROM pre_proceedings WHERE id = :id").param("id", id).query(PpStore::stored)
                .optional().orElseThrow(() -> new RecordNotFound(WHAT, id));
    }

    Stored loadAt(UUID id, long expectedVersion) {
        Stored stored = load(id);
        if (stored.version() != expectedVersion) {
            throw new StaleRecord(WHAT, id);
        }
        return stored;
    }

    /** The child's pre-proceedings, newest first. */
    List<Stored> ofChild(UUID childId) {
        return jdbc.sql("SELECT * FROM pre_proceedings WHERE child_id = :child ORDER BY started_on DESC, id")
                .param("child", childId).query(PpStore::stored).list();
    }

    boolean openFor(UUID childId) {
        return jdbc.sql("SELECT count(*) FROM pre_proceedings WHERE child_id = :child AND ended_on IS NULL")
                .param("child", childId).query(Long.class).single() > 0;
    }

    /** The pre-proceedings of each of these children, started up to {@code to}, in one query (the census's batch). */
    List<Stored> ofChildren(java.util.Collection<UUID> childIds, LocalDate to) {
        return jdbc.sql("SELECT * FROM pre_proceedings WHERE child_id = ANY(:ids) AND started_on <= :to ORDER BY child_id, started_on, id")
                .param("ids", childIds.toArray(UUID[]::new)).param("to", to).query(PpStore::stored).list();
    }

    List<Meeting> meetings(UUID id) {
        return meetings(List.of(id)).getOrDefault(id, List.of());
    }

    /** The meetings of each of these pre-proceedings, in one query (a list page asks for all its rows at once). */
    Map<UUID, List<Meeting>> meetings(Collection<UUID> ids) {
        Map<UUID, List<Meeting>> meetings = new HashMap<>();
        jdbc.sql("""
                        SELECT pre_proceedings_id, kind, held_on, next_review_on, recorded_by_name
                        FROM pre_proceedings_meeting
                        WHERE pre_proceedings_id = ANY(:ids) ORDER BY held_on, kind""")
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("pre_proceedings_id", UUID.class), new Meeting(rs.getString("kind"),
                        rs.getObject("held_on", LocalDate.class), rs.getObject("next_review_on", LocalDate.class),
                        rs.getString("recorded_by_name"))))
                .list()
                .forEach(entry -> meetings.computeIfAbsent(entry.getKey(), id -> new ArrayList<>()).add(entry.getValue()));
        return meetings;
    }

    List<Outcome> outcomes() {
        return jdbc.sql("SELECT code, label, ends FROM pre_proceedings_outcome ORDER BY code")
                .query((rs, n) -> new Outcome(rs.getString("code"), rs.getString("label"), rs.getBoolean("ends")))
                .list();
    }

    void save(JdbcClient.StatementSpec update, UUID id) {
        if (update.update() != 1) {
            throw new StaleRecord(WHAT, id);
        }
    }

    private static Stored stored(ResultSet rs, int n) throws SQLException {
        String decision = rs.getString("lpm_decision");
        String includes = rs.getString("letter_includes");
        return new Stored(rs.getObject("id", UUID.class), rs.getLong("version"), rs.getObject("child_id", UUID.class),
                rs.getObject("started_on", LocalDate.class), rs.getString("started_by_name"),
                rs.getObject("lpm_on", LocalDate.class), decision == null ? null : LpmDecision.valueOf(decision),
                rs.getObject("letter_sent_on", LocalDate.class), rs.getObject("letter_fgdm_id", UUID.class),
                includes == null ? null : LetterIncludes.valueOf(includes), rs.getString("letter_warning"),
                rs.getObject("step_decision_on", LocalDate.class), rs.getString("outcome"),
                rs.getObject("court_application_on", LocalDate.class), rs.getString("court_urgent_reason"),
                rs.getString("court_urgent_by"), rs.getObject("letter_init_cp_on", LocalDate.class),
                rs.getObject("ended_on", LocalDate.class));
    }
}
