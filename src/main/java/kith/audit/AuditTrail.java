package kith.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kith.shared.Actor;
import kith.shared.Actors;
import kith.shared.LocalAuthority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes to and reads the audit trail.
 *
 * <p>An entry is written in the caller's transaction, so a change and its audit entry commit or roll back
 * together. Refusals are written in a transaction of their own, because the refused work rolls back.
 * The position and previous hash are assigned under the lock of the authority's chain head row, so
 * concurrent writers form one unbroken chain.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final LocalAuthority authority;
    private final java.time.Clock clock;
    private final ChainCheckpoints checkpoints;
    private final TransactionTemplate ownTransaction;

    AuditTrail(JdbcClient jdbc, LocalAuthority authority, java.time.Clock clock, ChainCheckpoints checkpoints,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.authority = authority;
        this.clock = clock;
        this.checkpoints = checkpoints;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records what the current user did, in the current transaction. */
    @Transactional
    public void record(AuditRecord record) {
        append(authority.code(), Actors.currentOrSystem(), record);
    }

    /** Records what a named actor did (used where nobody is signed in yet, as at a failed sign-in). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAs(Actor actor, AuditRecord record) {
        append(authority.code(), actor, record);
    }

    /**
     * Records a refusal in a transaction of its own, so that it survives the refused work's rollback. When the
     * caller's transaction has itself written to the trail, it holds the chain lock until it ends, and a second
     * transaction waiting for that lock would wait for ever: the refusal is then written as soon as the caller's
     * transaction has ended, committed or rolled back.
     */
    public void recordRefusal(AuditRecord record) {
        Actor actor = Actors.currentOrSystem();
        String authorityCode = authority.code();
        if (holdsChainLock()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    ownTransaction.executeWithoutResult(done -> append(authorityCode, actor, record));
                }
            });
        } else {
            ownTransaction.executeWithoutResult(done -> append(authorityCode, actor, record));
        }
    }

    /** Whether the current transaction has appended to the trail, and so holds the chain head row's lock. */
    private static boolean holdsChainLock() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.getSynchronizations().stream().anyMatch(ChainLockHeld.class::isInstance);
    }

    /** Marks a transaction that has appended (synchronizations belong to one transaction, not to the thread). */
    private static final class ChainLockHeld implements TransactionSynchronization {}

    /** The entries that concern a record, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> entriesAbout(UUID subject, int limit) {
        return jdbc.sql("""
                        SELECT * FROM audit_entry
                        WHERE authority = :authority AND subject_ids @> ARRAY[:subject]::uuid[]
                        ORDER BY position DESC LIMIT :limit""")
                .param("authority", authority.code())
                .param("subject", subject)
                .param("limit", limit)
                .query(AuditTrail::entry)
                .list();
    }

    /** The latest entries written by one user, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> entriesBy(String username, int limit) {
        return jdbc.sql("""
                        SELECT * FROM audit_entry WHERE authority = :authority AND username = :username
                        ORDER BY position DESC LIMIT :limit""")
                .param("authority", authority.code())
                .param("username", username)
                .param("limit", limit)
                .query(AuditTrail::entry)
                .list();
    }

    /**
     * Recomputes this authority's chain, compares its end with the chain head row and every entry with the
     * signed checkpoints, and reports every broken range. An intact chain's end is then signed.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerification verify() {
        return verify(authority.code());
    }

    // One snapshot for the head row and the entries, so that a concurrent append cannot look like a
    // truncated tail. The checkpoints are read before it is taken: each was signed for a head that had
    // committed before it was written, so every checkpoint read lies within the snapshot.
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    ChainVerification verify(String authorityCode) {
        var verifier = new ChainVerifier(head(authorityCode).orElse(null), checkpoints.of(authorityCode));
        jdbc.sql("SELECT * FROM audit_entry WHERE authority = :authority ORDER BY position")
                .param("authority", authorityCode)
                .query(rs -> {
                    verifier.check(entry(rs, 0));
                });
        ChainVerification result = verifier.result();
        if (result.valid()) {
            checkpoints.sign(authorityCode, verifier.last());
        }
        return result;
    }

    /** The authority's chain head row, if it has one. */
    Optional<ChainHead> head(String authorityCode) {
        return jdbc.sql("SELECT position, hash FROM audit_chain_head WHERE authority = :authority")
                .param("authority", authorityCode)
                .query((rs, n) -> new ChainHead(rs.getLong("position"), rs.getString("hash")))
                .optional();
    }

    /**
     * Appends an entry in one statement: the head row's update takes the chain lock and assigns the position
     * and hashes (SHA-256 computed by PostgreSQL over the same text {@link ChainHash} builds), and the insert
     * writes the entry. A new authority's head is created on its first entry.
     */
    void append(String authorityCode, Actor actor, AuditRecord record) {
        if (TransactionSynchronizationManager.isSynchronizationActive() && !holdsChainLock()) {
            TransactionSynchronizationManager.registerSynchronization(new ChainLockHeld());
        }
        // PostgreSQL keeps microseconds: hash exactly what is stored.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var entry = new AuditEntry(authorityCode, 0, now, actor.username(), actor.role(),
                actor.agencyName() == null ? "" : actor.agencyName(), record.action(), record.outcome().name(),
                record.subjects(), record.fields(), currentRoute(), record.reason(), record.detail(), null, null);
        if (insert(entry) == 0) {
            jdbc.sql("""
                            INSERT INTO audit_chain_head (authority, position, hash, previous_hash)
                            VALUES (:authority, 0, :genesis, :genesis) ON CONFLICT (authority) DO NOTHING""")
                    .param("authority", authorityCode)
                    .param("genesis", ChainHash.GENESIS)
                    .update();
            insert(entry);
        }
    }

    private int insert(AuditEntry entry) {
        return jdbc.sql("""
                        WITH head AS (
                          UPDATE audit_chain_head
                          SET position = position + 1,
                              previous_hash = hash,
                              hash = encode(sha256(
                                convert_to(authority || chr(31) || (position + 1)::text || chr(31), 'UTF8')
                                || :content || convert_to(chr(31) || hash, 'UTF8')), 'hex')
                          WHERE authority = :authority
                          RETURNING position, previous_hash, hash)
                        INSERT INTO audit_entry (authority, position, occurred_at, username, role, agency, action,
                          outcome, subject_ids, fields, route, reason, detail, previous_hash, hash)
                        SELECT :authority, head.position, :occurredAt, :username, :role, :agency, :action, :outcome,
                          :subjects, :fields, :route, :reason, :detail, head.previous_hash, head.hash
                        FROM head""")
                // bytea, not text: the content marks an absent reason with NUL, which text cannot hold.
                .param("content", ChainHash.content(entry).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .param("authority", entry.authority())
                .param("occurredAt", java.sql.Timestamp.from(entry.occurredAt()))
                .param("username", entry.username())
                .param("role", entry.role())
                .param("agency", entry.agency())
                .param("action", entry.action())
                .param("outcome", entry.outcome())
                .param("subjects", entry.subjects().toArray(UUID[]::new))
                .param("fields", entry.fields().toArray(String[]::new))
                .param("route", entry.route())
                .param("reason", entry.reason())
                .param("detail", entry.detail())
                .update();
    }

    private static String currentRoute() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String uri = request.getRequestURI();
            // A family's feedback link carries its secret in the address (insights.voice): the trail never keeps it.
            if (uri.startsWith("/feedback/")) {
                uri = "/feedback/{token}";
            }
            return request.getMethod() + " " + uri;
        }
        return "system";
    }

    static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getString("authority"),
                rs.getLong("position"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("username"),
                rs.getString("role"),
                rs.getString("agency"),
                rs.getString("action"),
                rs.getString("outcome"),
                Arrays.asList((UUID[]) array(rs.getArray("subject_ids"))),
                Arrays.asList((String[]) array(rs.getArray("fields"))),
                rs.getString("route"),
                rs.getString("reason"),
                rs.getString("detail"),
                rs.getString("previous_hash"),
                rs.getString("hash"));
    }

    private static Object array(Array array) throws SQLException {
        return array.getArray();
    }
}
