package kith.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A request for information as the front door and the asked agency see it. */
public record InformationRequestView(
        UUID id,
        long version,
        UUID referralId,
        UUID childId,
        String childName,
        LocalDate childDateOfBirth,
        UUID agencyId,
        String agencyName,
        String question,
        LawfulBasis lawfulBasis,
        String requestedBy,
        Instant requestedAt,
        Instant dueAt,
        String answer,
        String answeredByName,
        Instant answeredAt) {

    public boolean answered() {
        return answeredAt != null;
    }

    public boolean overdueAt(Instant now) {
        return !answered() && now.isAfter(dueAt);
    }
}
