package kith.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes creating API requests safe to repeat: the first request with a user's {@code Idempotency-Key}
 * creates the record, and any repeat answers with that same record instead of creating another.
 */
@Service
public class IdempotencyKeys {

    /** The record a request created, and whether this request created it. */
    public record Outcome(UUID id, boolean created) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Runs {@code create} once per user and key; the key's record and the creation commit together. */
    @Transactional
    public Outcome createOnce(String key, String route, Supplier<UUID> create) {
        if (key == null || key.isBlank()) {
            return new Outcome(create.get(), true);
        }
        if (key.length() > 200) {
            throw new InvalidInput("Idempotency-Key", "Idempotency-Key must be 200 characters or fewer");
        }
        String username = Actors.currentOrSystem().username();
        // Serialise concurrent requests with the same key, so exactly one of them creates.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:lock))")
                .param("lock", "idempotency:" + username + ":" + key)
                .query()
                .singleValue();
        Optional<UUID> existing = jdbc.sql("SELECT resource_id FROM idempotency_key WHERE username = :u AND key = :k")
                .param("u", username)
                .param("k", key)
                .query(UUID.class)
                .optional();
        if (existing.isPresent()) {
            return new Outcome(existing.get(), false);
        }
        UUID id = create.get();
        jdbc.sql("""
                        INSERT INTO idempotency_key (username, key, route, resource_id, created_at)
                        VALUES (:u, :k, :route, :id, :at)""")
                .param("u", username)
                .param("k", key)
                .param("route", route)
                .param("id", id)
                .param("at", Timestamp.from(clock.instant()))
                .update();
        return new Outcome(id, true);
    }
}
