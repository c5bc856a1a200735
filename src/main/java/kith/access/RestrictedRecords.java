package kith.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.shared.Actors;
import kith.shared.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Marks records as restricted and names the users who may open them; administrators only, all audited. */
@Service
public class RestrictedRecords {

    /** A user named on a restricted record. */
    public record Grant(UUID id, String username, String grantedBy, Instant grantedAt, String reason) {}

    /** A restricted record, by id only: who it is, the access pages show to those named on it. */
    public record Restriction(UUID personId, String markedBy, Instant markedAt, String reason, List<String> named) {}

    private final JdbcClient jdbc;
    private final RecordAccess access;
    private final UserAccounts accounts;
    private final AuditTrail audit;
    private final Clock clock;

    RestrictedRecords(JdbcClient jdbc, RecordAccess access, UserAccounts accounts, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void restrict(UUID personId, String reason) {
        access.checkMayAdministerAccess(personId);
        requireReason(reason, "Enter why the record is restricted");
        jdbc.sql("""
                        INSERT INTO restricted_record (person_id, marked_by, marked_at, reason)
                        VALUES (:id, :by, :at, :reason) ON CONFLICT (person_id) DO NOTHING""")
                .param("id", personId)
                .param("by", Actors.currentOrSystem().username())
                .param("at", Timestamp.from(clock.instant()))
                .param("reason", reason.trim())
                .update();
        audit.record(AuditRecord.allowed("RECORD_RESTRICTED", List.of(personId)).withReason(reason.trim()));
    }

    @Transactional
    public void lift(UUID personId, String reason) {
        access.checkMayAdministerAccess(personId);
        requireReason(reason, "Enter why the restriction is lifted");
        jdbc.sql("DELETE FROM restricted_record WHERE person_id = :id").param("id", personId).update();
        audit.record(AuditRecord.allowed("RESTRICTION_LIFTED", List.of(personId)).withReason(reason.trim()));
    }

    @Transactional
    public UUID grant(UUID personId, String username, String reason) {
        access.checkMayAdministerAccess(personId);
        List<InvalidInput.Problem> problems = new java.util.ArrayList<>();
        String user = username == null ? "" : username.trim().toLowerCase();
        if (!accounts.exists(user)) {
            problems.add(new InvalidInput.Problem("username", "Enter the username of an existing user"));
        } else if (grants(personId).stream().anyMatch(g -> g.username().equals(user))) {
            problems.add(new InvalidInput.Problem("username", user + " can already open this record"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new InvalidInput.Problem("reason", "Enter why they need access to this record"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO restricted_access_grant (id, person_id, username, granted_by, granted_at, reason)
                        VALUES (:id, :person, :username, :by, :at, :reason)""")
                .param("id", id)
                .param("person", personId)
                .param("username", user)
                .param("by", Actors.currentOrSystem().username())
                .param("at", Timestamp.from(clock.instant()))
                .param("reason", reason.trim())
                .update();
        audit.record(AuditRecord.allowed("RESTRICTED_ACCESS_GRANTED", List.of(personId, id))
                .withReason(reason.trim())
                .withDetail("granted to " + user));
        return id;
    }

    @Transactional
    public void revoke(UUID personId, UUID grantId) {
        access.checkMayAdministerAccess(personId);
        int revoked = jdbc.sql("""
                        UPDATE restricted_access_grant SET revoked_by = :by, revoked_at = :at
                        WHERE id = :id AND person_id = :person AND revoked_at IS NULL""")
                .param("by", Actors.currentOrSystem().username())
                .param("at", Timestamp.from(clock.instant()))
                .param("id", grantId)
                .param("person", personId)
                .update();
        if (revoked == 1) {
            audit.record(AuditRecord.allowed("RESTRICTED_ACCESS_REVOKED", List.of(personId, grantId)));
        }
    }

    @Transactional(readOnly = true)
    public List<Grant> grants(UUID personId) {
        return jdbc.sql("""
                        SELECT id, username, granted_by, granted_at, reason FROM restricted_access_grant
                        WHERE person_id = :person AND revoked_at IS NULL ORDER BY granted_at""")
                .param("person", personId)
                .query((rs, n) -> new Grant(
                        rs.getObject("id", UUID.class),
                        rs.getString("username"),
                        rs.getString("granted_by"),
                        rs.getTimestamp("granted_at").toInstant(),
                        rs.getString("reason")))
                .list();
    }

    /** Every restricted record, most recently restricted first, with the users named on it (administrators). */
    @Transactional(readOnly = true)
    public List<Restriction> all() {
        access.checkMayAdministerAccess(null);
        return jdbc.sql("""
                        SELECT r.person_id, r.marked_by, r.marked_at, r.reason,
                          coalesce((SELECT array_agg(g.username ORDER BY g.username) FROM restricted_access_grant g
                                    WHERE g.person_id = r.person_id AND g.revoked_at IS NULL), '{}') AS named
                        FROM restricted_record r ORDER BY r.marked_at DESC, r.person_id LIMIT 1000""")
                .query((rs, n) -> new Restriction(
                        rs.getObject("person_id", UUID.class),
                        rs.getString("marked_by"),
                        rs.getTimestamp("marked_at").toInstant(),
                        rs.getString("reason"),
                        List.of((String[]) rs.getArray("named").getArray())))
                .list();
    }

    private static void requireReason(String reason, String message) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", message);
        }
    }
}
