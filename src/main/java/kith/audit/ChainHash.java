package kith.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** The hash that links an audit entry to the one before it: SHA-256 over the entry's content. */
final class ChainHash {

    static final String GENESIS = "0".repeat(64);
    private static final char SEPARATOR = '\u001f';

    private ChainHash() {}

    static String of(AuditEntry entry) {
        String content = String.join(
                String.valueOf(SEPARATOR),
                entry.authority(),
                Long.toString(entry.position()),
                content(entry),
                entry.previousHash());
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }

    /**
     * The entry's content between its position and its previous hash, as hashed both here (verifying) and by
     * PostgreSQL (appending): the same text either way.
     */
    static String content(AuditEntry entry) {
        return String.join(
                String.valueOf(SEPARATOR),
                entry.occurredAt().toString(),
                entry.username(),
                entry.role(),
                entry.agency(),
                entry.action(),
                entry.outcome(),
                entry.subjects().stream().map(UUID::toString).collect(Collectors.joining(",")),
                String.join(",", entry.fields()),
                entry.route(),
                Objects.toString(entry.reason(), "\u0000"),
                Objects.toString(entry.detail(), "\u0000"));
    }
}
