package kith.frontdoor;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door's facts for Ofsted's Annex A lists 1 (contacts) and 3 (referrals): ids, dates and codes, no names
 * or worries. For the statutory returns, which analysts and managers make.
 */
@Service
public class FrontDoorForAnnexA {

    /**
     * One child of one contact (Annex A list 1 has a row per child per contact).
     *
     * @param personId the child's person record once screening linked it, or null
     * @param source the DfE referral source code of whoever made the contact (1A to 10)
     */
    public record ContactChild(UUID contactId, int position, UUID personId, LocalDate receivedOn, String source,
            LocalDate dateOfBirth, LocalDate expectedDateOfBirth) {}

    /**
     * One referral (Annex A list 3).
     *
     * @param source the DfE referral source code
     * @param decision the ReferralDecision's name, or null while undecided
     * @param referralsInTwelveMonths the child's referrals received in the 12 months up to and including this one
     *        (this one counted, so never less than 1; referrals on the same day in the order they came in)
     */
    public record ReferralFact(UUID referralId, UUID childId, LocalDate receivedOn, String source, String decision,
            String decidedByName, long referralsInTwelveMonths) {

        /** Annex A's "Referral NFA?": decided, and the decision went to no service. */
        public boolean noFurtherAction() {
            return decision != null && !ReferralDecision.valueOf(decision).furtherAction();
        }
    }

    private final RecordAccess access;
    private final JdbcClient jdbc;

    FrontDoorForAnnexA(RecordAccess access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    /** Every child of every contact received between the two dates (inclusive), in the order received. */
    @Transactional(readOnly = true)
    public List<ContactChild> contacts(LocalDate from, LocalDate to) {
        access.check(Permission.MAKE_RETURNS);
        return jdbc.sql("""
                        SELECT c.id, k.position, k.person_id, c.received_on, c.referral_source, k.date_of_birth,
                          k.expected_date_of_birth
                        FROM contact c JOIN contact_child k ON k.contact_id = c.id
                        WHERE c.received_on BETWEEN :from AND :to
                        ORDER BY c.received_at, c.id, k.position""")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new ContactChild(rs.getObject("id", UUID.class), rs.getInt("position"),
                        rs.getObject("person_id", UUID.class), rs.getObject("received_on", LocalDate.class),
                        rs.getString("referral_source"), rs.getObject("date_of_birth", LocalDate.class),
                        rs.getObject("expected_date_of_birth", LocalDate.class)))
                .list();
    }

    /** Every referral received between the two dates (inclusive), with the child's count over 12 months. */
    @Transactional(readOnly = true)
    public List<ReferralFact> referrals(LocalDate from, LocalDate to) {
        access.check(Permission.MAKE_RETURNS);
        return jdbc.sql("""
                        SELECT r.id, r.child_id, r.received_on, r.referral_source, r.decision, r.decided_by_name,
                          (SELECT count(*) FROM referral p JOIN contact pc ON pc.id = p.contact_id
                           WHERE p.child_id = r.child_id
                             AND p.received_on > r.received_on - interval '12 months'
                             AND (p.received_on < r.received_on
                                  OR (p.received_on = r.received_on AND (pc.received_at, p.id) <= (c.received_at, r.id)))
                          ) AS in_twelve_months
                        FROM referral r JOIN contact c ON c.id = r.contact_id
                        WHERE r.received_on BETWEEN :from AND :to
                        ORDER BY r.received_on, c.received_at, r.id""")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new ReferralFact(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                        rs.getObject("received_on", LocalDate.class), rs.getString("referral_source"),
                        rs.getString("decision"), rs.getString("decided_by_name"), rs.getLong("in_twelve_months")))
                .list();
    }
}
