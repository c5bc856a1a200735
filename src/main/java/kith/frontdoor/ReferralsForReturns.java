package kith.frontdoor;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kith.access.Permission;
import kith.access.RecordAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door's facts for the statutory returns (the CIN census): which children were referred in a period, and
 * each child's referrals with their DfE source and decision. Ids and facts only, never names; for those who make
 * returns. The census that calls this audits each batch of children once (as ids), so this does not.
 */
@Service
public class ReferralsForReturns {

    /**
     * A referral as the census needs it.
     *
     * @param source the DfE ReferralSource code (1A to 10)
     * @param decision the decision's name, or null while undecided
     * @param noFurtherAction whether the decision ends the referral (ReferralNFA): no further action, or information
     *        and advice; the other decisions go on to Family Help or child protection
     */
    public record ReferralFacts(UUID id, UUID childId, LocalDate receivedOn, String source, String decision,
            LocalDate decidedOn, boolean noFurtherAction) {

        public boolean decided() {
            return decision != null;
        }

        public boolean targetedEarlyHelp() {
            return ReferralDecision.TARGETED_EARLY_HELP.name().equals(decision);
        }
    }

    private final JdbcClient jdbc;
    private final RecordAccess access;

    ReferralsForReturns(JdbcClient jdbc, RecordAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** The children with a referral received between {@code from} and {@code to}, inclusive. */
    @Transactional(readOnly = true)
    public Set<UUID> childrenReferred(LocalDate from, LocalDate to) {
        access.check(Permission.MAKE_RETURNS);
        return jdbc.sql("SELECT DISTINCT child_id FROM referral WHERE received_on BETWEEN :from AND :to")
                .param("from", from).param("to", to).query(UUID.class).set();
    }

    /** The referrals received up to {@code to} of each of these children, oldest first. One query. */
    @Transactional(readOnly = true)
    public Map<UUID, List<ReferralFacts>> ofChildren(Collection<UUID> childIds, LocalDate to) {
        access.check(Permission.MAKE_RETURNS);
        if (childIds.isEmpty()) {
            return Map.of();
        }
        List<ReferralFacts> rows = jdbc.sql("""
                        SELECT id, child_id, received_on, referral_source, decision, decided_on FROM referral
                        WHERE child_id = ANY(:ids) AND received_on <= :to ORDER BY child_id, received_on, id""")
                .param("ids", childIds.toArray(UUID[]::new)).param("to", to)
                .query((rs, n) -> {
                    String decision = rs.getString("decision");
                    return new ReferralFacts(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                            rs.getObject("received_on", LocalDate.class), rs.getString("referral_source"), decision,
                            rs.getObject("decided_on", LocalDate.class),
                            decision != null && !ReferralDecision.valueOf(decision).furtherAction());
                }).list();
        return new HashMap<>(rows.stream().collect(Collectors.groupingBy(ReferralFacts::childId)));
    }
}
