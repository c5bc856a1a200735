/**
 * The audit trail: an append-only record of every view, search, change, disclosure, sign-in and refusal,
 * kept as a hash chain per local authority so that any change to a stored entry is detectable. Other
 * modules write to it through {@link kith.audit.AuditTrail}; admins read it through the access log and the
 * API. The database refuses Kith's own role any update or delete of an entry.
 *
 * <p><b>Anchored outside the database.</b> A hash chain alone does not stop someone who controls the
 * database: a superuser can switch the append-only trigger off, rewrite an entry, recompute every later hash
 * and the head row, and the chain checks out again. So Kith signs <em>checkpoints</em> of each chain head
 * (HMAC-SHA256 over authority, position, head hash and time, with a key the database never sees: {@code
 * KITH_AUDIT_KEY}, or the key file generated at first start) and appends them to a file outside the
 * database, and to the log. The check compares every checkpoint with the entry at its position, and the end
 * of the chain with the head row and the latest checkpoint, and reports every broken range: altered,
 * missing, truncated tail, head mismatch, checkpoint mismatch, forged checkpoint.
 *
 * <p><b>Why checkpoints, not a keyed hash per entry.</b> An append is one SQL statement (PostgreSQL assigns
 * position and hash under the head row's lock), and the child's page is held to five statements with the
 * audit write among them. A per-entry HMAC computed in Java needs the previous hash first: two statements.
 * Computing it in PostgreSQL would send the key to the database, where a superuser can log statements.
 * Checkpoints keep the one-statement append and keep the key in Kith.
 *
 * <p><b>The window.</b> Checkpoints are signed every {@code kith.audit.checkpoint-interval} (10 seconds by
 * default) when the head has moved, at shutdown and after every successful check. Entries newer than the
 * latest checkpoint (at most one interval's worth, or since the last checkpoint before a crash) are guarded
 * by the hash chain and the head row only: a superuser could rewrite or remove them unnoticed. Nor do
 * checkpoints stop anyone who may insert (Kith's own role included) from appending plausible new entries;
 * they stop history from being rewritten or cut short. The key and the checkpoint file must be kept where
 * the database's administrators cannot write; the key must be kept for as long as the trail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit",
        allowedDependencies = {"shared"})
package kith.audit;
