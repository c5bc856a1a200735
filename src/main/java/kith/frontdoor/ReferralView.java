package kith.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A referral as pages and the API show it. */
public record ReferralView(
        UUID id,
        long version,
        UUID contactId,
        UUID childId,
        String childName,
        LocalDate receivedOn,
        ReferralSource referralSource,
        boolean reReferral,
        UUID previousReferralId,
        LocalDate decisionDueOn,
        ReferralDecision decision,
        String decisionReason,
        String decidedByName,
        String decidedByRole,
        Instant decidedAt,
        LocalDate decidedOn,
        String lateReason,
        Instant referrerToldAt) {

    public boolean decided() {
        return decision != null;
    }

    public boolean overdueOn(LocalDate today) {
        return !decided() && decisionDueOn != null && today.isAfter(decisionDueOn);
    }
}
