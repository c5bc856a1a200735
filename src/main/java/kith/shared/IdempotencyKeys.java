package kith.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes creating API requests safe to repeat: the first request with a user's {@code Idempotency-Key}
 * creates the record, and any repeat answers with that same record instead of creating another.
 *
 * <p>As the IETF httpapi Idempotency-Key draft says: a key is the user's for one route (the method and the path
 * with its ids, such as {@code POST /api/v1/family-help/<id>/plan}), so the same key sent to another route is
 * another key and creates there; and a key is for one request, so the same key on the same route with a
 * different body is refused ({@link IdempotencyKeyReused}, 422) rather than answered with the first request's
 * record. Bodies are compared by a SHA-256 fingerprint of the request as read, so a body that differs only in
 * spacing or the order of its fields is the same request.
 */
@Service
public class IdempotencyKeys {

    static final int MAX_LENGTH = 200;
    private static final JsonMapper CANONICAL = JsonMapper.builder().build();

    /** The record a request created, and whether this request created it. */
    public record Outcome(UUID id, boolean created) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Runs {@code create} once per user, route and key; the key's record and the creation commit together.
     * {@code request} is the request as read (its body and anything else that decides what is created).
     */
    @Transactional
    public Outcome createOnce(String key, String route, Object request, Supplier<UUID> create) {
        if (key == null || key.isEmpty()) {
            return new Outcome(create.get(), true);
        }
        if (key.length() > MAX_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidInput("Idempotency-Key", "Idempotency-Key must be 1 to " + MAX_LENGTH
                    + " letters, digits and ASCII punctuation, such as a UUID");
        }
        String username = Actors.currentOrSystem().username();
        String fingerprint = fingerprint(request);
        // Serialise concurrent requests with the same key, so exactly one of them creates.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:lock))")
                .param("lock", "idempotency:" + username + ":" + route + ":" + key)
                .query()
                .singleValue();
        Optional<Stored> existing = jdbc.sql("""
                        SELECT resource_id, request_fingerprint FROM idempotency_key
                        WHERE username = :u AND route = :route AND key = :k""")
                .param("u", username)
                .param("route", route)
                .param("k", key)
                .query((rs, n) -> new Stored(rs.getObject(1, UUID.class), rs.getString(2)))
                .optional();
        if (existing.isPresent()) {
            // A key stored before fingerprints were kept has none: it answers as it always did.
            if (existing.get().fingerprint() != null && !existing.get().fingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReused();
            }
            return new Outcome(existing.get().id(), false);
        }
        UUID id = create.get();
        jdbc.sql("""
                        INSERT INTO idempotency_key (username, key, route, resource_id, created_at, request_fingerprint)
                        VALUES (:u, :k, :route, :id, :at, :fingerprint)""")
                .param("u", username)
                .param("k", key)
                .param("route", route)
                .param("id", id)
                .param("at", Timestamp.from(clock.instant()))
                .param("fingerprint", fingerprint)
                .update();
        return new Outcome(id, true);
    }

    private record Stored(UUID id, String fingerprint) {}

    static String fingerprint(Object request) {
        try {
            byte[] canonical = CANONICAL.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
