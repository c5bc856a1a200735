package kith.people;

/**
 * One line of a person's family and network: {@code person} is the related person, as the current user may be
 * shown them, and {@code type} is what they are to the person whose relationships these are (PARENT: the related
 * person is their parent).
 */
public record Relationship(Identity person, RelationshipType type) {}
