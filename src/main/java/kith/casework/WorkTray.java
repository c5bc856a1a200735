package kith.casework;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kith.access.RecordAccess;
import kith.access.WorkingRelationships;
import kith.people.Identities;
import kith.people.Identity;
import kith.shared.Today;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal work tray: the families the signed-in practitioner works with, what is due and overdue for
 * each, and what changed in the last week. Families with overdue work come first.
 */
@Service
public class WorkTray {

    /** How far back "recently changed" looks. */
    static final Duration RECENT = Duration.ofDays(7);

    /** A person the practitioner works with, their open tasks (soonest first) and recent chronology entries. */
    public record Family(UUID personId, String name, List<DueTask> tasks, List<ChronologyEntry> recentlyChanged) {

        /** Days the most overdue task is late; 0 when nothing is overdue. */
        public long mostOverdueBy() {
            return tasks.stream().mapToLong(DueTask::overdueBy).max().orElse(0);
        }
    }

    /**
     * An open task; {@code overdueBy} counts calendar days past {@code dueOn}; {@code link} is null when it leads to
     * a record the user may not open.
     */
    public record DueTask(TaskKind kind, String title, LocalDate dueOn, String link, long overdueBy, boolean dueToday) {

        public boolean overdue() {
            return overdueBy > 0;
        }
    }

    private final WorkingRelationships relationships;
    private final Identities identities;
    private final Tasks tasks;
    private final ChronologyEntries entries;
    private final Visibility visibility;
    private final RecordAccess access;
    private final Today today;

    WorkTray(WorkingRelationships relationships, Identities identities, Tasks tasks, ChronologyEntries entries,
            Visibility visibility, RecordAccess access, Today today) {
        this.relationships = relationships;
        this.identities = identities;
        this.tasks = tasks;
        this.entries = entries;
        this.visibility = visibility;
        this.access = access;
        this.today = today;
    }

    /** The signed-in practitioner's families; only those whose records they may open. */
    @Transactional
    public List<Family> families() {
        UUID practitioner = access.currentPractitioner();
        if (practitioner == null) {
            return List.of();
        }
        // Only the people the practitioner may open: the tray hints at nothing they cannot open.
        Map<UUID, String> names = new java.util.HashMap<>();
        identities.show(relationships.peopleWorkedWithBy(practitioner), "work tray").values().stream()
                .filter(Identity::openable)
                .forEach(identity -> names.put(identity.id(), identity.name()));
        LocalDate onDay = today.date();
        List<Tasks.OpenTask> open = tasks.openFor(names.keySet());
        List<ChronologyEntries.Recorded> recent = entries.recordedSince(names.keySet(), today.now().minus(RECENT));
        // One question to the policy for the whole tray: which of these child protection records may be opened.
        Visibility.Shown shown = visibility.of(names.keySet(), recent, open);
        return names.entrySet().stream()
                .map(person -> new Family(person.getKey(), person.getValue(),
                        open.stream().filter(task -> task.childIds().contains(person.getKey()))
                                .map(task -> due(task, shown.link(task), onDay)).toList(),
                        recent.stream().filter(entry -> entry.entry().childId().equals(person.getKey()))
                                .map(shown::entry).toList()))
                .sorted(Comparator.comparingLong(Family::mostOverdueBy).reversed()
                        .thenComparing(WorkTray::soonestDue, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Family::name))
                .toList();
    }

    private static DueTask due(Tasks.OpenTask task, String link, LocalDate today) {
        long overdueBy = today.isAfter(task.dueOn()) ? ChronoUnit.DAYS.between(task.dueOn(), today) : 0;
        return new DueTask(task.kind(), task.title(), task.dueOn(), link, overdueBy, today.equals(task.dueOn()));
    }

    private static LocalDate soonestDue(Family family) {
        return family.tasks().isEmpty() ? null : family.tasks().getFirst().dueOn();
    }
}
