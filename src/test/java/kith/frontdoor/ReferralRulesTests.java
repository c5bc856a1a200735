package kith.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The front door's rules that are stated once: the DfE re-referral, and which decisions open Family Help. */
class ReferralRulesTests {

    @Test
    void aReferralWithinTwelveMonthsOfAnEarlierOneIsARereferralTheBoundaryIncluded() {
        LocalDate on = LocalDate.of(2026, 3, 15);
        assertThat(ReReferral.of(LocalDate.of(2025, 3, 15), on)).as("exactly 12 months").isTrue();
        assertThat(ReReferral.of(LocalDate.of(2025, 3, 14), on)).as("12 months and a day").isFalse();
        assertThat(ReReferral.of(on, on)).as("the same day").isTrue();
        assertThat(ReReferral.of(on.plusDays(1), on)).as("a later one").isFalse();
        // A leap day: 12 months before 28 February 2025 is 28 February 2024; 29 February 2024 is within it.
        assertThat(ReReferral.windowStart(LocalDate.of(2025, 2, 28))).isEqualTo(LocalDate.of(2024, 2, 28));
        assertThat(ReReferral.of(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28))).isTrue();
    }

    @Test
    void onlyTargetedEarlyHelpAndASection17AssessmentOpenFamilyHelp() {
        for (ReferralDecision decision : ReferralDecision.values()) {
            assertThat(decision.opensFamilyHelp()).as(decision.name()).isEqualTo(
                    decision == ReferralDecision.TARGETED_EARLY_HELP || decision == ReferralDecision.SECTION_17_ASSESSMENT);
        }
    }
}
