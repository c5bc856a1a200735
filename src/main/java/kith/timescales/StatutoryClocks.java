package kith.timescales;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statutory clocks: started and stopped by the events other modules record, each with a due date counted
 * from its definition (in working days, days or months) or, where the definition lets it, from the length the
 * work set (a child protection plan's visit frequency). A clock stopped after its due date keeps the breach and
 * the reason it was late; the breach check marks running clocks whose due date has passed; a clock whose work is
 * no longer needed stops as such, neither on time nor late.
 *
 * <p>Recording the same event twice changes nothing the second time, so events may be delivered again.
 */
@Service
public class StatutoryClocks {

    private static final String CLOCK_COLUMNS = """
            c.id, c.subject_id, c.child_id, c.started_on, c.due_on, c.stopped_on, c.breached_on, c.late_reason,
            c.length AS run_length, c.not_needed, c.version, d.name, d.label, d.start_event, d.length, d.unit,
            d.stop_event, d.late_reason_required, d.length_set_by_work
            FROM statutory_clock c JOIN clock_definition d ON d.name = c.definition
            """;
    private static final String SELECT_CLOCK = "SELECT " + CLOCK_COLUMNS;
    private static final String DEFINITION_COLUMNS = """
            SELECT name, label, start_event, length, unit, stop_event, late_reason_required, length_set_by_work
            FROM clock_definition
            """;

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;

    StatutoryClocks(JdbcClient jdbc, WorkingDays workingDays) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
    }

    /**
     * Stops every running clock of the event's subject whose stop event this is, then starts every clock whose
     * start event this is (unless one of that kind is already running for the subject, or was started for it
     * on the same date). Stopping after the due date records the breach. A clock that this event both stops and
     * starts again (the next visit is due from this one) runs on when it started on the same day.
     *
     * @return the clocks started or stopped
     * @throws kith.shared.InvalidInput ({@code lateReason}) when a clock that requires a reason is stopped late
     *     without one, or ({@code on}) when the event is dated before a clock it stops started; nothing changes
     */
    @Transactional
    public List<ClockView> record(ClockEvent event) {
        lockSubject(event.subjectId());
        List<StatutoryClock> stopped = jdbc.sql(SELECT_CLOCK + """
                        WHERE c.subject_id = :subject AND c.stopped_on IS NULL AND d.stop_event = :event
                        ORDER BY c.started_on, d.name FOR UPDATE OF c""")
                .param("subject", event.subjectId())
                .param("event", event.name())
                .query(StatutoryClocks::clock)
                .list()
                .stream()
                .filter(clock -> !(clock.definition().startEvent().equals(event.name())
                        && clock.startedOn().equals(event.on())))
                .map(clock -> clock.stop(event.on(), event.lateReason()))
                .toList();
        List<ClockView> changed = new ArrayList<>();
        for (StatutoryClock clock : stopped) {
            save(clock);
            changed.add(clock.view());
        }
        List<ClockDefinition> starting = jdbc.sql(DEFINITION_COLUMNS + " WHERE start_event = :event ORDER BY name")
                .param("event", event.name())
                .query(StatutoryClocks::definition)
                .list();
        WorkingCalendar calendar = starting.isEmpty() ? null : workingDays.calendar();
        for (ClockDefinition definition : starting) {
            StatutoryClock clock = StatutoryClock.start(definition, event, calendar);
            if (insert(clock)) {
                changed.add(clock.view());
            }
        }
        return changed;
    }

    /**
     * Stops every running clock of the subject because the work it timed is no longer needed (an enquiry that ends
     * without a conference, a plan that ends): neither on time nor late, and no reason is asked for.
     *
     * @return the clocks stopped
     */
    @Transactional
    public List<ClockView> notNeeded(UUID subjectId, LocalDate on) {
        lockSubject(subjectId);
        List<ClockView> stopped = new ArrayList<>();
        for (StatutoryClock clock : jdbc.sql(SELECT_CLOCK + """
                        WHERE c.subject_id = :subject AND c.stopped_on IS NULL
                        ORDER BY c.started_on, d.name FOR UPDATE OF c""")
                .param("subject", subjectId)
                .query(StatutoryClocks::clock)
                .list()) {
            StatutoryClock withdrawn = clock.notNeeded(on);
            save(withdrawn);
            stopped.add(withdrawn.view());
        }
        return stopped;
    }

    /**
     * When a clock of that name started on {@code startedOn} would be due: the one statement of each timescale is
     * its clock definition row, so modules ask here instead of keeping a constant of their own.
     */
    @Transactional(readOnly = true)
    public LocalDate dueDate(String clockName, LocalDate startedOn) {
        return timescale(clockName).apply(startedOn);
    }

    /**
     * The same for a clock the work may set the length of (a plan's visit frequency): {@code length} in the
     * definition's unit, or the definition's own when it is null or the definition does not allow it.
     */
    @Transactional(readOnly = true)
    public LocalDate dueDate(String clockName, LocalDate startedOn, Integer length) {
        ClockDefinition definition = definitionNamed(clockName);
        return definition.dueOn(startedOn, definition.lengthFor(length), workingDays.calendar());
    }

    /** The same as a function, read once, for a list that works out many due dates. */
    @Transactional(readOnly = true)
    public UnaryOperator<LocalDate> timescale(String clockName) {
        ClockDefinition definition = definitionNamed(clockName);
        WorkingCalendar calendar = workingDays.calendar();
        return startedOn -> definition.dueOn(startedOn, calendar);
    }

    /** The latest clock of that name for the subject (the running one, if any). */
    @Transactional(readOnly = true)
    public Optional<ClockView> find(String clockName, UUID subjectId) {
        return jdbc.sql(SELECT_CLOCK + """
                        WHERE c.definition = :name AND c.subject_id = :subject
                        ORDER BY c.started_on DESC LIMIT 1""")
                .param("name", clockName)
                .param("subject", subjectId)
                .query(StatutoryClocks::clock)
                .optional()
                .map(StatutoryClock::view);
    }

    /** Every clock of the subject, oldest first (what a record shows of its timeliness). */
    @Transactional(readOnly = true)
    public List<ClockView> ofSubject(UUID subjectId) {
        return jdbc.sql(SELECT_CLOCK + " WHERE c.subject_id = :subject ORDER BY c.started_on, d.name")
                .param("subject", subjectId)
                .query(StatutoryClocks::clock)
                .list()
                .stream()
                .map(StatutoryClock::view)
                .toList();
    }

    /** The latest clock of that name for each of the subjects that has one, soonest due first (for work trays). */
    @Transactional(readOnly = true)
    public List<ClockView> forSubjects(String clockName, Collection<UUID> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM (SELECT DISTINCT ON (c.subject_id) " + CLOCK_COLUMNS + """
                        WHERE c.definition = :name AND c.subject_id = ANY(:subjects)
                        ORDER BY c.subject_id, c.started_on DESC) latest
                        ORDER BY due_on, subject_id""")
                .param("name", clockName)
                .param("subjects", subjectIds.toArray(UUID[]::new))
                .query(StatutoryClocks::clock)
                .list()
                .stream()
                .map(StatutoryClock::view)
                .toList();
    }

    /**
     * Marks every running clock whose due date is before {@code today} as breached from the day after its due
     * date. Marking again changes nothing.
     *
     * @return how many clocks were newly marked
     */
    @Transactional
    public int recordBreaches(LocalDate today) {
        return jdbc.sql("""
                        UPDATE statutory_clock SET breached_on = due_on + 1, version = version + 1
                        WHERE stopped_on IS NULL AND breached_on IS NULL AND due_on < :today""")
                .param("today", today)
                .update();
    }

    /**
     * Counts again the due dates of running working-day clocks whose count crosses {@code day}, after a closure
     * day has been added or removed there. Clocks already past their due date are not moved.
     *
     * @return how many due dates moved
     */
    @Transactional
    int recountAcross(LocalDate day) {
        List<StatutoryClock> crossing = jdbc.sql(SELECT_CLOCK + """
                        WHERE c.stopped_on IS NULL AND c.breached_on IS NULL AND d.unit = 'WORKING_DAYS'
                          AND c.started_on < :day AND c.due_on >= :day
                        FOR UPDATE OF c""")
                .param("day", day)
                .query(StatutoryClocks::clock)
                .list();
        if (crossing.isEmpty()) {
            return 0;
        }
        WorkingCalendar calendar = workingDays.calendar();
        int moved = 0;
        for (StatutoryClock clock : crossing) {
            StatutoryClock recounted = clock.recounted(calendar);
            if (!recounted.dueOn().equals(clock.dueOn())) {
                save(recounted);
                moved++;
            }
        }
        return moved;
    }

    /** One subject's events are recorded one at a time, so two deliveries cannot both start a clock. */
    private void lockSubject(UUID subjectId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('kith-clock:' || :subject))")
                .param("subject", subjectId.toString())
                .query()
                .singleValue();
    }

    private ClockDefinition definitionNamed(String clockName) {
        return jdbc.sql(DEFINITION_COLUMNS + " WHERE name = :name")
                .param("name", clockName)
                .query(StatutoryClocks::definition)
                .optional()
                .orElseThrow(() -> new IllegalArgumentException("No clock named " + clockName));
    }

    private boolean insert(StatutoryClock clock) {
        return jdbc.sql("""
                        INSERT INTO statutory_clock (id, definition, subject_id, child_id, started_on, due_on, length)
                        VALUES (:id, :definition, :subject, :child, :started, :due, :length)
                        ON CONFLICT DO NOTHING""")
                        .param("id", clock.id())
                        .param("definition", clock.definition().name())
                        .param("subject", clock.subjectId())
                        .param("child", clock.childId())
                        .param("started", clock.startedOn())
                        .param("due", clock.dueOn())
                        .param("length", clock.length())
                        .update()
                == 1;
    }

    private void save(StatutoryClock clock) {
        int updated = jdbc.sql("""
                        UPDATE statutory_clock SET due_on = :due, stopped_on = :stopped, breached_on = :breached,
                          late_reason = :reason, not_needed = :notNeeded, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("due", clock.dueOn())
                .param("stopped", clock.stoppedOn())
                .param("breached", clock.breachedOn())
                .param("reason", clock.lateReason())
                .param("notNeeded", clock.notNeeded())
                .param("id", clock.id())
                .param("version", clock.version())
                .update();
        if (updated != 1) {
            // The row was read FOR UPDATE in this transaction, so nobody can have changed it since.
            throw new IllegalStateException("Clock " + clock.id() + " changed while locked");
        }
    }

    private static ClockDefinition definition(ResultSet rs, int row) throws SQLException {
        return new ClockDefinition(
                rs.getString("name"),
                rs.getString("label"),
                rs.getString("start_event"),
                rs.getInt("length"),
                ClockUnit.valueOf(rs.getString("unit")),
                rs.getString("stop_event"),
                rs.getBoolean("late_reason_required"),
                rs.getBoolean("length_set_by_work"));
    }

    private static StatutoryClock clock(ResultSet rs, int row) throws SQLException {
        return new StatutoryClock(
                rs.getObject("id", UUID.class),
                definition(rs, row),
                rs.getObject("subject_id", UUID.class),
                rs.getObject("child_id", UUID.class),
                rs.getObject("started_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class),
                rs.getObject("stopped_on", LocalDate.class),
                rs.getObject("breached_on", LocalDate.class),
                rs.getString("late_reason"),
                rs.getObject("run_length", Integer.class),
                rs.getBoolean("not_needed"),
                rs.getLong("version"));
    }
}
