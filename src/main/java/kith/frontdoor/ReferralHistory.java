package kith.frontdoor;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door's records replayed as the events that made them ({@link ReferralReceived}, then
 * {@link ReferralDecided} for each decided referral), oldest first, so that a module installed late (the measures)
 * builds its read models from years of referrals through the same listeners as live ones. Names no one; the caller
 * checks who may start a rebuild.
 */
@Service
public class ReferralHistory {

    private final JdbcClient jdbc;

    ReferralHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many records {@link #replay} goes through, for a progress bar. */
    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("SELECT count(*) FROM referral").query(Long.class).single();
    }

    /** Every referral, oldest first, as its events: the receipt, then the decision when one was made. */
    @Transactional(readOnly = true)
    public void replay(Consumer<Object> events) {
        jdbc.sql("""
                        SELECT id, child_id, received_on, referral_source, re_referral, decision, decided_on, decided_by,
                          late_reason
                        FROM referral ORDER BY received_on, decided_at NULLS LAST, id""")
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    UUID child = rs.getObject("child_id", UUID.class);
                    LocalDate received = rs.getObject("received_on", LocalDate.class);
                    events.accept(new ReferralReceived(id, child, received, rs.getString("referral_source"),
                            rs.getBoolean("re_referral")));
                    String decision = rs.getString("decision");
                    if (decision != null) {
                        // A decision made late always carries the reason it was late (Referral.decide).
                        events.accept(new ReferralDecided(id, child, ReferralDecision.valueOf(decision),
                                rs.getObject("decided_on", LocalDate.class), rs.getString("decided_by"),
                                rs.getString("late_reason") != null, received));
                    }
                });
    }
}
