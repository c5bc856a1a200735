package kith.timescales;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.shared.AccessRefused;
import kith.shared.Actors;
import kith.shared.InvalidInput;
import kith.shared.RecordNotFound;
import kith.shared.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's local closure days, which are not working days. Administrators add and remove them (the
 * {@code /admin/**} route rule, and a check here for any other caller); every change is audited, and running
 * clocks whose working days cross the changed day are counted again.
 */
@Service
public class ClosureDays {

    /** A local closure day. */
    public record ClosureDay(LocalDate day, String reason, String addedBy, Instant addedAt) {}

    static final int MAX_REASON = 200;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final JdbcClient jdbc;
    private final StatutoryClocks clocks;
    private final AuditTrail audit;
    private final Today today;

    ClosureDays(JdbcClient jdbc, StatutoryClocks clocks, AuditTrail audit, Today today) {
        this.jdbc = jdbc;
        this.clocks = clocks;
        this.audit = audit;
        this.today = today;
    }

    /**
     * Makes {@code day} a closure day.
     *
     * @throws InvalidInput ({@code date}) for a missing or past day, a weekend, a bank holiday or an existing
     *     closure day; ({@code reason}) for a blank or overlong reason. Nothing is saved.
     */
    @Transactional
    public void add(LocalDate day, String reason) {
        requireAdministrator("CLOSURE_DAY_ADD_REFUSED");
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (day == null) {
            problems.add(new InvalidInput.Problem("date", "Enter the date of the closure day"));
        } else if (day.isBefore(today())) {
            problems.add(new InvalidInput.Problem("date", "The closure day must be today or in the future"));
        } else if (BankHolidays.isWeekend(day)) {
            problems.add(new InvalidInput.Problem("date", day.format(SHOWN) + " is a weekend day. Enter a weekday"));
        } else if (BankHolidays.isBankHoliday(day)) {
            problems.add(new InvalidInput.Problem("date", day.format(SHOWN) + " is already a bank holiday"));
        } else if (exists(day)) {
            problems.add(new InvalidInput.Problem("date", day.format(SHOWN) + " is already a closure day"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new InvalidInput.Problem("reason", "Enter why the council is closed"));
        } else if (reason.trim().length() > MAX_REASON) {
            problems.add(new InvalidInput.Problem("reason", "The reason must be " + MAX_REASON + " characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        jdbc.sql("""
                        INSERT INTO working_day_closure (day, reason, added_by, added_at)
                        VALUES (:day, :reason, :by, :at)""")
                .param("day", day)
                .param("reason", reason.trim())
                .param("by", Actors.currentOrSystem().username())
                .param("at", Timestamp.from(today.now()))
                .update();
        int moved = clocks.recountAcross(day);
        audit.record(AuditRecord.allowed("CLOSURE_DAY_ADDED", List.of())
                .withReason(reason.trim())
                .withDetail(day + " (" + moved + " running clock due dates moved)"));
    }

    /**
     * Makes {@code day} a working day again.
     *
     * @throws RecordNotFound when it is not a closure day
     * @throws InvalidInput ({@code date}) when it is in the past: past timescales were counted with it
     */
    @Transactional
    public void remove(LocalDate day) {
        requireAdministrator("CLOSURE_DAY_REMOVE_REFUSED");
        if (!exists(day)) {
            throw new RecordNotFound("Closure day", day);
        }
        if (day.isBefore(today())) {
            throw new InvalidInput("date", "A closure day in the past cannot be removed");
        }
        jdbc.sql("DELETE FROM working_day_closure WHERE day = :day").param("day", day).update();
        int moved = clocks.recountAcross(day);
        audit.record(AuditRecord.allowed("CLOSURE_DAY_REMOVED", List.of())
                .withDetail(day + " (" + moved + " running clock due dates moved)"));
    }

    /** Closure days from today on, soonest first. */
    @Transactional(readOnly = true)
    public List<ClosureDay> upcoming() {
        return jdbc.sql("SELECT day, reason, added_by, added_at FROM working_day_closure WHERE day >= :today ORDER BY day")
                .param("today", today())
                .query((rs, n) -> new ClosureDay(
                        rs.getObject("day", LocalDate.class),
                        rs.getString("reason"),
                        rs.getString("added_by"),
                        rs.getTimestamp("added_at").toInstant()))
                .list();
    }

    private LocalDate today() {
        return today.date();
    }

    private boolean exists(LocalDate day) {
        return jdbc.sql("SELECT count(*) FROM working_day_closure WHERE day = :day")
                        .param("day", day)
                        .query(Long.class)
                        .single()
                > 0;
    }

    // The route rule already admits only administrators to the pages; this refuses any other signed-in caller.
    private void requireAdministrator(String refusal) {
        // Work Kith does itself (no signed-in user) is allowed.
        boolean refused = Actors.current().map(actor -> !"ADMINISTRATOR".equals(actor.role())).orElse(false);
        if (refused) {
            audit.recordRefusal(AuditRecord.refused(refusal, List.of(), null));
            throw new AccessRefused("Only administrators may change closure days");
        }
    }
}
