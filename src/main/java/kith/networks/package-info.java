/**
 * Family networks (Families First's third principle): the wider family network is involved in decisions and is the
 * first port of call if a child cannot stay at home. The child's network is drawn from {@code people}'s relationships
 * (one graph, not a second copy), with what each person means to the child; family group decision making is offered
 * at any stage, and before any application for a care or supervision order (s31ZA Children Act 1989, from its
 * configurable commencement); pre-proceedings under the Public Law Outline; family network support packages against
 * the council's yearly budget; and kinship arrangements, with the network's options considered first.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Family networks",
        allowedDependencies = {"shared", "access", "audit", "partnership", "people", "familyhelp", "protection",
                "timescales"})
package kith.networks;
