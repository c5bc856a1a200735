package kith.networks;

import kith.people.RelationshipType;

/**
 * What a practitioner says about a person in a child's network: who they are to the child ({@code relationship}, kept
 * as people's relationship between the two), how close they are, the tie, whether and how they can help, how to reach
 * them and the child's own view. Checked by {@link FamilyNetworks} before anything is saved.
 */
public record MemberDetails(RelationshipType relationship, Closeness closeness, TieKind tie, CanHelp canHelp,
        String helpOffered, String contact, String childView) {}
