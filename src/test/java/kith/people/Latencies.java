package kith.people;

import java.util.Arrays;

/**
 * Wall-clock times of calls made one after another, in milliseconds: percentiles by nearest rank, and the rate
 * one client thread achieved (roughly 1 / mean, not a capacity figure for many users).
 */
public record Latencies(int calls, double p50, double p95, double p99, double max, double mean, double perSecond) {

    /** From the time of each call and the time the whole run took. */
    public static Latencies of(long[] nanos, long totalNanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted.length, millis(percentile(sorted, 0.50)), millis(percentile(sorted, 0.95)),
                millis(percentile(sorted, 0.99)), millis(sorted[sorted.length - 1]),
                Arrays.stream(sorted).average().orElse(0) / 1e6, sorted.length / (totalNanos / 1e9));
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double fraction) {
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
