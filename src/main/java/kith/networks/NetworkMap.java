package kith.networks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kith.people.Identity;
import kith.people.RelationshipType;

/**
 * A child's family network as the current user may be shown it: the people who matter to the child (each with a key
 * for the map, "m1", that says nothing about who they are), the ties between those people themselves, and the
 * professionals working with the child. A restricted record the user is not named on is a member with a withheld
 * identity and nothing else: no relationship, details or ties.
 */
public record NetworkMap(Identity child, List<Member> members, List<MemberTie> ties, List<Professional> professionals) {

    /** Where a member is drawn on the ecomap. */
    public enum Sector {
        FAMILY("Family"),
        FRIENDS_AND_COMMUNITY("Friends and community"),
        PROFESSIONALS("Professionals");

        private final String label;

        Sector(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One person in the child's network. {@code details} is null when nothing beyond the relationship is recorded
     * (the relationship was recorded on the person's page) and for a withheld identity; {@code version} is 0 then.
     */
    public record Member(String key, Identity person, RelationshipType relationship, Details details, long version) {

        public boolean withheld() {
            return person.withheld();
        }

        public Sector sector() {
            return withheld() || relationship == null || !family(relationship) ? Sector.FRIENDS_AND_COMMUNITY
                    : Sector.FAMILY;
        }

        /** The relationship as shown: nothing for a restricted record. */
        public String relationshipLabel() {
            return withheld() || relationship == null ? "" : relationship.label();
        }

        /** The id to put in a form or link: never that of a withheld identity. */
        public UUID personId() {
            return person.withheld() ? null : person.id();
        }
    }

    /** What a member means to the child, as recorded, with who added them and when. */
    public record Details(Closeness closeness, TieKind tie, CanHelp canHelp, String helpOffered, String contact,
            String childView, String addedBy, Instant addedAt) {}

    /** A tie between two members: {@code to} is {@code type} to {@code from} (the grandmother is the aunt's parent). */
    public record MemberTie(String fromKey, String toKey, RelationshipType type) {}

    /** A practitioner working with the child (a lead practitioner, the team around the family): read-only here. */
    public record Professional(String key, String name, String role, String agency) {}

    /** Whether the relationship is family (by birth, marriage or step), not a friend, neighbour or godparent. */
    public static boolean family(RelationshipType type) {
        return switch (type) {
            case FAMILY_FRIEND, FRIEND, NEIGHBOUR, GODPARENT, GODCHILD, OTHER_CONNECTED_PERSON -> false;
            default -> true;
        };
    }

    /** A member by key. */
    public Member member(String key) {
        return members.stream().filter(m -> m.key().equals(key)).findFirst().orElse(null);
    }

    /** The member who is this person, if shown. */
    public Member memberFor(UUID personId) {
        return members.stream().filter(m -> personId.equals(m.personId())).findFirst().orElse(null);
    }
}
