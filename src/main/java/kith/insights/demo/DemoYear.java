package kith.insights.demo;

import java.time.LocalDate;
import java.util.List;
import kith.shared.ConditionalOnDemo;
import kith.shared.Today;
import kith.timescales.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's year of activity, from 1 April 2026 to today (the collection year 2026-27 so far): a few hundred
 * invented children through the front door, Family Help and child protection ({@link DemoYearPlan}), recorded
 * through the modules' services ({@link DemoYearLoader}) after the other demo data.
 *
 * <p>Recording a few thousand steps through the services takes minutes, not seconds (each is checked, audited and
 * chained as a user's would be), so it runs on a thread of its own after start-up: Kith is usable at once and the
 * year fills in behind, one child per transaction (a child is recorded whole or not at all; a start stopped part-way
 * records, next time, only the children still missing). Only that thread's clock is moved back. {@code
 * kith.demo-year: false} leaves it out: the shared test context does, so that other tests' totals are their own
 * ({@code DemoYearTests} records part of it there and rolls it back).
 */
@Component
@ConditionalOnDemo
@ConditionalOnProperty(name = "kith.demo-year", havingValue = "true", matchIfMissing = true)
@Order(80)
class DemoYear implements ApplicationRunner {

    /** The same children and paths at every start. */
    static final long SEED = 20260401L;
    static final int CHILDREN = 300;
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 4, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2027, 3, 31);

    private static final Logger log = LoggerFactory.getLogger(DemoYear.class);

    private final DemoYearLoader loader;
    private final WorkingDays workingDays;
    private final Today today;
    private final TransactionTemplate transactions;

    DemoYear(DemoYearLoader loader, WorkingDays workingDays, Today today, TransactionTemplate transactions) {
        this.loader = loader;
        this.workingDays = workingDays;
        this.today = today;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!loader.canBackdate() || today.date().isBefore(FIRST_DAY.plusDays(7))) {
            return;
        }
        Thread.ofPlatform().daemon().name("demo-year").start(this::record);
    }

    /** Every child not yet recorded, each in a transaction of its own; timed and logged. */
    void record() {
        try {
            long started = System.nanoTime();
            List<DemoYearPlan.ChildPath> paths = plan(SEED, CHILDREN);
            transactions.executeWithoutResult(status -> loader.prepare());
            int recorded = 0;
            for (DemoYearPlan.ChildPath path : paths) {
                if (!loader.recorded(path)) {
                    transactions.executeWithoutResult(status -> loader.load(path));
                    recorded++;
                }
                if (path.number() % 50 == 49) {
                    log.info("Demo year: {} of {} children in {} s", path.number() + 1, paths.size(),
                            (System.nanoTime() - started) / 1_000_000_000);
                }
            }
            log.info("Recorded the demo year: {} children ({} already there), {} referrals, in {} ms", recorded,
                    paths.size() - recorded, paths.stream().mapToInt(p -> p.cycles().size()).sum(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("The demo year stopped part-way; the children recorded so far are kept", e);
        }
    }

    /** The year's plan from {@link #FIRST_DAY} to today (or the year's last day), by the council's working days. */
    List<DemoYearPlan.ChildPath> plan(long seed, int children) {
        LocalDate to = today.date().isAfter(LAST_DAY) ? LAST_DAY : today.date();
        return DemoYearPlan.of(seed, children, FIRST_DAY, to, workingDays.calendar()::isWorkingDay);
    }
}
