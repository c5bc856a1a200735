package kith.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes chronology entries; each read is one SQL statement. */
@Repository
class ChronologyEntries {

    private static final String COLUMNS =
            "id, child_id, occurred_on, recorded_at, kind, title, detail, actor_name, link, statutory, outline, link_children";

    /**
     * An entry as written, before {@link Visibility} decides what of it the current user is shown: for child
     * protection work, its {@code outline} and the children its link is about (else both null).
     */
    record Recorded(ChronologyEntry entry, String outline, List<UUID> linkChildren) {

        boolean aboutChildProtection() {
            return outline != null;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ChronologyEntries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Writes the entry unless one from the same event and child is already there (a redelivery). */
    void add(NewEntry entry) {
        jdbc.sql("""
                        INSERT INTO chronology_entry (id, child_id, occurred_on, recorded_at, kind, title, detail,
                          actor_name, link, statutory, source_event_id, outline, link_children)
                        VALUES (:id, :child, :occurredOn, :recordedAt, :kind, :title, :detail, :actor, :link, :statutory,
                          :source, :outline, :linkChildren)
                        ON CONFLICT (source_event_id) DO NOTHING""")
                .param("id", UUID.randomUUID())
                .param("child", entry.childId())
                .param("occurredOn", entry.occurredOn())
                .param("recordedAt", Timestamp.from(clock.instant()))
                .param("kind", entry.kind().name())
                .param("title", entry.title())
                .param("detail", entry.detail())
                .param("actor", entry.actorName())
                .param("link", entry.link())
                .param("statutory", entry.statutory())
                .param("source", entry.sourceEventId())
                .param("outline", entry.outline())
                .param("linkChildren", entry.linkChildren() == null ? null : entry.linkChildren().toArray(UUID[]::new))
                .update();
    }

    List<Recorded> latest(UUID childId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM chronology_entry WHERE child_id = :child
                        ORDER BY occurred_on DESC, recorded_at DESC, id LIMIT :limit""")
                .param("child", childId)
                .param("limit", limit)
                .query(ChronologyEntries::entry)
                .list();
    }

    List<Recorded> of(UUID childId, Set<ChronologyKind> kinds) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM chronology_entry WHERE child_id = :child AND kind = ANY(:kinds)
                        ORDER BY occurred_on DESC, recorded_at DESC, id""")
                .param("child", childId)
                .param("kinds", kinds.stream().map(Enum::name).toArray(String[]::new))
                .query(ChronologyEntries::entry)
                .list();
    }

    /** A page of entries and how many there are in all. */
    record Found(List<Recorded> entries, long total) {}

    /**
     * A page of the child's entries of these kinds, newest first, and how many there are in all, in one
     * statement: the count is read beside the page, so that a page past the end still says how many there are.
     */
    Found page(UUID childId, Set<ChronologyKind> kinds, int limit, long offset) {
        record Row(long total, Recorded entry) {}
        List<Row> rows = jdbc.sql("""
                        SELECT (SELECT count(*) FROM chronology_entry WHERE child_id = :child AND kind = ANY(:kinds)) AS total,
                          e.*
                        FROM (SELECT 1) AS one LEFT JOIN LATERAL (
                          SELECT %s FROM chronology_entry WHERE child_id = :child AND kind = ANY(:kinds)
                          ORDER BY occurred_on DESC, recorded_at DESC, id LIMIT :limit OFFSET :offset) AS e ON true
                        ORDER BY e.occurred_on DESC, e.recorded_at DESC, e.id""".formatted(COLUMNS))
                .param("child", childId)
                .param("kinds", kinds.stream().map(Enum::name).toArray(String[]::new))
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new Row(rs.getLong("total"), rs.getObject("id") == null ? null : entry(rs, n)))
                .list();
        return new Found(rows.stream().map(Row::entry).filter(java.util.Objects::nonNull).toList(),
                rows.isEmpty() ? 0 : rows.getFirst().total());
    }

    /** Entries written since {@code since} about any of these children, newest first (as in the chronology). */
    List<Recorded> recordedSince(Collection<UUID> childIds, Instant since) {
        if (childIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM chronology_entry WHERE child_id = ANY(:children) AND recorded_at >= :since
                        ORDER BY occurred_on DESC, recorded_at DESC, id""")
                .param("children", childIds.toArray(UUID[]::new))
                .param("since", Timestamp.from(since))
                .query(ChronologyEntries::entry)
                .list();
    }

    private static Recorded entry(ResultSet rs, int row) throws SQLException {
        java.sql.Array linkChildren = rs.getArray("link_children");
        return new Recorded(new ChronologyEntry(
                rs.getObject("id", UUID.class),
                rs.getObject("child_id", UUID.class),
                rs.getObject("occurred_on", LocalDate.class),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("kind"),
                rs.getString("title"),
                rs.getString("detail"),
                rs.getString("actor_name"),
                rs.getString("link"),
                rs.getBoolean("statutory")),
                rs.getString("outline"),
                linkChildren == null ? null : List.of((UUID[]) linkChildren.getArray()));
    }
}
