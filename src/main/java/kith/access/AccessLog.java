package kith.access;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kith.audit.AuditEntry;
import kith.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A record's access log for administrators: who looked at or changed it, when, and what they did. The free text
 * of an entry (its reason and detail: search terms, reasons typed) is withheld when the entry concerns a
 * restricted record the administrator is not named on, because it may say who the person is.
 */
@Service
public class AccessLog {

    static final String WITHHELD = "Withheld: the entry concerns a restricted record";

    private final AuditTrail audit;
    private final RecordAccess access;

    AccessLog(AuditTrail audit, RecordAccess access) {
        this.audit = audit;
        this.access = access;
    }

    /** The latest entries about a record, newest first (administrators only). */
    @Transactional(readOnly = true)
    public List<AuditEntry> about(UUID subject, int limit) {
        access.checkMayAdministerAccess(subject);
        List<AuditEntry> entries = audit.entriesAbout(subject, limit);
        Set<UUID> withheld = access.disclosures(entries.stream().flatMap(e -> e.subjects().stream()).distinct().toList())
                .entrySet().stream()
                .filter(entry -> entry.getValue().withheld())
                .map(java.util.Map.Entry::getKey)
                .collect(Collectors.toSet());
        return entries.stream()
                .map(e -> e.subjects().stream().anyMatch(withheld::contains) ? withoutFreeText(e) : e)
                .toList();
    }

    private static AuditEntry withoutFreeText(AuditEntry e) {
        return new AuditEntry(e.authority(), e.position(), e.occurredAt(), e.username(), e.role(), e.agency(), e.action(),
                e.outcome(), e.subjects(), e.fields(), e.route(), e.reason() == null ? null : WITHHELD,
                e.detail() == null ? null : WITHHELD, e.previousHash(), e.hash());
    }
}
