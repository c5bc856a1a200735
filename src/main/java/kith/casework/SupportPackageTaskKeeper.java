package kith.casework;

import java.util.List;
import kith.networks.SupportPackageEvents.SupportPackageApproved;
import kith.networks.SupportPackageEvents.SupportPackageRefused;
import kith.networks.SupportPackageEvents.SupportPackageRequested;
import kith.networks.SupportPackageEvents.SupportPackageReviewed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the support package tasks: the managers' decision while a request waits (nobody's in particular, so every
 * tray of someone working with the child shows it, the managers' included), done by the decision; and the outcome
 * reviews 6 and 12 months after approval, the requesting practitioner's, each done when recorded. Safe to repeat.
 */
@Component
class SupportPackageTaskKeeper {

    private final Tasks tasks;
    private final JdbcClient jdbc;

    SupportPackageTaskKeeper(Tasks tasks, JdbcClient jdbc) {
        this.tasks = tasks;
        this.jdbc = jdbc;
    }

    // The decision is due the day it is asked for: the family is waiting for the help.
    @ApplicationModuleListener
    void on(SupportPackageRequested event) {
        tasks.add(new NewTask(TaskKind.SUPPORT_PACKAGE_DECISION, null, List.of(event.childId()), null,
                event.requestedOn(), SupportPackageChronology.link(event.packageId()), event.packageId()));
    }

    @ApplicationModuleListener
    void on(SupportPackageApproved event) {
        tasks.done(TaskKind.SUPPORT_PACKAGE_DECISION, event.packageId(), event.approvedOn());
        for (var due : List.of(event.sixMonthReviewOn(), event.twelveMonthReviewOn())) {
            tasks.add(new NewTask(TaskKind.SUPPORT_PACKAGE_REVIEW, event.reviewerId(), List.of(event.childId()), null,
                    due, SupportPackageChronology.link(event.packageId()), event.packageId()));
        }
    }

    @ApplicationModuleListener
    void on(SupportPackageRefused event) {
        tasks.done(TaskKind.SUPPORT_PACKAGE_DECISION, event.packageId(), event.refusedOn());
    }

    /** The review recorded is done: the task due on that review's date (the package's two share their source). */
    @ApplicationModuleListener
    void on(SupportPackageReviewed event) {
        jdbc.sql("""
                        UPDATE task SET done_on = :on WHERE kind = :kind AND source_id = :source AND due_on = :due
                          AND done_on IS NULL""")
                .param("on", event.reviewedOn()).param("kind", TaskKind.SUPPORT_PACKAGE_REVIEW.name())
                .param("source", event.packageId()).param("due", event.dueOn()).update();
    }
}
