package kith.access;

import java.time.LocalDate;
import java.util.List;
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
 * The demo users (README), all with the password {@value #PASSWORD}, and the training their practitioners have
 * completed. They exist only in the demo configuration: this class is not even created otherwise. It runs at every
 * start against a database that may be kept from an earlier version of the demo, so it adds only the accounts and
 * the courses that are missing.
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
            String title, Discipline discipline, String swe, LocalDate qualified, List<Course> training) {

        DemoUser(String username, Role role, String agency, String team, String given, String family, String title,
                Discipline discipline, String swe, LocalDate qualified) {
            this(username, role, agency, team, given, family, title, discipline, swe, qualified, List.of());
        }
    }

    /** A course the user's practitioner has completed. */
    private record Course(String course, LocalDate completedOn) {}

    static final String LEAD_CHILD_PROTECTION_TRAINING = "Lead child protection practitioner training";

    private static final DemoUser[] USERS = {
        // Trained in child protection, but not as a lead child protection practitioner.
        new DemoUser("social.worker", Role.PRACTITIONER, COUNCIL, "Family Help North", "Sam", "Okoro",
                "Social worker", Discipline.SOCIAL_WORKER, "SW104233", LocalDate.of(2019, 7, 1),
                List.of(new Course("Child protection: core skills", LocalDate.of(2021, 5, 10)))),
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
        // Holds child protection plans: a registered social worker, qualified long enough, with the lead training.
        new DemoUser("child.protection", Role.PRACTITIONER, COUNCIL, "Multi-agency child protection team", "Ruth",
                "Calloway", "Lead child protection practitioner", Discipline.SOCIAL_WORKER, "SW082416",
                LocalDate.of(2013, 7, 1), List.of(new Course(LEAD_CHILD_PROTECTION_TRAINING, LocalDate.of(2025, 3, 14)))),
        // Chairs child protection conferences, independent of the work with the family.
        new DemoUser("conference.chair", Role.CONFERENCE_CHAIR, COUNCIL, "Child protection conferences", "Nadia",
                "Osei", "Child protection conference chair", Discipline.SOCIAL_WORKER, "SW045907",
                LocalDate.of(2008, 7, 1), List.of(new Course(LEAD_CHILD_PROTECTION_TRAINING, LocalDate.of(2019, 10, 2)))),
        // Coordinates family group decision-making meetings: independent of the work with the family.
        new DemoUser("fgdm.coordinator", Role.PRACTITIONER, COUNCIL, "Family group conferencing", "Joy", "Mensah",
                "Family group decision-making coordinator", Discipline.FAMILY_SUPPORT_WORKER, null, null),
    };

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (DemoUser user : USERS) {
            UUID practitioner = accounts.find(user.username()).map(KithUser::practitionerId).orElseGet(() -> {
                UUID agency = partnership.agencyNamed(user.agency()).orElseThrow();
                UUID team = partnership.teamNamed(agency, user.team()).orElse(null);
                UUID registered = partnership.registerPractitioner(new NewPractitioner(agency, team, user.given(),
                        user.family(), user.title(), user.discipline(), user.swe(), user.qualified()));
                accounts.create(user.username(), PASSWORD, user.role(), registered);
                return registered;
            });
            List<String> recorded = partnership.trainingOf(practitioner).stream()
                    .map(PartnershipDirectory.Training::course)
                    .toList();
            for (Course course : user.training()) {
                if (!recorded.contains(course.course())) {
                    partnership.recordTraining(practitioner, course.course(), course.completedOn());
                }
            }
        }
    }
}
