package kith.partnership;

import java.time.LocalDate;
import java.util.UUID;
import kith.partnership.PartnershipDirectory.NewPractitioner;
import kith.shared.ConditionalOnDemo;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invented partnership of the demo configuration: a council, police, health, a school and a charity, their
 * teams, and the practitioners who have no account (those with one are the demo users, in access). It runs at every
 * start against a database that may be kept from an earlier version of the demo, so it adds only what is missing,
 * one agency, team and practitioner at a time.
 */
@Component
@ConditionalOnDemo
@Order(10)
class DemoPartnership implements ApplicationRunner {

    static final String COUNCIL = "Demo Borough Council Children's Services";
    static final String HEALTH = "Demo Community Health NHS Trust";

    private final PartnershipDirectory directory;

    DemoPartnership(PartnershipDirectory directory) {
        this.directory = directory;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var council = agency(COUNCIL, AgencyKind.COUNCIL, true);
        team(council, "Front door", "FRONT_DOOR");
        var familyHelpNorth = team(council, "Family Help North", "FAMILY_HELP");
        var childProtection = team(council, "Multi-agency child protection team", "CHILD_PROTECTION");
        team(council, "Child protection conferences", "CHILD_PROTECTION");
        // Independent coordinators of family group decision-making meetings, outside the teams that work with families.
        team(council, "Family group conferencing", "FAMILY_HELP");
        team(council, "Performance and intelligence", "PERFORMANCE");
        team(council, "Kith administration", "SYSTEM");
        var police = agency("Demoshire Police", AgencyKind.POLICE, false);
        team(police, "Public protection unit", "PARTNER");
        var health = agency(HEALTH, AgencyKind.HEALTH, false);
        team(health, "Health visiting (north)", "PARTNER");
        var safeguardingChildren = team(health, "Safeguarding children", "PARTNER");
        var school = agency("Kithbridge Primary School", AgencyKind.SCHOOL, false);
        team(school, "Safeguarding", "PARTNER");
        var charity = agency("Kithbridge Family Support", AgencyKind.VOLUNTARY, false);
        team(charity, "Family support", "PARTNER");

        // Child protection's partners, who sit at conferences and in core groups without signing in to Kith.
        practitioner(new NewPractitioner(council, childProtection, "Imogen", "Hale", "Education safeguarding officer",
                Discipline.EDUCATION_SAFEGUARDING_OFFICER, null, LocalDate.of(2012, 9, 1)));
        practitioner(new NewPractitioner(health, safeguardingChildren, "Bethan", "Price", "Named nurse for safeguarding children",
                Discipline.SAFEGUARDING_NURSE, null, LocalDate.of(2006, 9, 1)));
        // Newly qualified and without the lead training: the example of a social worker who may not yet be lead
        // child protection practitioner.
        practitioner(new NewPractitioner(council, familyHelpNorth, "Owen", "Pritchard", "Newly qualified social worker",
                Discipline.SOCIAL_WORKER, "SW131072", LocalDate.of(2026, 7, 1)));
    }

    private UUID agency(String name, AgencyKind kind, boolean council) {
        return directory.agencyNamed(name).orElseGet(() -> directory.registerAgency(name, kind, council));
    }

    private UUID team(UUID agency, String name, String function) {
        return directory.teamNamed(agency, name).orElseGet(() -> directory.registerTeam(agency, name, function));
    }

    /** Registers the practitioner unless their agency already has someone of that name. */
    private void practitioner(NewPractitioner practitioner) {
        boolean known = directory.practitionersOf(practitioner.agencyId()).stream()
                .anyMatch(p -> p.givenName().equals(practitioner.givenName())
                        && p.familyName().equals(practitioner.familyName()));
        if (!known) {
            directory.registerPractitioner(practitioner);
        }
    }
}
