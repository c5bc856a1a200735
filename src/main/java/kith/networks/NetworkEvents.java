package kith.networks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The past-tense events of a child's family network; the chronology listens to them. They name the relationship, not
 * the person, so that a chronology entry never shows the name of a restricted record to someone not named on it.
 * Each carries {@code at}, when it happened, which tells apart someone removed and added again on the same day.
 */
public final class NetworkEvents {

    private NetworkEvents() {}

    /** Someone was added to the child's network as {@code relationship} (a label: "Grandparent"). */
    public record NetworkMemberAdded(UUID childId, UUID personId, String relationship, boolean newPerson,
            LocalDate addedOn, String byName, Instant at) {}

    /** What a person in the child's network means to the child was changed. */
    public record NetworkMemberChanged(UUID childId, UUID personId, String relationship, LocalDate changedOn,
            String byName, long version, Instant at) {}

    /** Someone was removed from the child's network (and their relationship with the child). */
    public record NetworkMemberRemoved(UUID childId, UUID personId, String relationship, LocalDate removedOn,
            String byName, Instant at) {}
}
