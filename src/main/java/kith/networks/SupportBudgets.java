package kith.networks;

import java.sql.Timestamp;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.shared.Actors;
import kith.shared.InvalidInput;
import kith.shared.StaleRecord;
import kith.shared.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's settings for support packages: the budget of each financial year and the approval levels by
 * amount. A level is data (a name and the largest package it may approve); the level with no maximum is the top
 * level, the only one that may approve a package over the budget left. A manager holds the level named for them in
 * {@code support_approval_holder}, and team managers otherwise hold the lowest.
 */
@Service
public class SupportBudgets {

    /** An approval level; {@code maxPence} is null for the top level. */
    public record Level(int id, String name, Long maxPence, long version) {
        public boolean top() {
            return maxPence == null;
        }

        public boolean covers(long pence) {
            return maxPence == null || pence <= maxPence;
        }

        public String upTo() {
            return maxPence == null ? "any amount, and over the budget left" : "up to " + Money.pounds(maxPence);
        }
    }

    public record Holder(String username, String levelName) {}

    /** The year's budget, what approvals have committed and what has been paid, in pence. */
    public record YearBudget(FinancialYear year, long budgetPence, long version, long committedPence, long paidPence) {
        public long leftPence() {
            return budgetPence - committedPence;
        }

        public String budget() {
            return Money.pounds(budgetPence);
        }

        public String committed() {
            return Money.pounds(committedPence);
        }

        public String paid() {
            return Money.pounds(paidPence);
        }

        public String left() {
            return Money.pounds(leftPence());
        }
    }

    private final JdbcClient jdbc;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final Today today;

    SupportBudgets(JdbcClient jdbc, RecordAccess access, AuditTrail audit, Today today) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.today = today;
    }

    public FinancialYear currentYear() {
        return FinancialYear.of(today.date());
    }

    /** The year's budget and spending (a budget not yet set is nil: nothing can be approved but by the top level). */
    @Transactional(readOnly = true)
    public YearBudget year(FinancialYear year) {
        return jdbc.sql("""
                        SELECT coalesce((SELECT budget_pence FROM support_budget WHERE financial_year = :year), 0) AS budget,
                          coalesce((SELECT version FROM support_budget WHERE financial_year = :year), -1) AS version,
                          coalesce((SELECT sum(total_pence) FROM support_package
                                    WHERE financial_year = :year AND status = 'APPROVED'), 0) AS committed,
                          coalesce((SELECT sum(m.amount_pence) FROM support_package_payment m
                                    JOIN support_package p ON p.id = m.package_id WHERE p.financial_year = :year), 0) AS paid""")
                .param("year", year.startYear())
                .query((rs, n) -> new YearBudget(year, rs.getLong("budget"), rs.getLong("version"),
                        rs.getLong("committed"), rs.getLong("paid")))
                .single();
    }

    /** Sets the year's budget; {@code expectedVersion} is -1 for a year not yet set. */
    @Transactional
    public YearBudget setBudget(FinancialYear year, Long pence, long expectedVersion) {
        access.check(Permission.ADMINISTER_FAMILY_NETWORKS);
        if (pence == null) {
            throw new InvalidInput("budget", "Enter the year’s budget in pounds and pence, like 25000.00");
        }
        int changed = expectedVersion < 0
                ? jdbc.sql("""
                        INSERT INTO support_budget (financial_year, budget_pence, changed_by, changed_at)
                        VALUES (:year, :pence, :by, :at) ON CONFLICT DO NOTHING""")
                        .param("year", year.startYear()).param("pence", pence)
                        .param("by", Actors.currentOrSystem().username()).param("at", Timestamp.from(today.now()))
                        .update()
                : jdbc.sql("""
                        UPDATE support_budget SET budget_pence = :pence, changed_by = :by, changed_at = :at,
                          version = version + 1 WHERE financial_year = :year AND version = :version""")
                        .param("year", year.startYear()).param("pence", pence).param("version", expectedVersion)
                        .param("by", Actors.currentOrSystem().username()).param("at", Timestamp.from(today.now()))
                        .update();
        if (changed != 1) {
            throw new StaleRecord("Support budget", year.label());
        }
        audit.record(AuditRecord.allowed("SUPPORT_BUDGET_SET", List.of()).withDetail(year.label()));
        return year(year);
    }

    /** The levels, lowest first. */
    @Transactional(readOnly = true)
    public List<Level> levels() {
        return jdbc.sql("SELECT id, name, max_pence, version FROM support_approval_level")
                .query((rs, n) -> new Level(rs.getInt("id"), rs.getString("name"), rs.getObject("max_pence", Long.class),
                        rs.getLong("version")))
                .list().stream()
                .sorted(Comparator.comparing(Level::maxPence, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** Changes the largest amount a level (not the top level) may approve. */
    @Transactional
    public void setLevelMaximum(int levelId, Long pence, long expectedVersion) {
        access.check(Permission.ADMINISTER_FAMILY_NETWORKS);
        Level level = levels().stream().filter(l -> l.id() == levelId).findFirst()
                .orElseThrow(() -> new InvalidInput("level", "Select an approval level"));
        if (level.top()) {
            throw new InvalidInput("maximum", "The top level approves any amount");
        }
        if (pence == null || pence <= 0) {
            throw new InvalidInput("maximum", "Enter the largest amount this level approves, like 500.00");
        }
        int changed = jdbc.sql("""
                        UPDATE support_approval_level SET max_pence = :pence, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("pence", pence).param("id", levelId).param("version", expectedVersion).update();
        if (changed != 1) {
            throw new StaleRecord("Approval level", levelId);
        }
        audit.record(AuditRecord.allowed("SUPPORT_APPROVAL_LEVEL_CHANGED", List.of()).withDetail(level.name()));
    }

    /** Gives a manager a level (the lowest takes them back to the default). */
    @Transactional
    public void grant(String username, int levelId) {
        access.check(Permission.ADMINISTER_FAMILY_NETWORKS);
        if (username == null || username.isBlank()) {
            throw new InvalidInput("username", "Enter the manager’s username");
        }
        if (levels().stream().noneMatch(l -> l.id() == levelId)) {
            throw new InvalidInput("level", "Select an approval level");
        }
        jdbc.sql("""
                        INSERT INTO support_approval_holder (username, level_id, granted_by, granted_at)
                        VALUES (:username, :level, :by, :at)
                        ON CONFLICT (username) DO UPDATE SET level_id = :level, granted_by = :by, granted_at = :at""")
                .param("username", username.strip()).param("level", levelId)
                .param("by", Actors.currentOrSystem().username()).param("at", Timestamp.from(today.now())).update();
        audit.record(AuditRecord.allowed("SUPPORT_APPROVAL_LEVEL_GRANTED", List.of()).withDetail(username.strip()));
    }

    @Transactional(readOnly = true)
    public List<Holder> holders() {
        return jdbc.sql("""
                        SELECT h.username, l.name FROM support_approval_holder h
                        JOIN support_approval_level l ON l.id = h.level_id ORDER BY h.username""")
                .query((rs, n) -> new Holder(rs.getString(1), rs.getString(2))).list();
    }

    /** The level a manager holds: the one given to them, else the lowest. */
    Level levelOf(String username) {
        List<Level> levels = levels();
        Optional<Integer> held = jdbc.sql("SELECT level_id FROM support_approval_holder WHERE username = :u")
                .param("u", username).query(Integer.class).optional();
        return held.flatMap(id -> levels.stream().filter(l -> l.id() == id).findFirst()).orElse(levels.getFirst());
    }

    /** The lowest level that may approve this amount within the budget. */
    Level lowestCovering(long pence) {
        return levels().stream().filter(l -> l.covers(pence)).findFirst().orElseThrow();
    }

    Level top() {
        return levels().getLast();
    }
}
