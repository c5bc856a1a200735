/**
 * The front door: one place where anyone worried about a child (a school, a health visitor, the police, a
 * neighbour, the family) is heard. Contacts are screened; a contact that meets the threshold becomes a
 * referral for each child, decided within one working day (Working Together 2023) with a reason; a child
 * already known is recognised through person matching, and a referral within 12 months of another is
 * flagged as a re-referral, as the DfE counts them. Partners submit referrals and see their outcome, and
 * answer the front door's requests for information, with every share audited with its lawful basis.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Front door",
        allowedDependencies = {"shared", "access", "audit", "partnership", "people", "people :: matching", "timescales"})
package kith.frontdoor;
