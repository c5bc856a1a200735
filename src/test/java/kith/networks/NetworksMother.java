package kith.networks;

import java.time.LocalDate;
import java.util.UUID;
import kith.familyhelp.FamilyHelpMother;
import kith.people.PersonKind;
import kith.people.RelationshipType;
import kith.people.Relationships;
import kith.support.Users;
import org.springframework.stereotype.Component;

/**
 * Children with family networks, for tests: a child known to Kith, and people added to their network (as the social
 * worker would, through {@link FamilyNetworks}) with what they mean to the child.
 */
@Component
public class NetworksMother {

    private final Users users;
    private final FamilyHelpMother familyHelp;
    private final FamilyNetworks networks;
    private final Relationships relationships;

    NetworksMother(Users users, FamilyHelpMother familyHelp, FamilyNetworks networks, Relationships relationships) {
        this.users = users;
        this.familyHelp = familyHelp;
        this.networks = networks;
        this.relationships = relationships;
    }

    /** A child known to Kith with no network yet. */
    public UUID child(String given, String family) {
        return familyHelp.child(given, family);
    }

    /** Someone new to Kith added to the child's network, close, with a strong tie, who can help: their person id. */
    public UUID member(UUID childId, String given, String family, RelationshipType relationship) {
        return member(childId, given, family, relationship, Closeness.CLOSE, TieKind.STRONG);
    }

    /** The same, with how close they are and the tie. */
    public UUID member(UUID childId, String given, String family, RelationshipType relationship, Closeness closeness,
            TieKind tie) {
        return users.call("social.worker", () -> networks.addNewPerson(childId,
                new NewPerson(PersonKind.ADULT, given, family, LocalDate.of(1970, 5, 4)),
                details(relationship, closeness, tie)));
    }

    /** What a member means to the child: the usual answers, with this relationship, closeness and tie. */
    public static MemberDetails details(RelationshipType relationship, Closeness closeness, TieKind tie) {
        return new MemberDetails(relationship, closeness, tie, CanHelp.YES, "School runs on Tuesdays",
                "07700 900123", "Likes going to the park with them");
    }

    /** A tie between two members themselves: {@code related} is {@code type} to {@code person}. */
    public void tie(UUID person, UUID related, RelationshipType type) {
        users.run("social.worker", () -> relationships.relate(person, related, type));
    }

    /** The child's network as the current user may be shown it. */
    public NetworkMap map(UUID childId) {
        return networks.map(childId);
    }
}
