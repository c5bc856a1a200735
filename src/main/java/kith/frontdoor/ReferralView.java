package kith.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import kith.people.Identity;

/**
 * A referral as pages and the API show it. {@code childId} is for Kith's own use (the decision, opening Family
 * Help); what is shown of the child is {@code child}, from people's Identities, with {@code referredAs} the name
 * the referrer gave where it differs from the record.
 */
public record ReferralView(
        UUID id,
        long version,
        UUID contactId,
        UUID childId,
        Identity child,
        String referredAs,
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

    public String childName() {
        return child.name();
    }

    public boolean decided() {
        return decision != null;
    }

    public boolean overdueOn(LocalDate today) {
        return !decided() && decisionDueOn != null && today.isAfter(decisionDueOn);
    }
}
