package kith.audit;

/** Where an authority's chain ends: the position and hash of its last entry (position 0: no entry yet). */
record ChainHead(long position, String hash) {

    static final ChainHead EMPTY = new ChainHead(0, ChainHash.GENESIS);
}
