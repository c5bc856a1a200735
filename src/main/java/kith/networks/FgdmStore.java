package kith.networks;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kith.networks.FamilyGroupDecision.Answer;
import kith.networks.FamilyGroupDecision.FamilysPlan;
import kith.networks.FamilyGroupDecision.FamilysPlanStep;
import kith.networks.FamilyGroupDecision.NotOffering;
import kith.shared.RecordNotFound;
import kith.shared.StaleRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes family group decisions: one row each, and the steps of the family's plan. */
@Repository
class FgdmStore {

    static final String WHAT = "Family group decision";

    /** A family group decision as stored. */
    record Stored(UUID id, long version, UUID childId, List<UUID> siblingIds, FgdmStage stage, FgdmStatus status,
            LocalDate consideredOn, String consideredBy, NotOffering notOffering, String offeredTo, LocalDate offeredOn,
            String offeredBy, Answer answer, String answeredBy, LocalDate answeredOn, LocalDate meetingDueOn,
            UUID coordinatorId, String coordinatorName, LocalDate coordinatorAssignedOn, String preparation,
            String preparedWith, LocalDate preparedOn, LocalDate heldOn, String attendees, Boolean privateFamilyTime,
            FamilysPlan plan, LocalDate reviewedOn, String reviewOutcome, String reviewedBy) {

        /** The child, then their brothers and sisters: everyone the meeting is about. */
        List<UUID> children() {
            List<UUID> all = new ArrayList<>();
            all.add(childId);
            siblingIds.stream().filter(id -> !all.contains(id)).forEach(all::add);
            return all;
        }

        /** Accepted, and the meeting not yet held (s31ZA(2): it must be held before an application). */
        boolean acceptedNotHeld() {
            return answer == Answer.ACCEPTED && heldOn == null;
        }

        Stored withSteps(List<FamilysPlanStep> steps) {
            FamilysPlan withSteps = plan == null ? null : new FamilysPlan(plan.agreedOn(), List.copyOf(steps),
                    plan.contingency(), plan.supportRequested(), plan.livesWithPersonId(), plan.livesWith(),
                    plan.reviewDueOn());
            return new Stored(id, version, childId, siblingIds, stage, status, consideredOn, consideredBy, notOffering,
                    offeredTo, offeredOn, offeredBy, answer, answeredBy, answeredOn, meetingDueOn, coordinatorId,
                    coordinatorName, coordinatorAssignedOn, preparation, preparedWith, preparedOn, heldOn, attendees,
                    privateFamilyTime, withSteps, reviewedOn, reviewOutcome, reviewedBy);
        }

        FamilyGroupDecision.Summary summary() {
            return new FamilyGroupDecision.Summary(id, stage, status, offeredOn, answer, heldOn, privateFamilyTime, plan);
        }
    }

    private final JdbcClient jdbc;

    FgdmStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Stored load(UUID id) {
        List<Stored> found = read(" WHERE id = :id", Map.of("id", id));
        if (found.isEmpty()) {
            throw new RecordNotFound(WHAT, id);
        }
        return found.get(0);
    }

    Stored loadAt(UUID id, long expectedVersion) {
        Stored stored = load(id);
        if (stored.version() != expectedVersion) {
            throw new StaleRecord(WHAT, id);
        }
        return stored;
    }

    /** Every family group decision about the child (as the child or as a brother or sister), newest first. */
    List<Stored> about(UUID childId) {
        return read(" WHERE child_id = :child OR :child = ANY(sibling_ids) ORDER BY considered_on DESC, id",
                Map.of("child", childId));
    }

    /** The decisions about any of these children (as the child or a sibling), in one query (the census's batch). */
    List<Stored> aboutAny(java.util.Collection<UUID> childIds) {
        UUID[] ids = childIds.toArray(UUID[]::new);
        return read(" WHERE child_id = ANY(:ids) OR sibling_ids && :ids ORDER BY considered_on DESC, id", Map.of("ids", ids));
    }

    /** The open one of this child at this stage, if any (one at a time). */
    boolean openAt(UUID childId, FgdmStage stage) {
        return jdbc.sql("""
                        SELECT count(*) FROM family_group_decision
                        WHERE child_id = :child AND stage = :stage
                          AND status NOT IN ('NOT_OFFERED', 'DECLINED', 'PLAN_REVIEWED')""")
                .param("child", childId).param("stage", stage.name()).query(Long.class).single() > 0;
    }

    /** Runs an update that checks the version; none updated means someone else saved first. */
    void save(JdbcClient.StatementSpec update, UUID id) {
        if (update.update() != 1) {
            throw new StaleRecord(WHAT, id);
        }
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    void replaceSteps(UUID id, List<FamilysPlanStep> steps) {
        jdbc.sql("DELETE FROM family_plan_step WHERE fgdm_id = :id").param("id", id).update();
        for (int i = 0; i < steps.size(); i++) {
            FamilysPlanStep step = steps.get(i);
            jdbc.sql("INSERT INTO family_plan_step (fgdm_id, position, what, who, by_when) VALUES (:id, :p, :what, :who, :by)")
                    .param("id", id).param("p", i).param("what", step.what().strip()).param("who", step.who().strip())
                    .param("by", step.byWhen()).update();
        }
    }

    private List<Stored> read(String where, Map<String, ?> params) {
        List<Stored> rows = jdbc.sql("SELECT * FROM family_group_decision" + where).params(params)
                .query(FgdmStore::stored).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<FamilysPlanStep>> steps = steps(rows.stream().map(Stored::id).toList());
        return rows.stream().map(row -> row.withSteps(steps.getOrDefault(row.id(), List.of()))).toList();
    }

    private Map<UUID, List<FamilysPlanStep>> steps(Collection<UUID> ids) {
        Map<UUID, List<FamilysPlanStep>> steps = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM family_plan_step WHERE fgdm_id = ANY(:ids) ORDER BY fgdm_id, position")
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("fgdm_id", UUID.class), new FamilysPlanStep(rs.getString("what"),
                        rs.getString("who"), rs.getObject("by_when", LocalDate.class))))
                .list()
                .forEach(entry -> steps.computeIfAbsent(entry.getKey(), id -> new ArrayList<>()).add(entry.getValue()));
        return steps;
    }

    private static Stored stored(ResultSet rs, int n) throws SQLException {
        String answer = rs.getString("answer");
        Array siblings = rs.getArray("sibling_ids");
        LocalDate agreedOn = rs.getObject("plan_agreed_on", LocalDate.class);
        FamilysPlan plan = agreedOn == null ? null : new FamilysPlan(agreedOn, List.of(),
                rs.getString("plan_contingency"), rs.getString("plan_support_requested"),
                rs.getObject("plan_lives_with_person_id", UUID.class), rs.getString("plan_lives_with"),
                rs.getObject("plan_review_due_on", LocalDate.class));
        String proposedBy = rs.getString("not_offering_proposed_by");
        NotOffering notOffering = proposedBy == null ? null : new NotOffering(rs.getString("not_offering_reason"),
                proposedBy, rs.getObject("not_offering_proposed_on", LocalDate.class),
                rs.getString("not_offering_decided_by"), rs.getObject("not_offering_decided_on", LocalDate.class),
                (Boolean) rs.getObject("not_offering_approved"), rs.getString("not_offering_manager_note"));
        return new Stored(rs.getObject("id", UUID.class), rs.getLong("version"), rs.getObject("child_id", UUID.class),
                siblings == null ? List.of() : Arrays.asList((UUID[]) siblings.getArray()),
                FgdmStage.valueOf(rs.getString("stage")), FgdmStatus.valueOf(rs.getString("status")),
                rs.getObject("considered_on", LocalDate.class), rs.getString("considered_by_name"), notOffering,
                rs.getString("offered_to"), rs.getObject("offered_on", LocalDate.class), rs.getString("offered_by_name"),
                answer == null ? null : Answer.valueOf(answer), rs.getString("answered_by"),
                rs.getObject("answered_on", LocalDate.class), rs.getObject("meeting_due_on", LocalDate.class),
                rs.getObject("coordinator_id", UUID.class), rs.getString("coordinator_name"),
                rs.getObject("coordinator_assigned_on", LocalDate.class), rs.getString("preparation"),
                rs.getString("prepared_with"), rs.getObject("prepared_on", LocalDate.class),
                rs.getObject("held_on", LocalDate.class), rs.getString("attendees"),
                (Boolean) rs.getObject("private_family_time"), plan, rs.getObject("reviewed_on", LocalDate.class),
                rs.getString("review_outcome"), rs.getString("reviewed_by_name"));
    }
}
