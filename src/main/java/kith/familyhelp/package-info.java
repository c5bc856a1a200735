/**
 * Family Help: one multi-disciplinary service joining targeted early help and section 17 child-in-need work.
 * Each family has an episode with a lead practitioner from any agency, chosen with the family and supervised
 * by a social-work-qualified manager, and a team around the family. Within it: the assessment (due 45
 * working days from the referral), the family plan written with the family and its reviews, visits, and
 * at the end a step up to child protection or closure with a DfE reason.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Family Help",
        allowedDependencies = {"shared", "access", "audit", "partnership", "people", "frontdoor", "timescales"})
package kith.familyhelp;
