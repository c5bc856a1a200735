package kith.frontdoor.web;

import java.time.LocalDate;
import java.util.List;
import kith.frontdoor.ContactView;
import kith.frontdoor.ReReferral;
import kith.frontdoor.ReferralView;
import kith.people.matching.MatchSuggestion;
import kith.people.matching.Strength;

/** A child of a contact on the screening page: earlier referrals if linked, match suggestions if not. */
public record ScreenedChild(int position, ContactView.Child child, List<ReferralView> history,
        List<MatchSuggestion> suggestions) {

    /** Whether only possible matches are suggested, none strong: the screener has most to check. */
    public boolean onlyPossible() {
        return !suggestions.isEmpty() && suggestions.stream().noneMatch(s -> s.strength() == Strength.STRONG);
    }

    /** Whether a referral received on {@code receivedOn} would be a re-referral (one within the 12 months before). */
    public boolean wouldBeReReferral(LocalDate receivedOn) {
        return history.stream().anyMatch(r -> ReReferral.of(r.receivedOn(), receivedOn));
    }
}
