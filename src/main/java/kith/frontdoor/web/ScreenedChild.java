package kith.frontdoor.web;

import java.time.LocalDate;
import java.util.List;
import kith.frontdoor.ContactView;
import kith.frontdoor.ReferralView;
import kith.people.MatchSuggestion;

/** A child of a contact on the screening page: earlier referrals if linked, match suggestions if not. */
public record ScreenedChild(int position, ContactView.Child child, List<ReferralView> history,
        List<MatchSuggestion> suggestions) {

    /** Whether a referral received on {@code receivedOn} would be a re-referral (one within the 12 months before). */
    public boolean wouldBeReReferral(LocalDate receivedOn) {
        return history.stream().anyMatch(r -> !r.receivedOn().isBefore(receivedOn.minusMonths(12))
                && !r.receivedOn().isAfter(receivedOn));
    }
}
