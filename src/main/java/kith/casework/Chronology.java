package kith.casework;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kith.access.RecordAccess;
import kith.people.PersonManagement;
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
     * The latest entries of a record the current user has opened, newest first, in one SQL statement: opening it
     * checked and audited (the child's page has a budget of five statements).
     */
    public List<ChronologyEntry> latest(PersonManagement.OpenedRecord opened, int limit) {
        return latest(opened.id(), limit);
    }

    /** The same without the proof of opening: for this module and its tests only. */
    List<ChronologyEntry> latest(UUID childId, int limit) {
        return followable(entries.latest(childId, limit));
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
            return followable(entries.of(childId, EnumSet.allOf(ChronologyKind.class)));
        }
        audit.record(viewed.withDetail("kinds: " + chosen.stream().map(Enum::name).collect(Collectors.joining(", "))));
        return followable(entries.of(childId, chosen));
    }

    /**
     * The entries with the links the current user may follow: a front-door record (a referral) opens only for
     * the front door and managers, so others see the entry without a link that would answer 403.
     */
    private List<ChronologyEntry> followable(List<ChronologyEntry> found) {
        if (access.mayWorkTheFrontDoor()) {
            return found;
        }
        return found.stream()
                .map(e -> e.link() != null && e.link().startsWith("/front-door/")
                        ? new ChronologyEntry(e.id(), e.childId(), e.occurredOn(), e.recordedAt(), e.kind(), e.title(),
                                e.detail(), e.actorName(), null, e.statutory())
                        : e)
                .toList();
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
