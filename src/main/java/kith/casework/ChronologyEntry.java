package kith.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One significant event in a child's chronology.
 *
 * @param occurredOn when it happened
 * @param recordedAt when Kith wrote the entry; orders entries of the same day
 * @param kind a {@link ChronologyKind} name
 * @param title what happened, in plain English
 * @param detail more about it, or null
 * @param actorName who did it, or null when nobody in particular did (a referral received)
 * @param link the path of the record of it in Kith, or null
 * @param statutory whether it is a key statutory event, which stands out
 */
public record ChronologyEntry(UUID id, UUID childId, LocalDate occurredOn, Instant recordedAt, String kind, String title,
        String detail, String actorName, String link, boolean statutory) {}
