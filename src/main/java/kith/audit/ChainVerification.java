package kith.audit;

/**
 * The result of recomputing an authority's audit chain.
 *
 * @param valid whether every entry's hash and link are intact
 * @param entries how many entries were checked
 * @param firstBrokenEntry the position of the first entry whose hash or link does not match, or null
 */
public record ChainVerification(boolean valid, long entries, Long firstBrokenEntry) {}
