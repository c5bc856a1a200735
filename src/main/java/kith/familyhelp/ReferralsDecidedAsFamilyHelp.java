package kith.familyhelp;

import java.sql.Timestamp;
import java.time.LocalDate;
import kith.frontdoor.ReferralDecided;
import kith.shared.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Family Help's own record of the referrals the front door decided as Family Help, kept from the front door's
 * {@link ReferralDecided} event, so that the managers' list of referrals waiting to be opened reads no table of
 * the front door's. Runs after the decision commits, in its own transaction; a redelivered event changes nothing.
 */
@Component
class ReferralsDecidedAsFamilyHelp {

    private final Assessments assessments;
    private final JdbcClient jdbc;
    private final Today today;

    ReferralsDecidedAsFamilyHelp(Assessments assessments, JdbcClient jdbc, Today today) {
        this.assessments = assessments;
        this.jdbc = jdbc;
        this.today = today;
    }

    @ApplicationModuleListener
    void on(ReferralDecided event) {
        if (!event.decision().opensFamilyHelp()) {
            return;
        }
        // Working Together 2023: the assessment is due 45 working days from the referral. An event published before
        // it carried the referral date counts from the decision, at most a working day later.
        LocalDate from = event.receivedOn() != null ? event.receivedOn() : event.decidedOn();
        jdbc.sql("""
                        INSERT INTO referral_for_family_help (referral_id, child_id, decision, received_on, decided_on,
                          assessment_due_on, recorded_at)
                        VALUES (:referral, :child, :decision, :received, :decided, :due, :at)
                        ON CONFLICT (referral_id) DO NOTHING""")
                .param("referral", event.referralId())
                .param("child", event.childId())
                .param("decision", event.decision().name())
                .param("received", event.receivedOn())
                .param("decided", event.decidedOn())
                .param("due", assessments.dueDateFor(from))
                .param("at", Timestamp.from(today.now()))
                .update();
    }
}
