package kith.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.KithTest;
import kith.networks.SupportPackage.Living;
import kith.networks.SupportPackage.NewPayment;
import kith.networks.SupportPackage.Status;
import kith.protection.ProtectionMother;
import kith.shared.AccessRefused;
import kith.shared.InvalidInput;
import kith.shared.StaleRecord;
import kith.support.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Support packages' rules against PostgreSQL: who they are for, the approval levels and the year's budget, payments
 * within the approved amount, and the decision and review tasks and chronology entries they keep.
 */
@KithTest
class SupportPackagesTests {

    @Autowired SupportPackagesMother mother;
    @Autowired ProtectionMother protection;
    @Autowired SupportPackages packages;
    @Autowired SupportBudgets budgets;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired FgdmMother fgdm;

    @BeforeEach
    void managers() {
        mother.managers();
    }

    private static String problems(Throwable e) {
        return ((InvalidInput) e).problems().toString();
    }

    @Test
    void aPackageIsOnlyForAChildOpenToFamilyHelpOrOnAPlan() {
        UUID notOpen = mother.childNotOpen("Nell", "Unopened");
        assertThatThrownBy(() -> users.call("social.worker",
                () -> packages.request(notOpen, mother.request(mother.bed(20000)))))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(problems(e)).contains(
                        "Support packages are for children open to Family Help or on a child protection plan"));
        assertThat(jdbc.sql("SELECT count(*) FROM support_package WHERE child_id = :c").param("c", notOpen)
                .query(Long.class).single()).isZero();

        UUID onAPlan = protection.onAPlan("Olly", "Planned", 12, 2).childId();
        UUID id = users.call("child.protection", () -> packages.request(onAPlan, mother.request(mother.bed(20000))));
        assertThat(users.call("social.worker", () -> packages.open(id)).status()).isEqualTo(Status.REQUESTED);
    }

    @Test
    void everyProblemIsReportedAtItsFieldAndNothingIsHalfWritten() {
        UUID child = mother.childOpenToFamilyHelp("Pip", "Problems");
        var request = new SupportPackage.NewRequest(null, SupportPackage.Basis.NO_NETWORK, null, null, " ",
                List.of(new SupportPackage.NewItem(null, "", 0L, null, null)));
        assertThatThrownBy(() -> users.call("social.worker", () -> packages.request(child, request)))
                .satisfies(e -> assertThat(problems(e)).contains("purpose", "Write why no network could be found",
                        "item1Category", "item1Description", "item1Amount", "item1Helps"));
        assertThat(jdbc.sql("SELECT count(*) FROM support_package WHERE child_id = :c").param("c", child)
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyTheCouncilsPractitionersRequestAndOnlyManagersDecide() {
        UUID child = mother.childOpenToFamilyHelp("Rex", "Roles");
        assertThatThrownBy(() -> users.call("health.visitor",
                () -> packages.request(child, mother.request(mother.bed(100))))).isInstanceOf(AccessRefused.class);
        UUID id = users.call("social.worker", () -> packages.request(child, mother.request(mother.bed(100))));
        assertThatThrownBy(() -> users.call("social.worker", () -> packages.approve(id, 0)))
                .isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> users.call("analyst", () -> packages.open(id))).isInstanceOf(AccessRefused.class);
        assertThat(users.call("social.worker", () -> packages.open(id)).status()).isEqualTo(Status.REQUESTED);
    }

    @Test
    void aManagerApprovesOnlyUpToTheirLevel() {
        mother.budgetLeft(1_000_000);
        UUID id = mother.requested("Sol", "Levels", mother.bed(45000), mother.travel(15000));
        assertThatThrownBy(() -> users.call("team.manager", () -> packages.approve(id, 0)))
                .satisfies(e -> assertThat(problems(e)).contains("This package is £600.00, above your approval level"
                        + " (Team manager, up to £500.00): it needs approval by Service manager"));
        assertThat(users.call("social.worker", () -> packages.open(id)).status()).isEqualTo(Status.REQUESTED);

        SupportPackage.View approved = users.call(SupportPackagesMother.SERVICE_MANAGER, () -> packages.approve(id, 0));
        assertThat(approved.status()).isEqualTo(Status.APPROVED);
        assertThat(approved.reviews()).extracting(SupportPackage.Review::dueOn)
                .containsExactly(approved.decidedOn().plusMonths(6), approved.decidedOn().plusMonths(12));
        assertThatThrownBy(() -> users.call(SupportPackagesMother.SERVICE_MANAGER, () -> packages.approve(id, 0)))
                .as("a stale version").isInstanceOf(StaleRecord.class);
        assertThatThrownBy(() -> users.call(SupportPackagesMother.SERVICE_MANAGER, () -> packages.approve(id, 1)))
                .satisfies(e -> assertThat(problems(e)).contains("This package has already been decided"));
    }

    @Test
    void spendingOverTheBudgetLeftNeedsTheTopLevel() {
        mother.budgetLeft(30000);
        UUID id = mother.requested("Tam", "Overbudget", mother.bed(40000));
        String year = budgets.currentYear().label();
        assertThatThrownBy(() -> users.call("team.manager", () -> packages.approve(id, 0)))
                .satisfies(e -> assertThat(problems(e)).contains("This package is £100.00 over the budget left for "
                        + year + ": it needs approval by Head of service"));
        assertThatThrownBy(() -> users.call(SupportPackagesMother.SERVICE_MANAGER, () -> packages.approve(id, 0)))
                .satisfies(e -> assertThat(problems(e)).contains("over the budget left"));
        long committed = budgets.year(budgets.currentYear()).committedPence();
        assertThat(users.call(SupportPackagesMother.HEAD_OF_SERVICE, () -> packages.approve(id, 0)).status())
                .isEqualTo(Status.APPROVED);
        SupportBudgets.YearBudget after = budgets.year(budgets.currentYear());
        assertThat(after.committedPence()).isEqualTo(committed + 40000);
        assertThat(after.leftPence()).isEqualTo(-10000);
    }

    @Test
    void aRefusalNeedsItsReasonAndIsKeptWithWhoAndWhen() {
        UUID id = mother.requested("Una", "Refused", mother.bed(10000));
        assertThatThrownBy(() -> users.call("team.manager", () -> packages.refuse(id, 0, " ")))
                .satisfies(e -> assertThat(problems(e)).contains("Write why the package is refused"));
        SupportPackage.View refused = users.call("team.manager",
                () -> packages.refuse(id, 0, "The family group meeting offered a bed already"));
        assertThat(refused.status()).isEqualTo(Status.REFUSED);
        assertThat(refused.decidedByName()).isNotBlank();
        assertThat(refused.refusalReason()).isEqualTo("The family group meeting offered a bed already");
        assertThatThrownBy(() -> users.call("social.worker", () -> packages.pay(id,
                new NewPayment(LocalDate.now(), 100L, "Beds Ltd", "PO-1"))))
                .satisfies(e -> assertThat(problems(e)).contains("only for an approved package"));
    }

    @Test
    void paymentsNeverExceedTheApprovedAmount() {
        UUID id = mother.approved("Vic", "Payments", mother.bed(30000), mother.travel(5000));
        users.call("social.worker", () -> packages.pay(id, new NewPayment(LocalDate.now(), 30000L, "Beds Ltd", "PO-7")));
        assertThatThrownBy(() -> users.call("social.worker",
                () -> packages.pay(id, new NewPayment(LocalDate.now(), 5001L, "Aunt May", "PO-8"))))
                .satisfies(e -> assertThat(problems(e)).contains(
                        "The payment is more than is left to pay: £50.00 of the £350.00 approved"));
        users.call("social.worker", () -> packages.pay(id, new NewPayment(LocalDate.now(), 5000L, "Aunt May", "PO-8")));
        SupportPackage.View view = users.call("social.worker", () -> packages.open(id));
        assertThat(view.paid()).isEqualTo("£350.00");
        assertThat(view.payments()).extracting(SupportPackage.Payment::reference).containsExactly("PO-7", "PO-8");
    }

    @Test
    void theDecisionWaitsOnTheTraysAndTheOutcomeReviewsAreDueAt6And12Months() {
        UUID id = mother.requested("Wyn", "Tasks", mother.bed(20000));
        await().atMost(Duration.ofSeconds(10)).until(() -> tasks(id, "SUPPORT_PACKAGE_DECISION", true) == 1);
        mother.budgetLeft(1_000_000);
        SupportPackage.View approved = users.call("team.manager", () -> packages.approve(id, 0));
        await().atMost(Duration.ofSeconds(10)).until(() -> tasks(id, "SUPPORT_PACKAGE_DECISION", true) == 0);
        await().atMost(Duration.ofSeconds(10)).until(() -> tasks(id, "SUPPORT_PACKAGE_REVIEW", true) == 2);
        assertThat(jdbc.sql("""
                        SELECT due_on FROM task WHERE source_id = :id AND kind = 'SUPPORT_PACKAGE_REVIEW' ORDER BY due_on""")
                .param("id", id).query(LocalDate.class).list())
                .containsExactly(approved.decidedOn().plusMonths(6), approved.decidedOn().plusMonths(12));

        users.run("social.worker", () -> packages.review(id, 6, LocalDate.now(), Living.AT_HOME, "Settled at home"));
        await().atMost(Duration.ofSeconds(10)).until(() -> tasks(id, "SUPPORT_PACKAGE_REVIEW", true) == 1);
        assertThatThrownBy(() -> users.run("social.worker",
                () -> packages.review(id, 6, LocalDate.now(), Living.AT_HOME, null)))
                .satisfies(e -> assertThat(problems(e)).contains("There is no 6 month review waiting"));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM chronology_entry WHERE child_id = :child AND kind = 'SUPPORT_PACKAGE'""")
                .param("child", approved.childId()).query(Long.class).single() == 3);
    }

    private long tasks(UUID id, String kind, boolean open) {
        return jdbc.sql("SELECT count(*) FROM task WHERE source_id = :id AND kind = :kind AND (done_on IS NULL) = :open")
                .param("id", id).param("kind", kind).param("open", open).query(Long.class).single();
    }

    @Test
    void theYearsSpendingShowsCommittedPaidAndLeft() {
        mother.budgetLeft(100000);
        SupportBudgets.YearBudget before = budgets.year(budgets.currentYear());
        UUID id = mother.requested("Xan", "Budget", mother.bed(20000));
        users.call("team.manager", () -> packages.approve(id, 0));
        users.call("social.worker", () -> packages.pay(id, new NewPayment(LocalDate.now(), 5000L, "Beds Ltd", "PO-9")));
        SupportBudgets.YearBudget after = budgets.year(budgets.currentYear());
        assertThat(after.committedPence() - before.committedPence()).isEqualTo(20000);
        assertThat(after.paidPence() - before.paidPence()).isEqualTo(5000);
        assertThat(after.leftPence()).isEqualTo(80000);
        assertThat(users.call("social.worker", () -> packages.inYear(budgets.currentYear())))
                .anySatisfy(line -> {
                    assertThat(line.id()).isEqualTo(id);
                    assertThat(line.childName()).isEqualTo("Xan Budget");
                    assertThat(line.paid()).isEqualTo("£50.00");
                });
        assertThatThrownBy(() -> users.run("team.manager",
                () -> budgets.setBudget(budgets.currentYear(), 1L, after.version()))).isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> users.run("admin",
                () -> budgets.setBudget(budgets.currentYear(), 1L, after.version() - 1))).isInstanceOf(StaleRecord.class);
    }

    @Test
    void aPackageDrawnFromAFamilyGroupMeetingNamesOneHeldForTheChildOnItsDate() {
        UUID child = mother.childOpenToFamilyHelp("Mira", "Meetingson");
        FamilyGroupDecision.View held = fgdm.held(child);
        UUID notHeld = fgdm.acceptedNotHeld(mother.childOpenToFamilyHelp("Nico", "Meetingson"));
        SupportPackage.NewItem bed = mother.bed(15000);
        assertThatThrownBy(() -> users.call("social.worker", () -> packages.request(child, new SupportPackage.NewRequest(
                SupportPackage.Purpose.STAY_AT_HOME, SupportPackage.Basis.FAMILY_GROUP_MEETING, held.heldOn(), notHeld,
                null, java.util.List.of(bed)))))
                .satisfies(e -> assertThat(problems(e)).contains("Select a family group meeting that was held for this child"));
        assertThatThrownBy(() -> users.call("social.worker", () -> packages.request(child, new SupportPackage.NewRequest(
                SupportPackage.Purpose.STAY_AT_HOME, SupportPackage.Basis.FAMILY_GROUP_MEETING, held.heldOn().minusDays(1),
                held.id(), null, java.util.List.of(bed)))))
                .satisfies(e -> assertThat(problems(e)).contains("That family group meeting was held on"));
        UUID id = users.call("social.worker", () -> packages.request(child, new SupportPackage.NewRequest(
                SupportPackage.Purpose.STAY_AT_HOME, SupportPackage.Basis.FAMILY_GROUP_MEETING, held.heldOn(), held.id(),
                null, java.util.List.of(bed))));
        assertThat(jdbc.sql("SELECT meeting_id FROM support_package WHERE id = :id").param("id", id).query(UUID.class)
                .single()).isEqualTo(held.id());
    }
}
