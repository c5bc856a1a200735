/**
 * Multi-agency child protection (Working Together 2023, chapter 3; Children Act 2004 s16EA). A manager's step up
 * from Family Help puts the family on the multi-agency child protection team's list; a strategy discussion, with at
 * least the council's social worker, health and police, decides whether a section 47 enquiry starts; an enquiry
 * that finds the child at risk leads to an initial conference within 15 working days of that discussion; a
 * conference may set a child protection plan, led by a lead child protection practitioner (a registered social
 * worker meeting the council's rule) who co-works with the family's Family Help lead practitioner, with a core
 * group, statutory visits at the plan's frequency and review conferences, until the plan ends. Every step hangs
 * from the family's Family Help episode, which stays the family's one piece of work; every clock is a
 * {@code timescales} clock; partners see what their place in the team or the core group gives them, no more.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Child protection",
        allowedDependencies = {"shared", "access", "audit", "partnership", "people", "familyhelp", "frontdoor",
                "timescales"})
package kith.protection;
