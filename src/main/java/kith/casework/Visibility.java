package kith.casework;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kith.access.RecordAccess;
import org.springframework.stereotype.Component;

/**
 * What of the chronology and the tasks the current user is shown, so that nothing hints at what they may not open.
 * A front-door record (a referral) opens only for the front door and managers: others see its entry without the
 * link. A child protection record opens only for those who may open the child's child protection records (a partner
 * needs a place in the team, the core group or the lead; {@link RecordAccess#childProtectionOpenable}): anyone else
 * who may open the child's record sees a child protection entry in outline (the step and its date, no detail and no
 * link) and a child protection task without its link. A link about several children (a strategy discussion about
 * siblings) shows only to those who may open each one's. The policy is asked once for a whole page, and not at all
 * about children whose records a council caseworker has already opened. Support packages and kinship care are the
 * council's family network work: a partner sees their entries and tasks without the link.
 */
@Component
class Visibility {

    private final RecordAccess access;

    Visibility(RecordAccess access) {
        this.access = access;
    }

    /**
     * What the current user is shown of these entries and tasks. {@code opened} are the children whose records the
     * user has been allowed to open on this request (none when nobody checked).
     */
    Shown of(Collection<UUID> opened, List<ChronologyEntries.Recorded> entries, List<Tasks.OpenTask> tasks) {
        Set<UUID> asked = new HashSet<>();
        entries.stream().filter(ChronologyEntries.Recorded::aboutChildProtection)
                .forEach(e -> {
                    asked.add(e.entry().childId());
                    asked.addAll(e.linkChildren());
                });
        tasks.stream().filter(task -> task.kind().childProtection()).forEach(task -> asked.addAll(task.childIds()));
        Set<UUID> openable = new HashSet<>();
        if (access.opensChildProtectionWithTheRecord()) {
            // The same answer the policy would give for a record this user has just been allowed to open.
            for (UUID child : opened) {
                if (asked.remove(child)) {
                    openable.add(child);
                }
            }
        }
        if (!asked.isEmpty()) {
            openable.addAll(access.childProtectionOpenable(asked));
        }
        return new Shown(access.mayWorkTheFrontDoor(), access.mayDoFamilyNetworkWork(), Set.copyOf(openable));
    }

    /** The chronology entries as shown to the current user. */
    List<ChronologyEntry> entries(Collection<UUID> opened, List<ChronologyEntries.Recorded> entries) {
        Shown shown = of(opened, entries, List.of());
        return entries.stream().map(shown::entry).toList();
    }

    /** The policy's answers for one request. */
    record Shown(boolean frontDoor, boolean familyNetworkWork, Set<UUID> childProtectionOpenable) {

        ChronologyEntry entry(ChronologyEntries.Recorded recorded) {
            ChronologyEntry e = recorded.entry();
            if (recorded.aboutChildProtection()) {
                if (!childProtectionOpenable.contains(e.childId())) {
                    return new ChronologyEntry(e.id(), e.childId(), e.occurredOn(), e.recordedAt(), e.kind(),
                            recorded.outline(), null, e.actorName(), null, e.statutory());
                }
                return childProtectionOpenable.containsAll(recorded.linkChildren()) ? e : withoutLink(e);
            }
            if (e.link() == null) {
                return e;
            }
            return e.link().startsWith("/front-door/") && !frontDoor || councilsOwn(e.link()) && !familyNetworkWork
                    ? withoutLink(e) : e;
        }

        /** Support packages and kinship care are the council's work: partners see that they happened, not the page. */
        private static boolean councilsOwn(String link) {
            return link.startsWith("/support-packages/") || link.endsWith("/support-packages") || link.endsWith("/kinship");
        }

        /** The task's link, or null when it leads to a child protection record the user may not open. */
        String link(Tasks.OpenTask task) {
            if (task.link() != null && councilsOwn(task.link()) && !familyNetworkWork) {
                return null;
            }
            return !task.kind().childProtection() || childProtectionOpenable.containsAll(task.childIds()) ? task.link()
                    : null;
        }

        private static ChronologyEntry withoutLink(ChronologyEntry e) {
            return new ChronologyEntry(e.id(), e.childId(), e.occurredOn(), e.recordedAt(), e.kind(), e.title(),
                    e.detail(), e.actorName(), null, e.statutory());
        }
    }
}
