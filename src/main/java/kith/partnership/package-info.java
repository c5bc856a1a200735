/**
 * The safeguarding partnership: agencies (the council, police, health, schools, voluntary organisations),
 * their teams, and the practitioners who work with families, with their discipline, Social Work England
 * registration and experience. Other modules ask {@link kith.partnership.PartnershipDirectory} who is who.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partnership",
        allowedDependencies = {"shared", "audit"})
package kith.partnership;
