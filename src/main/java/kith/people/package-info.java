/**
 * People known to the partnership: children (including unborn children), parents, carers and other adults;
 * their names, dates, DfE-coded demographics, identifiers (NHS number, UPN, LA child id), addresses and
 * the relationships between them (the family network graph). Finding a person tolerates typos; every
 * view, search and change goes through the access policy and the audit trail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package kith.people;
