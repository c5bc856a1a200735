package kith.insights.voice;

import kith.access.Permission;
import kith.access.RecordAccess;
import kith.shared.Actors;
import kith.shared.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a member of staff's home page offers from the voice of families and staff, in one query: this month's pulse
 * survey while they have not answered it, and how many families are waiting for a feedback link from them.
 */
@Service
public class VoicePrompts {

    /** The home page's prompts; none for those the survey is not for. */
    public record Prompts(boolean pulseDue, int feedbackLinksWaiting) {

        static final Prompts NONE = new Prompts(false, 0);
    }

    private final RecordAccess access;
    private final JdbcClient jdbc;
    private final Today today;

    VoicePrompts(RecordAccess access, JdbcClient jdbc, Today today) {
        this.access = access;
        this.jdbc = jdbc;
        this.today = today;
    }

    @Transactional(readOnly = true)
    public Prompts forCurrentUser() {
        if (!access.holds(Permission.TAKE_PULSE_SURVEY)) {
            return Prompts.NONE;
        }
        return jdbc.sql("""
                        SELECT NOT EXISTS (SELECT 1 FROM staff_pulse_taken WHERE username = :username AND month = :month)
                                 AS pulse_due,
                               (SELECT count(*) FROM feedback_invitation WHERE practitioner_id = CAST(:practitioner AS uuid)
                                 AND used_at IS NULL AND expires_at > :now) AS waiting""")
                .param("username", Actors.current().map(actor -> actor.username()).orElse(""))
                .param("month", FamilyFeedback.monthOf(today.date()))
                .param("practitioner", access.currentPractitioner())
                .param("now", java.sql.Timestamp.from(today.now()))
                .query((rs, n) -> new Prompts(rs.getBoolean("pulse_due"), rs.getInt("waiting")))
                .single();
    }
}
