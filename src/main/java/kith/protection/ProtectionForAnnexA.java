package kith.protection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Child protection's facts for Ofsted's Annex A lists 5 (section 47 enquiries and initial conferences) and 7 (child
 * protection plans): ids, dates, codes and who leads the work, never what was written. For the statutory returns,
 * which analysts and managers make.
 */
@Service
public class ProtectionForAnnexA {

    /**
     * One section 47 enquiry.
     *
     * @param conferenceNotNeeded true when the enquiry ended with no further action, false when it led to an initial
     *        conference, null while open
     * @param initialConferenceOn the day its initial conference was held, or null
     * @param conferenceSetAPlan whether that conference decided on a plan; null until it is held
     * @param enquiriesInTwelveMonths the child's enquiries started in the 12 months up to the window's end
     * @param conferencesInTwelveMonths the child's initial conferences held in the 12 months up to the window's end
     */
    public record EnquiryFact(UUID enquiryId, UUID childId, LocalDate startedOn, Boolean conferenceNotNeeded,
            LocalDate initialConferenceOn, Boolean conferenceSetAPlan, long enquiriesInTwelveMonths,
            long conferencesInTwelveMonths, String team, String leadPractitioner) {}

    /**
     * One child protection plan open on a day.
     *
     * @param initialCategory NEG, PHY, EMO, SAB or MUL
     * @param lastVisitOn the last statutory visit up to that day, or null
     * @param lastVisitSeenAlone whether that visit saw the child alone, or null with no visit
     * @param lastReviewOn the last review conference held up to that day, or null
     * @param immediateProtection whether a strategy discussion about the child in the six months up to that day
     *        recorded that the child needed immediate protection (Kith's nearest record of an emergency protection
     *        order or police protection)
     */
    public record PlanFact(UUID planId, UUID childId, LocalDate startedOn, LocalDate endedOn, String initialCategory,
            String latestCategory, LocalDate lastVisitOn, Boolean lastVisitSeenAlone, LocalDate lastReviewOn,
            boolean immediateProtection, int previousPlans, String team, String leadPractitioner) {}

    private final RecordAccess access;
    private final JdbcClient jdbc;

    ProtectionForAnnexA(RecordAccess access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    /** Enquiries under way at some time between the two dates: started by {@code to}, not completed before {@code from}. */
    @Transactional(readOnly = true)
    public List<EnquiryFact> enquiries(LocalDate from, LocalDate to) {
        access.check(Permission.MAKE_RETURNS);
        return jdbc.sql("""
                        SELECT s.id, s.child_id, s.started_on, s.outcome, s.lead_practitioner_name, t.name AS team,
                          c.held_on AS conference_held_on, c.decision AS conference_decision,
                          (SELECT count(*) FROM section_47_enquiry o WHERE o.child_id = s.child_id
                             AND o.started_on > CAST(:to AS date) - interval '12 months' AND o.started_on <= :to) AS enquiries,
                          (SELECT count(*) FROM child_protection_conference i WHERE i.child_id = s.child_id
                             AND i.kind = 'INITIAL' AND i.held_on > CAST(:to AS date) - interval '12 months' AND i.held_on <= :to) AS conferences
                        FROM section_47_enquiry s
                        LEFT JOIN child_protection_team t ON t.id = s.team_id
                        LEFT JOIN child_protection_conference c ON c.enquiry_id = s.id AND c.kind = 'INITIAL'
                        WHERE s.started_on <= :to AND (s.completed_on IS NULL OR s.completed_on >= :from)
                        ORDER BY s.started_on, s.id""")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> {
                    String outcome = rs.getString("outcome");
                    LocalDate heldOn = rs.getObject("conference_held_on", LocalDate.class);
                    String decision = rs.getString("conference_decision");
                    return new EnquiryFact(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                            rs.getObject("started_on", LocalDate.class),
                            outcome == null ? null : outcome.equals("NO_FURTHER_ACTION"), heldOn,
                            heldOn == null || decision == null ? null : decision.equals("PLAN"), rs.getLong("enquiries"),
                            rs.getLong("conferences"), rs.getString("team"), rs.getString("lead_practitioner_name"));
                })
                .list();
    }

    /** Every plan open on {@code on}: started by then and not ended by then. */
    @Transactional(readOnly = true)
    public List<PlanFact> plans(LocalDate on) {
        access.check(Permission.MAKE_RETURNS);
        return jdbc.sql("""
                        SELECT p.id, p.child_id, p.started_on, p.ended_on, p.initial_category, p.latest_category,
                          p.previous_plans, p.lead_practitioner_name, t.name AS team,
                          v.visited_on AS last_visit_on, v.seen_alone AS last_visit_seen_alone,
                          (SELECT max(r.held_on) FROM child_protection_conference r WHERE r.plan_id = p.id
                             AND r.kind = 'REVIEW' AND r.held_on <= :on) AS last_review_on,
                          EXISTS (SELECT 1 FROM strategy_discussion d JOIN strategy_discussion_child dc
                                    ON dc.discussion_id = d.id AND dc.person_id = p.child_id
                                  WHERE d.immediate_protection AND d.held_on > CAST(:on AS date) - interval '6 months'
                                    AND d.held_on <= :on) AS immediate_protection
                        FROM child_protection_plan p
                        LEFT JOIN child_protection_team t ON t.id = p.team_id
                        LEFT JOIN LATERAL (SELECT sv.visited_on, sv.seen_alone FROM statutory_visit sv
                                           WHERE sv.plan_id = p.id AND sv.visited_on <= :on
                                           ORDER BY sv.visited_on DESC, sv.recorded_at DESC LIMIT 1) v ON true
                        WHERE p.started_on <= :on AND (p.ended_on IS NULL OR p.ended_on > :on)
                        ORDER BY p.started_on, p.id""")
                .param("on", on)
                .query((rs, n) -> new PlanFact(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                        rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
                        rs.getString("initial_category"), rs.getString("latest_category"),
                        rs.getObject("last_visit_on", LocalDate.class),
                        (Boolean) rs.getObject("last_visit_seen_alone"), rs.getObject("last_review_on", LocalDate.class),
                        rs.getBoolean("immediate_protection"), rs.getInt("previous_plans"), rs.getString("team"),
                        rs.getString("lead_practitioner_name")))
                .list();
    }
}
