package kith.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.shared.Actors;
import kith.shared.InvalidInput;
import kith.shared.RecordNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family network graph: relationships between people, always stored both ways in one transaction, so
 * that when Kith says A is B's grandparent it also says B is A's grandchild.
 */
@Service
public class Relationships {

    private final JdbcClient jdbc;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final PersonManagement people;
    private final Identities identities;
    private final Clock clock;

    Relationships(JdbcClient jdbc, RecordAccess access, AuditTrail audit, PersonManagement people,
            Identities identities, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.people = people;
        this.identities = identities;
        this.clock = clock;
    }

    /**
     * Records that {@code related} is {@code type} to {@code person} (and the inverse), replacing any earlier
     * relationship between the two.
     */
    @Transactional
    public void relate(UUID person, UUID related, RelationshipType type) {
        access.checkMayChangePerson(person);
        if (!people.exists(person)) {
            throw new RecordNotFound("Person", person);
        }
        List<InvalidInput.Problem> problems = new java.util.ArrayList<>();
        if (person.equals(related)) {
            problems.add(new InvalidInput.Problem("relatedPersonId", "A person cannot be related to themselves"));
        } else if (related == null || !people.exists(related)) {
            problems.add(new InvalidInput.Problem("relatedPersonId", "Select a person who is recorded in Kith"));
        }
        if (type == null) {
            problems.add(new InvalidInput.Problem("type", "Select how they are related"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        access.checkMayChangePerson(related);
        store(jdbc, clock, person, related, type);
        audit.record(AuditRecord.allowed("RELATIONSHIP_RECORDED", List.of(person, related))
                .withDetail(type.name()));
    }

    @Transactional
    public void remove(UUID person, UUID related) {
        access.checkMayChangePerson(person);
        if (!people.exists(person)) {
            throw new RecordNotFound("Person", person);
        }
        access.checkMayChangePerson(related);
        int removed = jdbc.sql("""
                        DELETE FROM person_relationship
                        WHERE (person_id = :a AND related_person_id = :b) OR (person_id = :b AND related_person_id = :a)""")
                .param("a", person)
                .param("b", related)
                .update();
        if (removed > 0) {
            audit.record(AuditRecord.allowed("RELATIONSHIP_REMOVED", List.of(person, related)));
        }
    }

    /**
     * The person's relationships, each with how the related person may be shown to the current user (a
     * restricted record they are not named on is "Restricted record", with no id). Checked by the access policy
     * and audited, naming the person and everyone shown.
     */
    @Transactional
    public List<Relationship> of(UUID person) {
        // The access check first, so that a 404 tells nobody who may not open the record whether it exists.
        access.checkMayOpen(person);
        if (!people.exists(person)) {
            throw new RecordNotFound("Person", person);
        }
        List<Map.Entry<UUID, RelationshipType>> rows = jdbc.sql("""
                        SELECT related_person_id, type FROM person_relationship WHERE person_id = :person""")
                .param("person", person)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), RelationshipType.valueOf(rs.getString(2))))
                .list();
        Map<UUID, Identity> shown = identities.show(rows.stream().map(Map.Entry::getKey).toList(),
                AuditRecord.allowed("RELATIONSHIPS_VIEWED", List.of(person)));
        return rows.stream()
                .filter(row -> shown.containsKey(row.getKey()))
                .map(row -> new Relationship(shown.get(row.getKey()), row.getValue()))
                .sorted(Comparator.comparing((Relationship r) -> r.type().ordinal())
                        .thenComparing(r -> r.person().withheld())
                        .thenComparing(r -> r.person().withheld() ? "" : r.person().familyName() + " " + r.person().givenName()))
                .toList();
    }

    /**
     * A tie in a child's network: {@code to} is {@code type} to {@code from} (from the child: the child's own
     * relationships; between two others: the grandmother is the aunt's parent).
     */
    public record Tie(UUID from, UUID to, RelationshipType type) {}

    /**
     * The child's relationships and the ties among the people they are related to, for the family network map, in
     * a fixed number of statements (the access check and one read) whatever the size of the network. Each pair is
     * stored both ways; both directions are returned. Checked by the access policy; the caller shows the people
     * through {@link Identities#show}, which audits whom it shows.
     */
    @Transactional(readOnly = true)
    public List<Tie> around(UUID child) {
        access.checkMayOpen(child);
        return jdbc.sql("""
                        WITH network AS (
                          SELECT related_person_id AS id FROM person_relationship WHERE person_id = :child
                          UNION SELECT CAST(:child AS uuid))
                        SELECT person_id, related_person_id, type FROM person_relationship
                        WHERE person_id IN (SELECT id FROM network) AND related_person_id IN (SELECT id FROM network)
                        ORDER BY person_id, related_person_id""")
                .param("child", child)
                .query((rs, n) -> new Tie(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        RelationshipType.valueOf(rs.getString(3))))
                .list();
    }

    /** Writes the relationship and its inverse; callers have checked access. */
    static void store(JdbcClient jdbc, Clock clock, UUID person, UUID related, RelationshipType type) {
        write(jdbc, clock, person, related, type);
        write(jdbc, clock, related, person, type.inverse());
    }

    private static void write(JdbcClient jdbc, Clock clock, UUID from, UUID to, RelationshipType type) {
        jdbc.sql("""
                        INSERT INTO person_relationship (person_id, related_person_id, type, recorded_at, recorded_by)
                        VALUES (:from, :to, :type, :at, :by)
                        ON CONFLICT (person_id, related_person_id)
                        DO UPDATE SET type = EXCLUDED.type, recorded_at = EXCLUDED.recorded_at,
                          recorded_by = EXCLUDED.recorded_by""")
                .param("from", from)
                .param("to", to)
                .param("type", type.name())
                .param("at", Timestamp.from(clock.instant()))
                .param("by", Actors.currentOrSystem().username())
                .update();
    }
}
