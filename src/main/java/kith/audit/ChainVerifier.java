package kith.audit;

/** Walks a chain in order and remembers the first entry whose link or hash does not hold. */
final class ChainVerifier {

    private long entries;
    private long expectedPosition = 1;
    private String expectedPreviousHash = ChainHash.GENESIS;
    private Long firstBroken;

    void check(AuditEntry entry) {
        entries++;
        boolean intact = entry.position() == expectedPosition
                && entry.previousHash().equals(expectedPreviousHash)
                && entry.hash().equals(ChainHash.of(entry));
        if (!intact && firstBroken == null) {
            firstBroken = entry.position();
        }
        expectedPosition = entry.position() + 1;
        // Follow the stored hash, so that one altered entry is reported once, not every entry after it.
        expectedPreviousHash = entry.hash();
    }

    ChainVerification result() {
        return new ChainVerification(firstBroken == null, entries, firstBroken);
    }
}
