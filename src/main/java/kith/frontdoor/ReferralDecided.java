package kith.frontdoor;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The decision on a referral was made (and by whom, and whether it was late). {@code receivedOn} is the referral
 * date, from which an assessment's 45 working days count; null in events published before it was carried.
 */
public record ReferralDecided(UUID referralId, UUID childId, ReferralDecision decision, LocalDate decidedOn,
        String decidedBy, boolean late, LocalDate receivedOn) {}
