package kith.people;

import java.util.UUID;

/**
 * How {@code relatedPersonId} is related to the person whose relationships these are: {@code type} is
 * what the related person is to them (a PARENT relationship means the related person is their parent).
 */
public record Relationship(UUID relatedPersonId, String relatedPersonName, RelationshipType type) {}
