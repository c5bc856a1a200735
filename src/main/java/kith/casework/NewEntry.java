package kith.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A chronology entry about to be written. {@code sourceEventId} names the event and the child, so that a
 * redelivered event is recognised and adds nothing. An entry about child protection work has an {@code outline},
 * what is shown instead of its title and detail to a user who may not open the child's child protection records, and
 * {@code linkChildren}, every child its linked record is about; both are null for other entries.
 */
record NewEntry(UUID childId, LocalDate occurredOn, ChronologyKind kind, String title, String detail, String actorName,
        String link, boolean statutory, String sourceEventId, String outline, List<UUID> linkChildren) {

    NewEntry {
        if ((outline == null) != (linkChildren == null)) {
            throw new IllegalArgumentException("A child protection entry has both an outline and the children it links to");
        }
        linkChildren = linkChildren == null ? null : List.copyOf(linkChildren);
    }

    /** An entry that anyone who may open the child's record is shown in full. */
    NewEntry(UUID childId, LocalDate occurredOn, ChronologyKind kind, String title, String detail, String actorName,
            String link, boolean statutory, String sourceEventId) {
        this(childId, occurredOn, kind, title, detail, actorName, link, statutory, sourceEventId, null, null);
    }

    boolean aboutChildProtection() {
        return outline != null;
    }
}
