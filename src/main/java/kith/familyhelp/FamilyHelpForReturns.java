package kith.familyhelp;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
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
 * Family Help's facts for the statutory returns (the CIN census): the children in child-in-need work in a period,
 * and each child's episodes with their assessments and child in need plans. Ids, dates and codes only; for those
 * who make returns. The census that calls this audits each batch of children once (as ids), so this does not.
 *
 * <p>An episode is child-in-need work (a CIN census episode) when it was opened for a section 17 assessment or was
 * stepped up to child protection; targeted early help that never stepped up is not returned (FAMILIES_FIRST.md 8.8).
 */
@Service
public class FamilyHelpForReturns {

    /** An assessment of the child: its dates and DfE factor codes. */
    public record AssessmentFacts(UUID id, LocalDate startedOn, LocalDate completedOn, LocalDate authorisedOn,
            List<String> factors, String primaryNeed) {}

    /** A child in need plan (family_plan.child_in_need_plan): when it started and ended. */
    public record PlanFacts(UUID id, LocalDate startedOn, LocalDate endedOn) {}

    /**
     * One child's part of an episode.
     *
     * @param childInNeed whether the episode is child-in-need work (section 17, or stepped up)
     * @param primaryNeed the child's primary need (their latest completed assessment's, else the episode's), or null
     */
    public record EpisodeFacts(UUID id, UUID childId, boolean childInNeed, UUID referralId, LocalDate referralDate,
            LocalDate openedOn, LocalDate steppedUpOn, LocalDate closedOn, String closureReason, String primaryNeed,
            List<AssessmentFacts> assessments, List<PlanFacts> childInNeedPlans) {}

    private static final String CHILD_IN_NEED = "(e.kind = 'CHILD_IN_NEED' OR e.stepped_up_on IS NOT NULL)";

    private final JdbcClient jdbc;
    private final RecordAccess access;

    FamilyHelpForReturns(JdbcClient jdbc, RecordAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** The children of child-in-need episodes open at any time between {@code from} and {@code to}. */
    @Transactional(readOnly = true)
    public Set<UUID> childrenInNeed(LocalDate from, LocalDate to) {
        access.check(Permission.MAKE_RETURNS);
        return jdbc.sql("""
                        SELECT DISTINCT m.person_id FROM family_help_episode e
                        JOIN episode_member m ON m.episode_id = e.id AND m.child
                        WHERE %s AND e.referral_date <= :to AND (e.closed_on IS NULL OR e.closed_on >= :from)"""
                        .formatted(CHILD_IN_NEED))
                .param("from", from).param("to", to).query(UUID.class).set();
    }

    /**
     * The episodes (of any kind) of each of these children referred up to {@code to}, oldest first, with the child's
     * assessments and the episode's child in need plans: three queries for the whole batch.
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<EpisodeFacts>> ofChildren(Collection<UUID> childIds, LocalDate to) {
        access.check(Permission.MAKE_RETURNS);
        if (childIds.isEmpty()) {
            return Map.of();
        }
        UUID[] ids = childIds.toArray(UUID[]::new);
        record Row(UUID id, UUID childId, boolean childInNeed, UUID referralId, LocalDate referralDate,
                LocalDate openedOn, LocalDate steppedUpOn, LocalDate closedOn, String closureReason, String primaryNeed) {}
        List<Row> rows = jdbc.sql("""
                        SELECT e.id, m.person_id, %s AS child_in_need, e.referral_id, e.referral_date, e.opened_on,
                               e.stepped_up_on, e.closed_on, e.closure_reason, e.primary_need
                        FROM family_help_episode e JOIN episode_member m ON m.episode_id = e.id AND m.child
                        WHERE m.person_id = ANY(:ids) AND e.referral_date <= :to
                        ORDER BY m.person_id, e.referral_date, e.opened_on, e.id""".formatted(CHILD_IN_NEED))
                .param("ids", ids).param("to", to)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                        rs.getBoolean("child_in_need"), rs.getObject("referral_id", UUID.class),
                        rs.getObject("referral_date", LocalDate.class), rs.getObject("opened_on", LocalDate.class),
                        rs.getObject("stepped_up_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
                        rs.getString("closure_reason"), rs.getString("primary_need"))).list();
        if (rows.isEmpty()) {
            return Map.of();
        }
        UUID[] episodeIds = rows.stream().map(Row::id).distinct().toArray(UUID[]::new);
        record Done(UUID episodeId, UUID childId, AssessmentFacts facts) {}
        Map<String, List<AssessmentFacts>> assessments = jdbc.sql("""
                        SELECT id, episode_id, child_id, started_on, completed_on, authorised_on, factors, primary_need
                        FROM assessment WHERE episode_id = ANY(:episodes) AND child_id = ANY(:ids)
                        ORDER BY started_on, id""")
                .param("episodes", episodeIds).param("ids", ids)
                .query((rs, n) -> new Done(rs.getObject("episode_id", UUID.class), rs.getObject("child_id", UUID.class),
                        new AssessmentFacts(rs.getObject("id", UUID.class), rs.getObject("started_on", LocalDate.class),
                                rs.getObject("completed_on", LocalDate.class),
                                rs.getObject("authorised_on", LocalDate.class), codes(rs.getArray("factors")),
                                rs.getString("primary_need")))).list().stream()
                .collect(Collectors.groupingBy(d -> d.episodeId() + "/" + d.childId(),
                        Collectors.mapping(Done::facts, Collectors.toList())));
        record Plan(UUID episodeId, PlanFacts facts) {}
        Map<UUID, List<PlanFacts>> plans = jdbc.sql("""
                        SELECT id, episode_id, started_on, ended_on FROM family_plan
                        WHERE episode_id = ANY(:episodes) AND child_in_need_plan ORDER BY started_on, id""")
                .param("episodes", episodeIds)
                .query((rs, n) -> new Plan(rs.getObject("episode_id", UUID.class), new PlanFacts(
                        rs.getObject("id", UUID.class), rs.getObject("started_on", LocalDate.class),
                        rs.getObject("ended_on", LocalDate.class)))).list().stream()
                .collect(Collectors.groupingBy(Plan::episodeId, Collectors.mapping(Plan::facts, Collectors.toList())));
        Map<UUID, List<EpisodeFacts>> byChild = new HashMap<>();
        for (Row row : rows) {
            List<AssessmentFacts> own = assessments.getOrDefault(row.id() + "/" + row.childId(), List.of());
            // The child's own answer where their assessment gave one: siblings on one episode may differ.
            String need = own.stream().filter(a -> a.completedOn() != null && a.primaryNeed() != null)
                    .max(Comparator.comparing(AssessmentFacts::completedOn)).map(AssessmentFacts::primaryNeed)
                    .orElse(row.primaryNeed());
            byChild.computeIfAbsent(row.childId(), c -> new ArrayList<>()).add(new EpisodeFacts(row.id(), row.childId(),
                    row.childInNeed(), row.referralId(), row.referralDate(), row.openedOn(), row.steppedUpOn(),
                    row.closedOn(), row.closureReason(), need, own, plans.getOrDefault(row.id(), List.of())));
        }
        return byChild;
    }

    private static List<String> codes(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
