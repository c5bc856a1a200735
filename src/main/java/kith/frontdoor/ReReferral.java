package kith.frontdoor;

import java.time.LocalDate;

/**
 * The DfE's re-referral: a referral within 12 months of a previous referral for the same child. The boundary is
 * inclusive (a referral exactly 12 months earlier counts), and only referrals count, never contacts that did not
 * become one. Stated once, for the SQL that flags a referral and for the screening page's warning.
 */
public final class ReReferral {

    private ReReferral() {}

    /** The earliest date an earlier referral may be received on for one received on {@code on} to be a re-referral. */
    public static LocalDate windowStart(LocalDate on) {
        return on.minusMonths(12);
    }

    /** Whether a referral received on {@code on} is a re-referral of one received on {@code earlier}. */
    public static boolean of(LocalDate earlier, LocalDate on) {
        return !earlier.isBefore(windowStart(on)) && !earlier.isAfter(on);
    }
}
