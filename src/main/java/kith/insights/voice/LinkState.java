package kith.insights.voice;

/**
 * Where a family's link stands: waiting for its answer, already answered, or unknown (never made, replaced by a newer
 * link, mistyped or expired: the family's page says the same for all four, so that it tells nobody which).
 */
public enum LinkState {
    OPEN,
    USED,
    UNKNOWN
}
