package kith.partnership;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
     * A social worker registered with Social Work England: of the social work discipline, with a registration number.
     * (Registration itself is checked by the council; Kith keeps the number.)
     */
    public boolean registeredSocialWorker() {
        return discipline == Discipline.SOCIAL_WORKER && sweRegistrationNumber != null && !sweRegistrationNumber.isBlank();
    }

    /**
     * Whole years from the date the practitioner qualified to {@code day} (qualified 1 July 2019: 6 years on 30 June
     * 2026, 7 on 1 July); 0 when the date qualified is not recorded or is after {@code day}.
     */
    public long yearsQualifiedOn(LocalDate day) {
        if (dateQualified == null || dateQualified.isAfter(day)) {
            return 0;
        }
        return ChronoUnit.YEARS.between(dateQualified, day);
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
