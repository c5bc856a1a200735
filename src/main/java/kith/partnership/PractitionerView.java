package kith.partnership;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A practitioner as other modules see them: who, where, which discipline and how experienced. */
public record PractitionerView(
        UUID id,
        String givenName,
        String familyName,
        String jobTitle,
        Discipline discipline,
        String sweRegistrationNumber,
        LocalDate dateQualified,
        UUID agencyId,
        String agencyName,
        AgencyKind agencyKind,
        boolean councilAgency,
        UUID teamId,
        String teamName,
        String teamFunction) {

    public String fullName() {
        return givenName + " " + familyName;
    }

    /**
     * Whether the practitioner works with families, so may lead Family Help or join the team around a family: any
     * agency's practitioners, but not the front door's screeners, analysts or system administrators.
     */
    public boolean worksWithFamilies() {
        return discipline != Discipline.PERFORMANCE_ANALYST && discipline != Discipline.SYSTEM_ADMINISTRATOR
                && (teamFunction == null || List.of("FAMILY_HELP", "CHILD_PROTECTION", "PARTNER").contains(teamFunction));
    }
}
