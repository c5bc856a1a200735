package kith.insights.measures;

import java.time.YearMonth;

/**
 * A measure's figure for a month (or a period): the numerator, the denominator (null for a count) and, for support
 * packages, the money. {@link #suppressed} says whether a publication must withhold it: the Department for
 * Education's rule that counts of 1 to 5 are shown as "c", and rates built on them withheld.
 */
public record Figure(YearMonth month, long numerator, Long denominator, Long pence) {

    /** A whole percentage, or null without a denominator (a count, or no cases in the month). */
    public Long percent() {
        return denominator == null || denominator == 0 ? null : Math.round(100.0 * numerator / denominator);
    }

    /** The value a chart draws: the percentage of a rate, the count of a count. */
    public Long value(boolean rate) {
        return rate ? percent() : Long.valueOf(numerator);
    }

    /** Whether a count of 1 to 5 is in it, so that a publication shows "c". */
    public boolean suppressed() {
        return small(numerator) || (denominator != null && small(denominator));
    }

    static boolean small(long count) {
        return count >= 1 && count <= 5;
    }

    /** A count as a publication shows it: "c" for 1 to 5. */
    public static String published(long count) {
        return small(count) ? "c" : Long.toString(count);
    }
}
