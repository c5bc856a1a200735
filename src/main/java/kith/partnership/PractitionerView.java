package kith.partnership;

import java.time.LocalDate;
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
        String teamName) {

    public String fullName() {
        return givenName + " " + familyName;
    }
}
