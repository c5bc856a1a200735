package kith.partnership;

import kith.shared.ConditionalOnDemo;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The invented partnership of the demo configuration: a council, police, health, a school and a charity. */
@Component
@ConditionalOnDemo
@Order(10)
class DemoPartnership implements ApplicationRunner {

    static final String COUNCIL = "Demo Borough Council Children's Services";

    private final PartnershipDirectory directory;

    DemoPartnership(PartnershipDirectory directory) {
        this.directory = directory;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (directory.agencyNamed(COUNCIL).isPresent()) {
            return;
        }
        var council = directory.registerAgency(COUNCIL, AgencyKind.COUNCIL, true);
        directory.registerTeam(council, "Front door", "FRONT_DOOR");
        directory.registerTeam(council, "Family Help North", "FAMILY_HELP");
        directory.registerTeam(council, "Multi-agency child protection team", "CHILD_PROTECTION");
        directory.registerTeam(council, "Performance and intelligence", "PERFORMANCE");
        directory.registerTeam(council, "Kith administration", "SYSTEM");
        var police = directory.registerAgency("Demoshire Police", AgencyKind.POLICE, false);
        directory.registerTeam(police, "Public protection unit", "PARTNER");
        var health = directory.registerAgency("Demo Community Health NHS Trust", AgencyKind.HEALTH, false);
        directory.registerTeam(health, "Health visiting (north)", "PARTNER");
        var school = directory.registerAgency("Kithbridge Primary School", AgencyKind.SCHOOL, false);
        directory.registerTeam(school, "Safeguarding", "PARTNER");
        var charity = directory.registerAgency("Kithbridge Family Support", AgencyKind.VOLUNTARY, false);
        directory.registerTeam(charity, "Family support", "PARTNER");
    }
}
