package kith.familyhelp;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Family Help's facts for Ofsted's Annex A lists 2 (early help assessments), 3 (who holds a referral's work), 4
 * (assessments) and 6 (children in need): ids, dates, codes and who leads the work, never what was written. For the
 * statutory returns, which analysts and managers make.
 */
@Service
public class FamilyHelpForAnnexA {

    /**
     * An assessment with the episode it belongs to.
     *
     * @param childSeen whether a visit during the assessment (start to completion, or to the window's end while open)
     *        saw the child
     * @param outcome the AssessmentOutcome's name once completed, or null
     * @param leadAgency the lead practitioner's agency, or null while unallocated
     */
    public record AssessmentFact(UUID assessmentId, UUID childId, LocalDate startedOn, LocalDate completedOn,
            LocalDate authorisedOn, String outcome, boolean childSeen, String leadAgency, String leadPractitioner) {

        /** Whether the assessment found the child needs the council's social care (a plan or a step up). */
        public Boolean needsSocialCare() {
            return outcome == null ? null
                    : outcome.equals(AssessmentOutcome.FAMILY_HELP_PLAN.name()) || outcome.equals(AssessmentOutcome.STEP_UP.name());
        }
    }

    /**
     * A child in an episode of need (section 17, or stepped up to child protection) open on a day.
     *
     * @param reasonForClosure RC1 to RC9 when closed, or null
     * @param childInNeedPlan whether a child in need plan was running that day
     * @param assessmentOpen whether an assessment of the child was open that day
     * @param lastSeenOn the last visit that saw the child, up to that day, or null
     * @param primaryNeed the CIN census primary need code (N0 to N9) the latest assessment recorded, or null
     */
    public record ChildInNeed(UUID episodeId, UUID childId, LocalDate startedOn, LocalDate closedOn,
            String reasonForClosure, boolean childInNeedPlan, boolean assessmentOpen, LocalDate lastSeenOn,
            String leadAgency, String leadPractitioner, String primaryNeed) {}

    /** Who leads the work that came of a referral. */
    public record Allocation(String leadAgency, String leadPractitioner) {}

    private final RecordAccess access;
    private final JdbcClient jdbc;

    FamilyHelpForAnnexA(RecordAccess access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    /**
     * Assessments in targeted early help episodes (list 2) or in section 17 work (list 4, {@code earlyHelp} false)
     * that were under way at some time between the two dates: started by {@code to}, and not completed before
     * {@code from}.
     */
    @Transactional(readOnly = true)
    public List<AssessmentFact> assessments(boolean earlyHelp, LocalDate from, LocalDate to) {
        access.check(Permission.MAKE_RETURNS);
        return jdbc.sql("""
                        SELECT a.id, a.child_id, a.started_on, a.completed_on, a.authorised_on, a.outcome,
                          e.lead_agency_name, e.lead_practitioner_name,
                          EXISTS (SELECT 1 FROM visit v WHERE v.episode_id = e.id AND a.child_id = ANY(v.children_seen)
                                  AND v.visited_on BETWEEN a.started_on AND coalesce(a.completed_on, :to)) AS child_seen
                        FROM assessment a JOIN family_help_episode e ON e.id = a.episode_id
                        WHERE (e.kind = 'TARGETED_EARLY_HELP') = :earlyHelp
                          AND a.started_on <= :to AND (a.completed_on IS NULL OR a.completed_on >= :from)
                        ORDER BY a.started_on, a.id""")
                .param("earlyHelp", earlyHelp)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new AssessmentFact(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                        rs.getObject("started_on", LocalDate.class), rs.getObject("completed_on", LocalDate.class),
                        rs.getObject("authorised_on", LocalDate.class), rs.getString("outcome"),
                        rs.getBoolean("child_seen"), rs.getString("lead_agency_name"),
                        rs.getString("lead_practitioner_name")))
                .list();
    }

    /**
     * The children of every episode of need open on {@code on}: section 17 episodes, and early help episodes once
     * stepped up to child protection (a child on a plan is a child in need).
     */
    @Transactional(readOnly = true)
    public List<ChildInNeed> childrenInNeed(LocalDate on) {
        access.check(Permission.MAKE_RETURNS);
        return jdbc.sql("""
                        SELECT e.id, m.person_id, e.opened_on, e.closed_on, e.closure_reason, e.lead_agency_name,
                          e.lead_practitioner_name, e.primary_need,
                          EXISTS (SELECT 1 FROM family_plan p WHERE p.episode_id = e.id AND p.child_in_need_plan
                                  AND p.started_on <= :on AND (p.ended_on IS NULL OR p.ended_on > :on)) AS cin_plan,
                          EXISTS (SELECT 1 FROM assessment a WHERE a.episode_id = e.id AND a.child_id = m.person_id
                                  AND a.started_on <= :on AND (a.completed_on IS NULL OR a.completed_on > :on)) AS assessing,
                          (SELECT max(v.visited_on) FROM visit v WHERE v.episode_id = e.id
                             AND m.person_id = ANY(v.children_seen) AND v.visited_on <= :on) AS last_seen
                        FROM family_help_episode e JOIN episode_member m ON m.episode_id = e.id AND m.child
                        WHERE (e.kind = 'CHILD_IN_NEED' OR e.stepped_up_on IS NOT NULL)
                          AND e.opened_on <= :on AND (e.closed_on IS NULL OR e.closed_on > :on)
                        ORDER BY e.opened_on, e.id, m.position""")
                .param("on", on)
                .query((rs, n) -> new ChildInNeed(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                        rs.getObject("opened_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
                        rs.getString("closure_reason"), rs.getBoolean("cin_plan"), rs.getBoolean("assessing"),
                        rs.getObject("last_seen", LocalDate.class), rs.getString("lead_agency_name"),
                        rs.getString("lead_practitioner_name"), rs.getString("primary_need")))
                .list();
    }

    /** Who leads the Family Help opened from each of these referrals (referrals with no episode are left out). */
    @Transactional(readOnly = true)
    public Map<UUID, Allocation> allocations(Collection<UUID> referralIds) {
        access.check(Permission.MAKE_RETURNS);
        Map<UUID, Allocation> allocations = new HashMap<>();
        if (referralIds.isEmpty()) {
            return allocations;
        }
        jdbc.sql("""
                        SELECT referral_id, lead_agency_name, lead_practitioner_name FROM family_help_episode
                        WHERE referral_id = ANY(CAST(:ids AS uuid[]))""")
                .param("ids", referralIds.stream().distinct().toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("referral_id", UUID.class),
                        new Allocation(rs.getString("lead_agency_name"), rs.getString("lead_practitioner_name"))))
                .list()
                .forEach(entry -> allocations.put(entry.getKey(), entry.getValue()));
        return allocations;
    }
}
