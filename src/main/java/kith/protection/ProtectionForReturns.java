package kith.protection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import kith.access.Permission;
import kith.access.RecordAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Child protection's facts for the statutory returns (the CIN census): each child's section 47 enquiries with their
 * initial conference, and their child protection plans with the review conferences held. Ids, dates and codes only;
 * for those who make returns. The census that calls this audits each batch of children once (as ids), so this does
 * not.
 */
@Service
public class ProtectionForReturns {

    /**
     * An enquiry and its initial conference.
     *
     * @param conferenceDueOn the initial conference's target date (InitialCPCtarget): 15 working days from the
     *        strategy discussion
     * @param conferenceHeldOn the initial conference's date, when held (DateOfInitialCPC)
     * @param noConference whether the enquiry was completed as needing no conference (ICPCnotRequired)
     */
    public record EnquiryFacts(UUID id, UUID episodeId, LocalDate startedOn, LocalDate conferenceDueOn,
            LocalDate completedOn, LocalDate conferenceHeldOn, boolean noConference) {}

    /** A plan: its dates, categories, the number of earlier plans, and the review conferences held on it. */
    public record PlanFacts(UUID id, UUID episodeId, LocalDate startedOn, LocalDate endedOn, String endReason,
            String initialCategory, String latestCategory, int previousPlans, List<LocalDate> reviewsHeld) {}

    /** A child's child protection work. */
    public record ChildFacts(List<EnquiryFacts> enquiries, List<PlanFacts> plans) {}

    private final JdbcClient jdbc;
    private final RecordAccess access;

    ProtectionForReturns(JdbcClient jdbc, RecordAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** The enquiries and plans of each of these children started up to {@code to}: three queries for the batch. */
    @Transactional(readOnly = true)
    public Map<UUID, ChildFacts> ofChildren(Collection<UUID> childIds, LocalDate to) {
        access.check(Permission.MAKE_RETURNS);
        if (childIds.isEmpty()) {
            return Map.of();
        }
        UUID[] ids = childIds.toArray(UUID[]::new);
        record Enquiry(UUID childId, EnquiryFacts facts) {}
        Map<UUID, List<EnquiryFacts>> enquiries = jdbc.sql("""
                        SELECT e.id, e.child_id, e.episode_id, e.started_on, e.conference_due_on, e.completed_on,
                               e.outcome, c.held_on
                        FROM section_47_enquiry e
                        LEFT JOIN child_protection_conference c ON c.enquiry_id = e.id AND c.kind = 'INITIAL'
                        WHERE e.child_id = ANY(:ids) AND e.started_on <= :to
                        ORDER BY e.started_on, e.id""")
                .param("ids", ids).param("to", to)
                .query((rs, n) -> new Enquiry(rs.getObject("child_id", UUID.class), new EnquiryFacts(
                        rs.getObject("id", UUID.class), rs.getObject("episode_id", UUID.class),
                        rs.getObject("started_on", LocalDate.class), rs.getObject("conference_due_on", LocalDate.class),
                        rs.getObject("completed_on", LocalDate.class), rs.getObject("held_on", LocalDate.class),
                        "NO_FURTHER_ACTION".equals(rs.getString("outcome"))))).list().stream()
                .collect(Collectors.groupingBy(Enquiry::childId, Collectors.mapping(Enquiry::facts, Collectors.toList())));
        record Review(UUID planId, LocalDate heldOn) {}
        Map<UUID, List<LocalDate>> reviews = jdbc.sql("""
                        SELECT plan_id, held_on FROM child_protection_conference
                        WHERE kind = 'REVIEW' AND held_on IS NOT NULL AND held_on <= :to AND child_id = ANY(:ids)
                        ORDER BY held_on""")
                .param("ids", ids).param("to", to)
                .query((rs, n) -> new Review(rs.getObject("plan_id", UUID.class), rs.getObject("held_on", LocalDate.class)))
                .list().stream()
                .collect(Collectors.groupingBy(Review::planId, Collectors.mapping(Review::heldOn, Collectors.toList())));
        record Plan(UUID childId, PlanFacts facts) {}
        Map<UUID, List<PlanFacts>> plans = jdbc.sql("""
                        SELECT id, child_id, episode_id, started_on, ended_on, end_reason, initial_category,
                               latest_category, previous_plans
                        FROM child_protection_plan WHERE child_id = ANY(:ids) AND started_on <= :to
                        ORDER BY started_on, id""")
                .param("ids", ids).param("to", to)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Plan(rs.getObject("child_id", UUID.class), new PlanFacts(id,
                            rs.getObject("episode_id", UUID.class), rs.getObject("started_on", LocalDate.class),
                            rs.getObject("ended_on", LocalDate.class), rs.getString("end_reason"),
                            rs.getString("initial_category"), rs.getString("latest_category"),
                            rs.getInt("previous_plans"), reviews.getOrDefault(id, List.of())));
                }).list().stream()
                .collect(Collectors.groupingBy(Plan::childId, Collectors.mapping(Plan::facts, Collectors.toList())));
        Map<UUID, ChildFacts> facts = new HashMap<>();
        for (UUID child : childIds) {
            List<EnquiryFacts> e = enquiries.getOrDefault(child, List.of());
            List<PlanFacts> p = plans.getOrDefault(child, List.of());
            if (!e.isEmpty() || !p.isEmpty()) {
                facts.put(child, new ChildFacts(new ArrayList<>(e), new ArrayList<>(p)));
            }
        }
        return facts;
    }
}
