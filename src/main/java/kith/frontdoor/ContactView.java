package kith.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A contact as pages and the API show it, with the outcome of each referral it became. */
public record ContactView(
        UUID id,
        long version,
        Instant receivedAt,
        LocalDate receivedOn,
        String recordedBy,
        boolean submittedByPartner,
        String referrerKind,
        String referrerAgencyName,
        String referrerName,
        String referrerContact,
        ReferralSource referralSource,
        String worry,
        boolean familyKnows,
        boolean familyAgrees,
        LawfulBasis lawfulBasis,
        String status,
        ReferralDecision outcome,
        String outcomeReason,
        String screenedBy,
        List<Child> children,
        List<ReferralOutcome> referrals) {

    /** A child as described, and the linked person record if any. */
    public record Child(String givenName, String familyName, LocalDate dateOfBirth, LocalDate expectedDateOfBirth,
            String nhsNumber, String address, String postcode, UUID personId) {
        public String fullName() {
            return givenName + " " + familyName;
        }
    }

    /** What happened to one referral made from this contact. */
    public record ReferralOutcome(UUID referralId, UUID childId, String childName, ReferralDecision decision,
            LocalDate decidedOn, boolean reReferral) {}

    public boolean awaitingScreening() {
        return "AWAITING_SCREENING".equals(status);
    }

    /** The outcome in words for the referrer: still being considered, closed at contact, or each decision. */
    public String outcomeInWords() {
        return switch (status) {
            case "AWAITING_SCREENING" -> "Being considered by the front door";
            case "CLOSED_AT_CONTACT" -> "Closed: " + outcome.label().toLowerCase();
            default -> referrals.stream().allMatch(r -> r.decision() != null)
                    ? "Decided" : "Accepted as a referral: decision due within one working day";
        };
    }
}
