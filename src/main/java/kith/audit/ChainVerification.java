package kith.audit;

import java.time.Instant;
import java.util.List;

/**
 * The result of checking an authority's audit chain.
 *
 * @param valid whether nothing is broken
 * @param entries how many entries were checked
 * @param firstBrokenEntry the first position of the first broken range, or null
 * @param broken every broken range, in position order
 * @param latestCheckpoint the latest signed checkpoint the chain was compared with, or null if none yet
 */
public record ChainVerification(
        boolean valid, long entries, Long firstBrokenEntry, List<BrokenRange> broken, SignedHead latestCheckpoint) {

    public ChainVerification {
        broken = List.copyOf(broken);
    }

    static ChainVerification of(long entries, List<BrokenRange> broken, SignedHead latestCheckpoint) {
        return new ChainVerification(
                broken.isEmpty(), entries, broken.isEmpty() ? null : broken.getFirst().from(), broken, latestCheckpoint);
    }

    /** Entries {@code from} to {@code to} (inclusive) cannot be trusted, for the reason given. */
    public record BrokenRange(long from, long to, Reason reason) {}

    /** Where a signed checkpoint put the chain's head, and when. */
    public record SignedHead(long position, Instant signedAt) {}

    public enum Reason {
        /** An entry's hash does not match its content, or its link to the entry before is broken. */
        ALTERED,
        /** Positions absent between entries that are present. */
        MISSING,
        /** Entries after the last one stored, which the chain head or a signed checkpoint says were written. */
        TRUNCATED,
        /** The chain head row disagrees with the last entry. */
        HEAD_MISMATCH,
        /**
         * A signed checkpoint's hash differs from the stored entry at its position although the chain links up:
         * the entries since the checkpoint before were rewritten and the hashes recomputed.
         */
        CHECKPOINT_MISMATCH,
        /** A checkpoint whose signature does not hold with this deployment's key: forged, damaged or another key's. */
        CHECKPOINT_INVALID
    }
}
