package kith.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.people.Identity;

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

    /**
     * A child as the referrer described them, and the record the screener linked, as the current user may be
     * shown it ({@code recorded}, from people's Identities). When that record is restricted and the user is not
     * named on it, nothing the referrer typed is kept either: {@code personId}, names, dates, NHS number and
     * address are null and the child is "Restricted record".
     */
    public record Child(String givenName, String familyName, LocalDate dateOfBirth, LocalDate expectedDateOfBirth,
            String nhsNumber, String address, String postcode, UUID personId, Identity recorded) {

        /** The child as described, linked to nothing yet. */
        static Child described(String givenName, String familyName, LocalDate dateOfBirth, LocalDate expectedDateOfBirth,
                String nhsNumber, String address, String postcode) {
            return new Child(givenName, familyName, dateOfBirth, expectedDateOfBirth, nhsNumber, address, postcode, null,
                    null);
        }

        /** This child linked to {@code identity}; withheld, only the identity's "Restricted record" remains. */
        Child recordedAs(Identity identity) {
            if (identity.withheld()) {
                return new Child(null, null, null, null, null, null, null, null, identity);
            }
            return new Child(givenName, familyName, dateOfBirth, expectedDateOfBirth, nhsNumber, address, postcode,
                    personId, identity);
        }

        public boolean linked() {
            return recorded != null;
        }

        /** The recorded child's name once linked, otherwise the name as described. */
        public String fullName() {
            return recorded != null ? recorded.name() : givenName + " " + familyName;
        }

        /** The name the referrer gave, where it differs from the record's ("referred as …"); else null. */
        public String referredAs() {
            if (recorded == null || recorded.withheld() || givenName == null) {
                return null;
            }
            String described = givenName + " " + familyName;
            return described.equalsIgnoreCase(recorded.name()) ? null : described;
        }
    }

    /**
     * What happened to one referral made from this contact; {@code child} as the current user may be shown them.
     */
    public record ReferralOutcome(UUID referralId, Identity child, ReferralDecision decision, LocalDate decidedOn,
            boolean reReferral) {

        public String childName() {
            return child.name();
        }
    }

    /** This contact with the outcomes of the referrals it became. */
    ContactView withReferrals(List<ReferralOutcome> outcomes) {
        return new ContactView(id, version, receivedAt, receivedOn, recordedBy, submittedByPartner, referrerKind,
                referrerAgencyName, referrerName, referrerContact, referralSource, worry, familyKnows, familyAgrees,
                lawfulBasis, status, outcome, outcomeReason, screenedBy, children, outcomes);
    }

    /** This contact with its children replaced (as people's Identities show them). */
    ContactView withChildren(List<Child> shown) {
        return new ContactView(id, version, receivedAt, receivedOn, recordedBy, submittedByPartner, referrerKind,
                referrerAgencyName, referrerName, referrerContact, referralSource, worry, familyKnows, familyAgrees,
                lawfulBasis, status, outcome, outcomeReason, screenedBy, shown, referrals);
    }

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
