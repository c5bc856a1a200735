package kith.networks;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.access.Role;
import kith.access.UserAccounts;
import kith.familyhelp.FamilyHelpMother;
import kith.frontdoor.ReferralDecision;
import kith.networks.SupportPackage.Basis;
import kith.networks.SupportPackage.Category;
import kith.networks.SupportPackage.NewItem;
import kith.networks.SupportPackage.NewRequest;
import kith.networks.SupportPackage.Purpose;
import kith.support.Users;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Support packages for tests: children open to Family Help with a package requested by {@code social.worker}, the
 * year's budget set so that a given amount is left, and managers at each approval level ({@code team.manager} holds
 * the lowest by default; {@code service.manager.sp} and {@code head.of.service.sp} are made here).
 */
@Component
public class SupportPackagesMother {

    public static final String SERVICE_MANAGER = "service.manager.sp";
    public static final String HEAD_OF_SERVICE = "head.of.service.sp";

    private final Users users;
    private final FamilyHelpMother familyHelp;
    private final SupportPackages packages;
    private final SupportBudgets budgets;
    private final UserAccounts accounts;
    private final JdbcClient jdbc;

    SupportPackagesMother(Users users, FamilyHelpMother familyHelp, SupportPackages packages, SupportBudgets budgets,
            UserAccounts accounts, JdbcClient jdbc) {
        this.users = users;
        this.familyHelp = familyHelp;
        this.packages = packages;
        this.budgets = budgets;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** A child open to Family Help (led by social.worker's team). */
    public UUID childOpenToFamilyHelp(String given, String family) {
        return kith.protection.ProtectionMother.childOf(familyHelp.episode(given, family, ReferralDecision.TARGETED_EARLY_HELP));
    }

    /** A child known to Kith with no Family Help and no plan. */
    public UUID childNotOpen(String given, String family) {
        return familyHelp.child(given, family);
    }

    public NewItem bed(long pence) {
        return new NewItem(Category.BEDS_AND_FURNITURE, "A bed for the spare room", pence, null, "Aunt May");
    }

    public NewItem travel(long pence) {
        return new NewItem(Category.TRAVEL, "Bus fares to school for a term", pence, null, "Aunt May");
    }

    /** A request identified at a family group meeting a week ago, for the child to stay at home. */
    public NewRequest request(NewItem... items) {
        return new NewRequest(Purpose.STAY_AT_HOME, Basis.FAMILY_GROUP_MEETING, LocalDate.now().minusDays(7), null,
                null, List.of(items));
    }

    /** A package requested by social.worker for a new child open to Family Help. */
    public UUID requested(String given, String family, NewItem... items) {
        UUID child = childOpenToFamilyHelp(given, family);
        return users.call("social.worker", () -> packages.request(child, request(items)));
    }

    public UUID approved(String given, String family, NewItem... items) {
        UUID id = requested(given, family, items);
        budgetLeft(1_000_000);
        users.call(HEAD_OF_SERVICE, () -> packages.approve(id, 0));
        return id;
    }

    /** Sets this year's budget so that exactly {@code pence} is left after what is already committed. */
    public void budgetLeft(long pence) {
        users.run("admin", () -> {
            SupportBudgets.YearBudget year = budgets.year(budgets.currentYear());
            budgets.setBudget(year.year(), year.committedPence() + pence, year.version());
        });
    }

    /** Makes the managers holding the higher levels (once). */
    public void managers() {
        for (String username : List.of(SERVICE_MANAGER, HEAD_OF_SERVICE)) {
            if (!accounts.exists(username)) {
                // The same practitioner as team.manager: what differs is the approval level.
                accounts.create(username, "synthetic-password-" + username, Role.TEAM_MANAGER,
                        accounts.loadUserByUsername("team.manager").practitionerId());
            }
        }
        users.run("admin", () -> {
            budgets.grant(SERVICE_MANAGER, level("Service manager"));
            budgets.grant(HEAD_OF_SERVICE, level("Head of service"));
        });
    }

    private int level(String name) {
        return budgets.levels().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow().id();
    }

    public SupportBudgets budgets() {
        return budgets;
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

}
