package kith.casework;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's chronology: one timeline of every significant event from every module, newest first. It is
 * built from the modules' events, so reading it never touches their tables.
 */
@Service
public class Chronology {

    private final ChronologyEntries entries;
    private final RecordAccess access;
    private final AuditTrail audit;

    Chronology(ChronologyEntries entries, RecordAccess access, AuditTrail audit) {
        this.entries = entries;
        this.access = access;
        this.audit = audit;
    }

    /**
     * The child's latest entries, newest first, in one SQL statement. It checks no access and writes no audit
     * entry: it is for pages that have already opened the child's record (which checked and audited).
     */
    public List<ChronologyEntry> latest(UUID childId, int limit) {
        return entries.latest(childId, limit);
    }

    /**
     * The child's whole chronology, newest first, only of the given kinds ({@link ChronologyKind} names;
     * none or only unknown ones mean every kind). Refuses unless the current user may open the child's
     * record, and audits the view.
     */
    @Transactional
    public List<ChronologyEntry> forChild(UUID childId, Set<String> kinds) {
        access.checkMayOpen(childId);
        Set<ChronologyKind> chosen = known(kinds);
        AuditRecord viewed = AuditRecord.allowed("CHRONOLOGY_VIEWED", List.of(childId));
        if (chosen.isEmpty()) {
            audit.record(viewed);
            return entries.of(childId, EnumSet.allOf(ChronologyKind.class));
        }
        audit.record(viewed.withDetail("kinds: " + chosen.stream().map(Enum::name).collect(Collectors.joining(", "))));
        return entries.of(childId, chosen);
    }

    private static Set<ChronologyKind> known(Set<String> kinds) {
        Set<ChronologyKind> known = EnumSet.noneOf(ChronologyKind.class);
        for (ChronologyKind kind : ChronologyKind.values()) {
            if (kinds != null && kinds.contains(kind.name())) {
                known.add(kind);
            }
        }
        return known;
    }
}
