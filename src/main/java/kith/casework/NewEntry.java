package kith.casework;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A chronology entry about to be written. {@code sourceEventId} names the event and the child, so that a
 * redelivered event is recognised and adds nothing.
 */
record NewEntry(UUID childId, LocalDate occurredOn, ChronologyKind kind, String title, String detail, String actorName,
        String link, boolean statutory, String sourceEventId) {}
