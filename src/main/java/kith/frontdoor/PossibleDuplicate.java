package kith.frontdoor;

import java.time.Instant;
import java.util.UUID;

/**
 * The same person sent a contact about the same children with the same worry a few minutes ago: probably a
 * second press of the button. Nothing is saved until they confirm it is not a duplicate.
 */
public class PossibleDuplicate extends kith.shared.DuplicateSuspected {

    private final UUID existingContactId;
    private final Instant existingReceivedAt;

    public PossibleDuplicate(UUID existingContactId, Instant existingReceivedAt) {
        super("A contact about the same children with the same worry was received at " + existingReceivedAt,
                existingContactId);
        this.existingContactId = existingContactId;
        this.existingReceivedAt = existingReceivedAt;
    }

    public UUID existingContactId() {
        return existingContactId;
    }

    public Instant existingReceivedAt() {
        return existingReceivedAt;
    }
}
