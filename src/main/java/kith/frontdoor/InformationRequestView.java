package kith.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import kith.people.Identity;

/**
 * A request for information as the front door and the asked agency see it; the child as the current user may be
 * shown them (people's Identities): "Restricted record", with no date of birth, when withheld.
 */
public record InformationRequestView(
        UUID id,
        long version,
        UUID referralId,
        Identity child,
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

    public String childName() {
        return child.name();
    }

    public LocalDate childDateOfBirth() {
        return child.dateOfBirth();
    }

    public boolean answered() {
        return answeredAt != null;
    }

    public boolean overdueAt(Instant now) {
        return !answered() && now.isAfter(dueAt);
    }
}
