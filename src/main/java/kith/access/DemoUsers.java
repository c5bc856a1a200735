package kith.access;

import java.time.LocalDate;
import java.util.UUID;
import kith.partnership.Discipline;
import kith.partnership.PartnershipDirectory;
import kith.partnership.PartnershipDirectory.NewPractitioner;
import kith.shared.ConditionalOnDemo;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo users (README), all with the password {@value #PASSWORD}. They exist only in the demo
 * configuration: this class is not even created otherwise.
 */
@Component
@ConditionalOnDemo
@Order(20)
class DemoUsers implements ApplicationRunner {

    static final String PASSWORD = "kith-demo";
    static final String COUNCIL = "Demo Borough Council Children's Services";

    private final PartnershipDirectory partnership;
    private final UserAccounts accounts;

    DemoUsers(PartnershipDirectory partnership, UserAccounts accounts) {
        this.partnership = partnership;
        this.accounts = accounts;
    }

    private record DemoUser(String username, Role role, String agency, String team, String given, String family,
            String title, Discipline discipline, String swe, LocalDate qualified) {}

    private static final DemoUser[] USERS = {
        new DemoUser("social.worker", Role.PRACTITIONER, COUNCIL, "Family Help North", "Sam", "Okoro",
                "Social worker", Discipline.SOCIAL_WORKER, "SW104233", LocalDate.of(2019, 7, 1)),
        new DemoUser("team.manager", Role.TEAM_MANAGER, COUNCIL, "Family Help North", "Priya", "Shah",
                "Practice manager", Discipline.SOCIAL_WORKER, "SW067120", LocalDate.of(2011, 7, 1)),
        new DemoUser("front.door", Role.FRONT_DOOR, COUNCIL, "Front door", "Jordan", "Ellis",
                "Front door screener", Discipline.SOCIAL_WORKER, "SW098812", LocalDate.of(2016, 9, 1)),
        new DemoUser("health.visitor", Role.PARTNER_PRACTITIONER, "Demo Community Health NHS Trust",
                "Health visiting (north)", "Grace", "Adeyemi", "Health visitor", Discipline.HEALTH_VISITOR, null,
                LocalDate.of(2014, 9, 1)),
        new DemoUser("police.officer", Role.PARTNER_PRACTITIONER, "Demoshire Police", "Public protection unit",
                "Dan", "Mercer", "Detective constable", Discipline.POLICE_OFFICER, null, null),
        new DemoUser("school.dsl", Role.PARTNER_PRACTITIONER, "Kithbridge Primary School", "Safeguarding", "Helen",
                "Marsh", "Designated safeguarding lead", Discipline.TEACHER_DSL, null, LocalDate.of(2008, 7, 1)),
        new DemoUser("analyst", Role.PERFORMANCE_ANALYST, COUNCIL, "Performance and intelligence", "Tom", "Reid",
                "Performance analyst", Discipline.PERFORMANCE_ANALYST, null, null),
        new DemoUser("admin", Role.ADMINISTRATOR, COUNCIL, "Kith administration", "Alex", "Morgan",
                "System administrator", Discipline.SYSTEM_ADMINISTRATOR, null, null),
    };

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (DemoUser user : USERS) {
            if (accounts.exists(user.username())) {
                continue;
            }
            UUID agency = partnership.agencyNamed(user.agency()).orElseThrow();
            UUID team = partnership.teamNamed(agency, user.team()).orElse(null);
            UUID practitioner = partnership.registerPractitioner(new NewPractitioner(agency, team, user.given(),
                    user.family(), user.title(), user.discipline(), user.swe(), user.qualified()));
            accounts.create(user.username(), PASSWORD, user.role(), practitioner);
        }
    }
}
