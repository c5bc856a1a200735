package kith.protection;

import java.time.LocalDate;
import java.util.UUID;
import kith.access.RunAs;
import kith.access.UserAccounts;
import kith.partnership.PartnershipDirectory;
import kith.partnership.PractitionerView;
import kith.protection.ChildProtectionTeams.MemberType;
import kith.protection.ChildProtectionTeams.Nomination;
import kith.protection.ChildProtectionTeams.Nominator;
import kith.shared.ConditionalOnDemo;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Child protection for the demo: the council's multi-agency child protection team with the four members section
 * 16EA requires (the lead child protection practitioner and the education safeguarding officer nominated by the
 * council, the named nurse by the integrated care board, the police officer by the chief constable).
 */
@Component
@ConditionalOnDemo
@Order(55)
class DemoChildProtection implements ApplicationRunner {

    static final String TEAM = "Demo Borough multi-agency child protection team";
    private static final LocalDate NOMINATED = LocalDate.of(2026, 4, 1);

    private final RunAs runAs;
    private final ChildProtectionTeams teams;
    private final PartnershipDirectory partnership;
    private final UserAccounts accounts;

    DemoChildProtection(RunAs runAs, ChildProtectionTeams teams, PartnershipDirectory partnership, UserAccounts accounts) {
        this.runAs = runAs;
        this.teams = teams;
        this.partnership = partnership;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (teams.defaultTeam().isPresent()) {
            return;
        }
        runAs.call("admin", () -> {
            UUID team = teams.createTeam(TEAM);
            String council = "Director of Children's Services, Demo Borough Council";
            teams.addMember(team, new Nomination(user("child.protection"), MemberType.SOCIAL_WORKER,
                    Nominator.LOCAL_AUTHORITY, council, NOMINATED));
            teams.addMember(team, new Nomination(named("Imogen", "Hale"), MemberType.EDUCATION,
                    Nominator.LOCAL_AUTHORITY, council, NOMINATED));
            teams.addMember(team, new Nomination(named("Bethan", "Price"), MemberType.HEALTH,
                    Nominator.INTEGRATED_CARE_BOARD, "Chief Nurse, Demoshire Integrated Care Board", NOMINATED));
            teams.addMember(team, new Nomination(user("police.officer"), MemberType.POLICE,
                    Nominator.CHIEF_OFFICER_OF_POLICE, "Chief Constable of Demoshire Police", NOMINATED));
            return team;
        });
    }

    private UUID user(String username) {
        return accounts.loadUserByUsername(username).practitionerId();
    }

    private UUID named(String given, String family) {
        return partnership.practitioners().stream()
                .filter(p -> p.givenName().equals(given) && p.familyName().equals(family))
                .map(PractitionerView::id).findFirst().orElseThrow();
    }
}
