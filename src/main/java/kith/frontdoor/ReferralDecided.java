package kith.frontdoor;

import java.time.LocalDate;
import java.util.UUID;

/** The decision on a referral was made (and by whom, and whether it was late). */
public record ReferralDecided(UUID referralId, UUID childId, ReferralDecision decision, LocalDate decidedOn,
        String decidedBy, boolean late) {}
