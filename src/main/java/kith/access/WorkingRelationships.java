package kith.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works with which child. Modules that allocate work (Family Help: the lead practitioner, the team
 * around the family) start and end relationships here, in their own transaction, and the access policy
 * reads them: a partner practitioner may open the records of the children they work with, nothing else.
 */
@Service
public class WorkingRelationships {

    /** Why a practitioner works with a child. */
    public enum Kind {
        LEAD_PRACTITIONER,
        TEAM_AROUND_THE_FAMILY,
        SUPERVISING_MANAGER,
        /** Leads the child's child protection work (the enquiry, then the plan). */
        LEAD_CHILD_PROTECTION_PRACTITIONER(true),
        /** A member of the multi-agency child protection team working with the child. */
        CHILD_PROTECTION_TEAM(true),
        /** A member of the core group of the child's plan. */
        CORE_GROUP(true);

        private final boolean opensChildProtection;

        Kind() {
            this(false);
        }

        Kind(boolean opensChildProtection) {
            this.opensChildProtection = opensChildProtection;
        }

        /** Whether this relationship opens the child's child protection records to a partner. */
        public boolean opensChildProtection() {
            return opensChildProtection;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    WorkingRelationships(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Starts (if not already current) a relationship between a practitioner and each person, for {@code source}. */
    @Transactional
    public void start(UUID source, Collection<UUID> people, UUID practitionerId, Kind kind) {
        for (UUID person : people) {
            jdbc.sql("""
                            INSERT INTO working_relationship (id, person_id, practitioner_id, kind, source_id, started_at)
                            SELECT :id, :person, :practitioner, :kind, :source, :at
                            WHERE NOT EXISTS (SELECT 1 FROM working_relationship WHERE source_id = :source
                              AND person_id = :person AND practitioner_id = :practitioner AND kind = :kind AND ended_at IS NULL)""")
                    .param("id", UUID.randomUUID())
                    .param("person", person)
                    .param("practitioner", practitionerId)
                    .param("kind", kind.name())
                    .param("source", source)
                    .param("at", Timestamp.from(clock.instant()))
                    .update();
        }
    }

    /** Ends one practitioner's relationships of a kind for {@code source} (for example a lead practitioner replaced). */
    @Transactional
    public void end(UUID source, UUID practitionerId, Kind kind) {
        jdbc.sql("""
                        UPDATE working_relationship SET ended_at = :at
                        WHERE source_id = :source AND practitioner_id = :practitioner AND kind = :kind AND ended_at IS NULL""")
                .param("at", Timestamp.from(clock.instant()))
                .param("source", source)
                .param("practitioner", practitionerId)
                .param("kind", kind.name())
                .update();
    }

    /** Ends every relationship that {@code source} created with one person (they are no longer part of the work). */
    @Transactional
    public void endWith(UUID source, UUID personId) {
        jdbc.sql("UPDATE working_relationship SET ended_at = :at WHERE source_id = :source AND person_id = :person AND ended_at IS NULL")
                .param("at", Timestamp.from(clock.instant()))
                .param("source", source)
                .param("person", personId)
                .update();
    }

    /** Ends every relationship that {@code source} created (the work has closed). */
    @Transactional
    public void endAll(UUID source) {
        jdbc.sql("UPDATE working_relationship SET ended_at = :at WHERE source_id = :source AND ended_at IS NULL")
                .param("at", Timestamp.from(clock.instant()))
                .param("source", source)
                .update();
    }

    /** The people a practitioner currently works with. */
    @Transactional(readOnly = true)
    public List<UUID> peopleWorkedWithBy(UUID practitionerId) {
        return jdbc.sql("""
                        SELECT DISTINCT person_id FROM working_relationship
                        WHERE practitioner_id = :practitioner AND ended_at IS NULL""")
                .param("practitioner", practitionerId)
                .query(UUID.class)
                .list();
    }

    @Transactional(readOnly = true)
    public boolean worksWith(UUID practitionerId, UUID personId) {
        return jdbc.sql("""
                        SELECT count(*) FROM working_relationship
                        WHERE practitioner_id = :practitioner AND person_id = :person AND ended_at IS NULL""")
                        .param("practitioner", practitionerId)
                        .param("person", personId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Whether the practitioner currently works with the person in one of these ways (a family group decision's
     * coordinator must not be the child's lead practitioner nor their lead child protection practitioner).
     */
    @Transactional(readOnly = true)
    public boolean worksWithAs(UUID practitionerId, UUID personId, Collection<Kind> kinds) {
        return jdbc.sql("""
                        SELECT count(*) FROM working_relationship
                        WHERE practitioner_id = :practitioner AND person_id = :person AND ended_at IS NULL
                          AND kind = ANY(:kinds)""")
                        .param("practitioner", practitionerId)
                        .param("person", personId)
                        .param("kinds", kinds.stream().map(Kind::name).toArray(String[]::new))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** A practitioner's current working relationship with a person, and why they have it. */
    public record Worker(UUID practitionerId, Kind kind) {}

    /** The practitioners currently working with a person and why, in one statement (the professionals around a child). */
    @Transactional(readOnly = true)
    public List<Worker> workingWith(UUID personId) {
        return jdbc.sql("""
                        SELECT DISTINCT practitioner_id, kind FROM working_relationship
                        WHERE person_id = :person AND ended_at IS NULL ORDER BY practitioner_id, kind""")
                .param("person", personId)
                .query((rs, n) -> new Worker(rs.getObject(1, UUID.class), Kind.valueOf(rs.getString(2))))
                .list();
    }
}
