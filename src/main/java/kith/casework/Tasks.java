package kith.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes tasks. Every write is safe to repeat, because events may be delivered again. */
@Repository
class Tasks {

    /** An open task as the work tray reads it. */
    record OpenTask(UUID id, TaskKind kind, List<UUID> childIds, String title, LocalDate dueOn, String link) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    Tasks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Adds the task unless the same one (kind, source and due date) is already there, as when an event is
     * delivered again. Returns the new task's id, or empty when nothing was added.
     */
    Optional<UUID> add(NewTask task) {
        UUID id = UUID.randomUUID();
        int added = jdbc.sql("""
                        INSERT INTO task (id, practitioner_id, child_ids, episode_id, kind, title, due_on, link, source_id,
                          created_at)
                        VALUES (:id, :practitioner, :children, :episode, :kind, :title, :due, :link, :source, :at)
                        ON CONFLICT ON CONSTRAINT task_once_per_due_date DO NOTHING""")
                .param("id", id)
                .param("practitioner", task.practitionerId())
                .param("children", task.childIds().stream().distinct().toArray(UUID[]::new))
                .param("episode", task.episodeId())
                .param("kind", task.kind().name())
                .param("title", task.kind().title())
                .param("due", task.dueOn())
                .param("link", task.link())
                .param("source", task.sourceId())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        return added == 1 ? Optional.of(id) : Optional.empty();
    }

    /** Marks the open tasks of this kind about {@code source} done. */
    void done(TaskKind kind, UUID source, LocalDate on) {
        jdbc.sql("UPDATE task SET done_on = :on WHERE kind = :kind AND source_id = :source AND done_on IS NULL")
                .param("on", on)
                .param("kind", kind.name())
                .param("source", source)
                .update();
    }

    /**
     * The next task of its kind about its source (the plan's next review, the next visit) replaces the one before.
     * Only a newly added task closes the others, so an old event delivered again (its task already there) leaves
     * the current one alone.
     */
    void replace(NewTask next, LocalDate on) {
        add(next).ifPresent(added -> doneAllBut(next.kind(), next.sourceId(), added, on));
    }

    /** Marks done every open task of this kind about {@code source} but {@code kept}: a plan has one next review. */
    void doneAllBut(TaskKind kind, UUID source, UUID kept, LocalDate on) {
        jdbc.sql("""
                        UPDATE task SET done_on = :on
                        WHERE kind = :kind AND source_id = :source AND done_on IS NULL AND id <> :kept""")
                .param("on", on)
                .param("kind", kind.name())
                .param("source", source)
                .param("kept", kept)
                .update();
    }

    /** A new lead practitioner takes over the episode's open tasks. */
    void reassign(UUID episodeId, UUID practitionerId) {
        jdbc.sql("UPDATE task SET practitioner_id = :practitioner WHERE episode_id = :episode AND done_on IS NULL")
                .param("practitioner", practitionerId)
                .param("episode", episodeId)
                .update();
    }

    /** A new lead (the lead child protection practitioner of an enquiry or plan) takes over its open tasks. */
    void reassignWork(UUID sourceId, UUID practitionerId) {
        jdbc.sql("UPDATE task SET practitioner_id = :practitioner WHERE source_id = :source AND done_on IS NULL")
                .param("practitioner", practitionerId)
                .param("source", sourceId)
                .update();
    }

    /** Marks every open task about {@code source} done: nothing more is due once the plan has ended. */
    void closeWork(UUID sourceId, LocalDate on) {
        jdbc.sql("UPDATE task SET done_on = :on WHERE source_id = :source AND done_on IS NULL")
                .param("on", on)
                .param("source", sourceId)
                .update();
    }

    /** Marks every open task of the episode done: nothing more is due once it has closed. */
    void closeEpisode(UUID episodeId, LocalDate on) {
        jdbc.sql("UPDATE task SET done_on = :on WHERE episode_id = :episode AND done_on IS NULL")
                .param("on", on)
                .param("episode", episodeId)
                .update();
    }

    /** The open tasks about any of these children, soonest due first. */
    List<OpenTask> openFor(Collection<UUID> childIds) {
        if (childIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT id, kind, child_ids, title, due_on, link FROM task
                        WHERE done_on IS NULL AND child_ids && :children
                        ORDER BY due_on, title, id""")
                .param("children", childIds.toArray(UUID[]::new))
                .query((rs, n) -> new OpenTask(
                        rs.getObject("id", UUID.class),
                        TaskKind.valueOf(rs.getString("kind")),
                        List.of((UUID[]) rs.getArray("child_ids").getArray()),
                        rs.getString("title"),
                        rs.getObject("due_on", LocalDate.class),
                        rs.getString("link")))
                .list();
    }
}
