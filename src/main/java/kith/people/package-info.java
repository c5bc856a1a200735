/**
 * People known to the partnership: children (including unborn children), parents, carers and other adults;
 * their names, dates, DfE-coded demographics, identifiers (NHS number, UPN, LA child id), addresses and
 * the relationships between them (the family network graph). Finding a person tolerates typos; every
 * view, search and change goes through the access policy and the audit trail.
 *
 * <p>Who a person is reaches every other module only through {@link kith.people.Identities}: it withholds a
 * restricted record from everyone not named on it ("Restricted record", with no name, id, date of birth or
 * identifier), says which records the user may open (so that only those are linked), and audits what it showed.
 * No other module reads the people tables (IdentityChokePointTests). Partners read a person's details but change
 * them only through the council, by proposing a {@link kith.people.Correction}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People",
        allowedDependencies = {"shared", "access", "audit"})
package kith.people;
