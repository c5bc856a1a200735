package kith.frontdoor;

import java.time.LocalDate;
import java.util.UUID;

/** A contact met the threshold: a referral about this child was received on this date. */
public record ReferralReceived(UUID referralId, UUID childId, LocalDate receivedOn, String referralSource, boolean reReferral) {}
