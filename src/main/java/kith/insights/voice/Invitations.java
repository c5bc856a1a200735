package kith.insights.voice;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes feedback invitations and what they need to know of episodes and plans. Writes are safe to repeat. */
@Repository
class Invitations {

    /** How long a family has to answer: 28 days from when the link is made (or from the invitation, if none is). */
    static final Duration VALID_FOR = Duration.ofDays(28);

    /** An invitation as the practitioner's pages read it. */
    record Invitation(UUID id, Occasion occasion, List<UUID> childIds, LocalDate occurredOn, UUID practitionerId,
            Instant linkMadeAt, Instant expiresAt, Instant usedAt) {

        boolean linkMade() {
            return linkMadeAt != null;
        }

        boolean open(Instant now) {
            return usedAt == null && expiresAt.isAfter(now);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Invitations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The episode's lead practitioner, or the episode a child protection plan belongs to ({@code workId}). */
    void rememberWork(UUID workId, UUID episodeId, UUID leadPractitionerId) {
        jdbc.sql("""
                        INSERT INTO feedback_work (work_id, episode_id, lead_practitioner_id, updated_at)
                        VALUES (:work, :episode, :lead, :at)
                        ON CONFLICT (work_id) DO UPDATE SET
                          lead_practitioner_id = COALESCE(EXCLUDED.lead_practitioner_id, feedback_work.lead_practitioner_id),
                          updated_at = EXCLUDED.updated_at""")
                .param("work", workId)
                .param("episode", episodeId)
                .param("lead", leadPractitionerId)
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    Optional<UUID> leadOf(UUID episodeId) {
        return jdbc.sql("SELECT lead_practitioner_id FROM feedback_work WHERE work_id = :episode")
                .param("episode", episodeId)
                .query(UUID.class)
                .optional();
    }

    Optional<UUID> episodeOf(UUID planId) {
        return jdbc.sql("SELECT episode_id FROM feedback_work WHERE work_id = :plan")
                .param("plan", planId)
                .query(UUID.class)
                .optional();
    }

    /**
     * Invites the family once per occasion ({@code key}); the same occasion again (an event delivered twice, or a
     * brother's plan reviewed at the same conference) only adds its children to the one invitation.
     */
    void invite(Occasion occasion, String key, UUID episodeId, List<UUID> childIds, LocalDate on, UUID practitionerId) {
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO feedback_invitation (id, occasion, occasion_key, episode_id, child_ids, occurred_on,
                          practitioner_id, expires_at, created_at)
                        VALUES (:id, :occasion, :key, :episode, :children, :on, :practitioner, :expires, :at)
                        ON CONFLICT (occasion_key) DO UPDATE SET child_ids = ARRAY(
                          SELECT DISTINCT c FROM unnest(feedback_invitation.child_ids || EXCLUDED.child_ids) AS c ORDER BY c)""")
                .param("id", UUID.randomUUID())
                .param("occasion", occasion.name())
                .param("key", key)
                .param("episode", episodeId)
                .param("children", childIds.stream().distinct().sorted().toArray(UUID[]::new))
                .param("on", on)
                .param("practitioner", practitionerId)
                .param("expires", Timestamp.from(now.plus(VALID_FOR)))
                .param("at", Timestamp.from(now))
                .update();
    }

    /** The open invitations this practitioner gives to families, the oldest occasion first. */
    List<Invitation> openFor(UUID practitionerId) {
        if (practitionerId == null) {
            return List.of();
        }
        return jdbc.sql(SELECT + """
                         WHERE practitioner_id = :practitioner AND used_at IS NULL AND expires_at > :now
                        ORDER BY occurred_on, id""")
                .param("practitioner", practitionerId)
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> invitation(rs))
                .list();
    }

    Optional<Invitation> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> invitation(rs))
                .optional();
    }

    /** A new link for the invitation; the hash replaces any earlier link's, which then stops working. */
    boolean makeLink(UUID id, byte[] tokenHash, String by) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        UPDATE feedback_invitation SET token_hash = :hash, link_made_at = :now, link_made_by = :by,
                          expires_at = :expires
                        WHERE id = :id AND used_at IS NULL AND expires_at > :now""")
                .param("hash", tokenHash)
                .param("now", Timestamp.from(now))
                .param("by", by)
                .param("expires", Timestamp.from(now.plus(VALID_FOR)))
                .param("id", id)
                .update() == 1;
    }

    /** Where the link with this token's hash stands; an expired link is as unknown as one never made. */
    LinkState stateOf(byte[] tokenHash) {
        return jdbc.sql("SELECT used_at IS NOT NULL AS used, expires_at > :now AS live FROM feedback_invitation WHERE token_hash = :hash")
                .param("now", Timestamp.from(clock.instant()))
                .param("hash", tokenHash)
                .query((rs, n) -> rs.getBoolean("used") ? LinkState.USED : rs.getBoolean("live") ? LinkState.OPEN : LinkState.UNKNOWN)
                .optional()
                .orElse(LinkState.UNKNOWN);
    }

    /**
     * Uses the link once: true for the one request that finds it open, so that two answers sent at the same moment
     * cannot both be saved.
     */
    boolean use(byte[] tokenHash) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        UPDATE feedback_invitation SET used_at = :now
                        WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now""")
                .param("now", Timestamp.from(now))
                .param("hash", tokenHash)
                .update() == 1;
    }

    private static final String SELECT = """
            SELECT id, occasion, child_ids, occurred_on, practitioner_id, link_made_at, expires_at, used_at
            FROM feedback_invitation""";

    private static Invitation invitation(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp made = rs.getTimestamp("link_made_at");
        Timestamp used = rs.getTimestamp("used_at");
        return new Invitation(rs.getObject("id", UUID.class), Occasion.valueOf(rs.getString("occasion")),
                List.of((UUID[]) rs.getArray("child_ids").getArray()), rs.getObject("occurred_on", LocalDate.class),
                rs.getObject("practitioner_id", UUID.class), made == null ? null : made.toInstant(),
                rs.getTimestamp("expires_at").toInstant(), used == null ? null : used.toInstant());
    }
}
