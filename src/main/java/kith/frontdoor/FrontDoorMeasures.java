package kith.frontdoor;

import java.time.LocalDate;
import java.time.YearMonth;
import kith.access.Permission;
import kith.access.RecordAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door's counts for a month, naming no one: referrals received, re-referrals among them (DfE: within
 * 12 months of the last), and decisions made, with how many within the one working day that Working Together 2023
 * allows. Read-only, in one statement; for the measures, which performance analysts see.
 */
@Service
public class FrontDoorMeasures {

    /**
     * A month's counts.
     *
     * @param referrals referrals received in the month
     * @param reReferrals those of them within 12 months of the child's last referral
     * @param decisions decisions made in the month, on referrals received then or before
     * @param decisionsWithinOneWorkingDay those of them made within one working day of the referral
     */
    public record Month(YearMonth month, long referrals, long reReferrals, long decisions,
            long decisionsWithinOneWorkingDay) {

        /** Decisions within one working day as a whole percentage of the decisions, or null when none were made. */
        public Long percentWithinOneWorkingDay() {
            return percent(decisionsWithinOneWorkingDay, decisions);
        }

        /** Re-referrals as a whole percentage of the referrals, or null when none were received. */
        public Long percentReReferrals() {
            return percent(reReferrals, referrals);
        }

        private static Long percent(long part, long whole) {
            return whole == 0 ? null : Math.round(100.0 * part / whole);
        }
    }

    private final RecordAccess access;
    private final JdbcClient jdbc;

    FrontDoorMeasures(RecordAccess access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Month of(YearMonth month) {
        access.check(Permission.SEE_MEASURES);
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        // A decision made late always carries the reason it was late (Referral.decide), so one without is on time.
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE received_on BETWEEN :first AND :last) AS referrals,
                          count(*) FILTER (WHERE received_on BETWEEN :first AND :last AND re_referral) AS re_referrals,
                          count(*) FILTER (WHERE decided_on BETWEEN :first AND :last) AS decisions,
                          count(*) FILTER (WHERE decided_on BETWEEN :first AND :last AND late_reason IS NULL) AS on_time
                        FROM referral
                        WHERE received_on BETWEEN :first AND :last OR decided_on BETWEEN :first AND :last""")
                .param("first", first)
                .param("last", last)
                .query((rs, n) -> new Month(month, rs.getLong("referrals"), rs.getLong("re_referrals"),
                        rs.getLong("decisions"), rs.getLong("on_time")))
                .single();
    }
}
