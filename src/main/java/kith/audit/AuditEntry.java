package kith.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One stored entry of the audit trail, as read back. */
public record AuditEntry(
        String authority,
        long position,
        Instant occurredAt,
        String username,
        String role,
        String agency,
        String action,
        String outcome,
        List<UUID> subjects,
        List<String> fields,
        String route,
        String reason,
        String detail,
        String previousHash,
        String hash) {}
