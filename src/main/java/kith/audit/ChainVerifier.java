package kith.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kith.audit.ChainVerification.BrokenRange;
import kith.audit.ChainVerification.Reason;
import kith.audit.ChainVerification.SignedHead;

/**
 * Walks a chain in position order and collects every broken range: entries whose hash or link does not hold,
 * gaps, and disagreements with the chain head row and with the signed checkpoints.
 */
final class ChainVerifier {

    private final ChainHead head;
    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private final List<BrokenRange> broken = new ArrayList<>();
    private int nextCheckpoint;
    private long lastMatchedCheckpoint;
    private long entries;
    private ChainHead last = ChainHead.EMPTY;

    /**
     * @param head the chain head row, or null when there is none
     * @param signed the authority's checkpoints in position order
     */
    ChainVerifier(ChainHead head, List<ChainCheckpoints.Signed> signed) {
        this.head = head;
        for (ChainCheckpoints.Signed checkpoint : signed) {
            if (checkpoint.holds()) {
                checkpoints.add(checkpoint.checkpoint());
            } else {
                long position = checkpoint.checkpoint().position();
                broken.add(new BrokenRange(position, position, Reason.CHECKPOINT_INVALID));
            }
        }
    }

    void check(AuditEntry entry) {
        entries++;
        long position = entry.position();
        long expected = last.position() + 1;
        if (position > expected) {
            broken.add(new BrokenRange(expected, position - 1, Reason.MISSING));
        } else if (!entry.previousHash().equals(last.hash())) {
            // Either this entry's link or the hash of the one before was changed: both are suspect.
            broken.add(new BrokenRange(Math.max(1, position - 1), position, Reason.ALTERED));
        }
        if (!entry.hash().equals(ChainHash.of(entry))) {
            broken.add(new BrokenRange(position, position, Reason.ALTERED));
        }
        compareWithCheckpointsAt(position, entry.hash());
        // Follow the stored hash, so that one altered entry is reported once, not every entry after it.
        last = new ChainHead(position, entry.hash());
    }

    ChainVerification result() {
        long claimedEnd = head == null ? last.position() : head.position();
        if (head == null && entries > 0) {
            broken.add(new BrokenRange(last.position(), last.position(), Reason.HEAD_MISMATCH));
        } else if (head != null && head.position() < last.position()) {
            broken.add(new BrokenRange(head.position() + 1, last.position(), Reason.HEAD_MISMATCH));
        } else if (head != null && head.position() == last.position() && !head.hash().equals(last.hash())) {
            broken.add(new BrokenRange(last.position(), last.position(), Reason.HEAD_MISMATCH));
        }
        for (Checkpoint checkpoint : checkpoints) {
            claimedEnd = Math.max(claimedEnd, checkpoint.position());
        }
        if (claimedEnd > last.position()) {
            broken.add(new BrokenRange(last.position() + 1, claimedEnd, Reason.TRUNCATED));
        }
        SignedHead latest = checkpoints.stream()
                .max(Comparator.comparingLong(Checkpoint::position).thenComparing(Checkpoint::signedAt))
                .map(checkpoint -> new SignedHead(checkpoint.position(), checkpoint.signedAt()))
                .orElse(null);
        return ChainVerification.of(entries, merged(), latest);
    }

    /** The last entry checked: what a successful check may sign. */
    ChainHead last() {
        return last;
    }

    private void compareWithCheckpointsAt(long position, String hash) {
        while (nextCheckpoint < checkpoints.size() && checkpoints.get(nextCheckpoint).position() <= position) {
            Checkpoint checkpoint = checkpoints.get(nextCheckpoint++);
            if (checkpoint.position() < position) {
                continue; // its entry is missing, reported as such
            }
            if (checkpoint.hash().equals(hash)) {
                lastMatchedCheckpoint = position;
            } else {
                broken.add(new BrokenRange(lastMatchedCheckpoint + 1, position, Reason.CHECKPOINT_MISMATCH));
            }
        }
    }

    /** Ranges in position order, overlapping or adjacent ranges of the same reason joined into one. */
    private List<BrokenRange> merged() {
        List<BrokenRange> sorted = new ArrayList<>(broken);
        sorted.sort(Comparator.comparing(BrokenRange::reason).thenComparingLong(BrokenRange::from));
        List<BrokenRange> joined = new ArrayList<>();
        for (BrokenRange range : sorted) {
            BrokenRange previous = joined.isEmpty() ? null : joined.getLast();
            if (previous != null && previous.reason() == range.reason() && range.from() <= previous.to() + 1) {
                joined.set(joined.size() - 1,
                        new BrokenRange(previous.from(), Math.max(previous.to(), range.to()), range.reason()));
            } else {
                joined.add(range);
            }
        }
        joined.sort(Comparator.comparingLong(BrokenRange::from).thenComparing(BrokenRange::reason));
        return joined;
    }
}
