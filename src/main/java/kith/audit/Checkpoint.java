package kith.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * A signed statement that an authority's chain had reached a position with a hash at a time, in the manner
 * of a certificate-transparency signed tree head. It is kept outside the database, so that rewriting the
 * chain in the database (and recomputing every hash after the change) no longer matches it, and forging a
 * new one needs the audit key.
 */
record Checkpoint(String authority, long position, String hash, Instant signedAt, String signature) {

    private static final char SEPARATOR = '\u001f';

    static Checkpoint signed(String authority, ChainHead head, Instant at, AuditKey key) {
        return new Checkpoint(authority, head.position(), head.hash(), at,
                key.sign(text(authority, head.position(), head.hash(), at)));
    }

    /** Whether the signature is the key's signature of this checkpoint's fields. */
    boolean signedWith(AuditKey key) {
        return key.signed(text(authority, position, hash, signedAt), signature);
    }

    private static String text(String authority, long position, String hash, Instant at) {
        return String.join(String.valueOf(SEPARATOR), authority, Long.toString(position), hash, at.toString());
    }

    /** One line of the checkpoint file: tab-separated, in the order of the fields. */
    String line() {
        return String.join("\t", authority, Long.toString(position), hash, signedAt.toString(), signature);
    }

    static Optional<Checkpoint> parse(String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length != 5) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Checkpoint(
                    fields[0], Long.parseLong(fields[1]), fields[2], Instant.parse(fields[3]), fields[4]));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
