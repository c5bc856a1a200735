package kith.casework;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import kith.casework.SyntheticCaseHistories.CaseHistory;
import kith.casework.SyntheticCaseHistories.Episode;
import kith.casework.SyntheticCaseHistories.Practitioner;
import kith.casework.SyntheticCaseHistories.Written;
import kith.familyhelp.AssessmentOutcome;
import kith.people.SyntheticPeopleLoader;
import kith.support.CopyText;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Gives the children that {@link SyntheticPeopleLoader} invented their case histories, for benchmarks: exactly
 * the wanted number of chronology entries, and the Family Help episodes, assessments, family plans and goals
 * they tell of, and the child protection plans some of them are on (the strategy discussion, enquiry and
 * conferences behind each, its statutory visits, core group meetings and open tasks), all with PostgreSQL COPY.
 * No referral rows are written (the episodes name a referral id that no table holds): nothing the benchmarks read
 * looks them up. Nor are working relationships: the benchmark reads the page as a council social worker.
 *
 * <p>Children are taken in a fixed order until the entries run out, so the children at the end of the list
 * have no history. The entries of a chunk of children are written in the order they were recorded, not
 * child by child, so that one child's entries lie scattered over the table as years of writing leave them.
 *
 * <p>Everything is copied in one transaction, and a table that already holds the wanted number of entries is
 * left alone.
 */
public final class CaseHistoryLoader {

    /** The same seed gives the same histories for the same people. */
    public static final long SEED = 20_261_124L;

    // Ten thousand children is some 77,000 entries: a few megabytes to send, and a wide enough scatter.
    private static final int CHILDREN_PER_CHUNK = 10_000;

    private static final String COPY_ENTRY = """
            COPY chronology_entry (id, child_id, occurred_on, recorded_at, kind, title, detail, actor_name, link,
              statutory, source_event_id, outline, link_children) FROM STDIN""";
    private static final String COPY_EPISODE = """
            COPY family_help_episode (id, version, kind, referral_id, referral_date, opened_on, opened_by_name,
              lead_practitioner_id, lead_practitioner_name, lead_agency_name, lead_agreed, lead_allocated_on,
              supervisor_id, supervisor_name, stepped_up_on, step_up_reason, stepped_up_by_name, closed_on,
              closure_reason, closing_summary, closed_by_name) FROM STDIN""";
    private static final String COPY_MEMBER = "COPY episode_member (episode_id, position, person_id, child, name) FROM STDIN";
    private static final String COPY_ASSESSMENT = """
            COPY assessment (id, version, episode_id, child_id, started_on, due_on, factors, outcome, completed_on,
              late_reason, completed_by_name, authorised_on, authorised_by_name) FROM STDIN""";
    private static final String COPY_PLAN = """
            COPY family_plan (id, version, episode_id, child_in_need_plan, worries, going_well, started_on, ended_on,
              review_interval_months, next_review_on, agreed_by_name) FROM STDIN""";
    private static final String COPY_GOAL = "COPY plan_goal (plan_id, position, goal) FROM STDIN";
    private static final String COPY_DISCUSSION = """
            COPY strategy_discussion (id, episode_id, held_on, kind, information_shared, lawful_basis, section_47,
              immediate_protection, reasons, recorded_by, recorded_by_name, recorded_at) FROM STDIN""";
    private static final String COPY_DISCUSSION_CHILD = "COPY strategy_discussion_child (discussion_id, person_id) FROM STDIN";
    private static final String COPY_ENQUIRY = """
            COPY section_47_enquiry (id, child_id, episode_id, strategy_discussion_id, started_on, conference_due_on,
              lead_practitioner_id, lead_practitioner_name, lead_assigned_on, lead_assigned_by_name, manager_id, findings,
              concerns_substantiated, outcome, completed_on, completed_by_name) FROM STDIN""";
    private static final String COPY_CONFERENCE = """
            COPY child_protection_conference (id, child_id, episode_id, kind, enquiry_id, plan_id, due_on, scheduled_on,
              scheduled_by_name, advocate_offered, held_on, chair_name, decision, category, reasons, family_had_advocate)
              FROM STDIN""";
    private static final String COPY_CP_PLAN = """
            COPY child_protection_plan (id, child_id, episode_id, conference_id, started_on, initial_category,
              latest_category, previous_plans, lead_practitioner_id, lead_practitioner_name, manager_id,
              family_help_lead_id, family_help_lead_name, worries, next_visit_due_on, next_core_group_due_on,
              next_review_due_on) FROM STDIN""";
    private static final String COPY_VISIT = """
            COPY statutory_visit (id, plan_id, visited_on, child_seen, seen_alone, bedroom_seen, not_alone_reason,
              observations, next_due_on, recorded_by, recorded_by_name, recorded_at) FROM STDIN""";
    private static final String COPY_MEETING = """
            COPY core_group_meeting (id, plan_id, held_on, attended, progress, next_due_on, recorded_by, recorded_by_name,
              recorded_at) FROM STDIN""";
    private static final String COPY_TASK = """
            COPY task (id, practitioner_id, child_ids, kind, title, due_on, link, source_id, created_at) FROM STDIN""";

    /** What {@link #ensure} found or did: entries and episodes now, entries it added (none if skipped), time. */
    public record Load(long entries, long episodes, int added, Duration took) {}

    private record Child(UUID id, String name) {}

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final DataSource app;
    private final DataSource owner;

    /**
     * @param app   Kith's own role, which may insert the rows
     * @param owner the role that ran the migrations: only a table's owner may VACUUM and ANALYZE it
     */
    public CaseHistoryLoader(DataSource app, DataSource owner) {
        this.app = app;
        this.owner = owner;
    }

    /** Writes {@code entries} chronology entries and their episodes unless the chronology already has that many. */
    public Load ensure(int entries, LocalDate today) throws SQLException, IOException {
        long existing = count("chronology_entry");
        if (existing >= entries) {
            return new Load(existing, count("family_help_episode"), 0, Duration.ZERO);
        }
        long start = System.nanoTime();
        copy(entries, today);
        vacuumAndAnalyse();
        return new Load(count("chronology_entry"), count("family_help_episode"), entries,
                Duration.ofNanos(System.nanoTime() - start));
    }

    private void copy(int entries, LocalDate today) throws SQLException, IOException {
        try (Connection connection = app.getConnection()) {
            connection.setAutoCommit(false);
            var histories = new SyntheticCaseHistories(SEED, today, leads(connection), supervisor(connection),
                    childProtectionLead(connection));
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            List<Child> children = children(connection);
            int written = 0;
            var chunk = new Chunk();
            for (Child child : children) {
                int length = Math.min(histories.length(), entries - written);
                if (length > 0) {
                    CaseHistory history = histories.history(child.id(), child.name(), length);
                    chunk.add(history);
                    written += history.entries().size();
                }
                if (chunk.children == CHILDREN_PER_CHUNK || written == entries) {
                    chunk.copy(copy);
                    chunk = new Chunk();
                }
                if (written == entries) {
                    break;
                }
            }
            if (written < entries) {
                throw new IllegalStateException("Only %d entries for %d children: load more people"
                        .formatted(written, children.size()));
            }
            connection.commit();
        }
    }

    /** The invented children (not the demo families, whose own episodes must not gain a second assessment). */
    private static List<Child> children(Connection connection) throws SQLException {
        List<Child> children = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT id, given_name || ' ' || family_name FROM person
                        WHERE kind = 'CHILD' AND la_child_id LIKE '%s%%' ORDER BY la_child_id"""
                        .formatted(SyntheticPeopleLoader.LA_CHILD_ID_PREFIX))) {
            while (rows.next()) {
                children.add(new Child(rows.getObject(1, UUID.class), rows.getString(2)));
            }
        }
        return children;
    }

    /** Anyone who may lead Family Help in the demo partnership: social workers, health visitors, teachers. */
    private static List<Practitioner> leads(Connection connection) throws SQLException {
        List<Practitioner> leads = practitioners(connection,
                "p.discipline IN ('SOCIAL_WORKER', 'HEALTH_VISITOR', 'TEACHER_DSL') AND p.job_title <> 'Practice manager'");
        if (leads.isEmpty()) {
            throw new IllegalStateException("No practitioners to lead Family Help: is the demo partnership loaded?");
        }
        return leads;
    }

    private static Practitioner supervisor(Connection connection) throws SQLException {
        return practitioners(connection, "p.job_title = 'Practice manager'").stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No practice manager to supervise Family Help"));
    }

    /** The demo's lead child protection practitioner, who leads every invented plan. */
    private static Practitioner childProtectionLead(Connection connection) throws SQLException {
        return practitioners(connection, "p.job_title = 'Lead child protection practitioner'").stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No lead child protection practitioner to lead the plans"));
    }

    private static List<Practitioner> practitioners(Connection connection, String condition) throws SQLException {
        List<Practitioner> practitioners = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT p.id, p.given_name || ' ' || p.family_name, a.name
                        FROM practitioner p JOIN agency a ON a.id = p.agency_id WHERE %s ORDER BY p.family_name"""
                        .formatted(condition))) {
            while (rows.next()) {
                practitioners.add(new Practitioner(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3)));
            }
        }
        return practitioners;
    }

    /** The rows of one chunk of children, in COPY's text format. */
    private static final class Chunk {
        int children;
        final List<Written> entries = new ArrayList<>();
        final StringBuilder episodes = new StringBuilder();
        final StringBuilder members = new StringBuilder();
        final StringBuilder assessments = new StringBuilder();
        final StringBuilder plans = new StringBuilder();
        final StringBuilder goals = new StringBuilder();
        final StringBuilder discussions = new StringBuilder();
        final StringBuilder discussionChildren = new StringBuilder();
        final StringBuilder enquiries = new StringBuilder();
        final StringBuilder conferences = new StringBuilder();
        final StringBuilder childProtectionPlans = new StringBuilder();
        final StringBuilder visits = new StringBuilder();
        final StringBuilder meetings = new StringBuilder();
        final StringBuilder tasks = new StringBuilder();

        void add(CaseHistory history) {
            children++;
            entries.addAll(history.entries());
            Episode episode = history.episode();
            if (episode != null) {
                addEpisode(history.childId(), episode);
            }
        }

        private void addEpisode(UUID child, Episode e) {
            var lead = e.lead();
            var supervisor = e.supervisor();
            boolean closed = e.closedOn() != null;
            CopyText.row(episodes, e.id(), 0, e.kind().name(), e.referralId(), e.referralDate(), e.openedOn(),
                    supervisor.name(), lead == null ? null : lead.id(), lead == null ? null : lead.name(),
                    lead == null ? null : lead.agency(), lead != null, e.leadAllocatedOn(), supervisor.id(),
                    supervisor.name(), e.steppedUpOn(), e.stepUpReason(), e.steppedUpOn() == null ? null : supervisor.name(),
                    e.closedOn(), e.closureReason(), closed ? "The family are managing well without us." : null,
                    closed ? supervisor.name() : null);
            CopyText.row(members, e.id(), 0, child, true, e.childName());
            var a = e.assessment();
            if (a != null) {
                boolean completed = a.completedOn() != null;
                CopyText.row(assessments, a.id(), 0, e.id(), child, a.startedOn(), a.dueOn(), CopyText.array(a.factors()),
                        completed ? AssessmentOutcome.FAMILY_HELP_PLAN.name() : null, a.completedOn(), a.lateReason(),
                        completed ? lead.name() : null, a.authorisedOn(), a.authorisedOn() == null ? null : supervisor.name());
            }
            var plan = e.plan();
            if (plan != null) {
                CopyText.row(plans, plan.id(), 0, e.id(), plan.childInNeedPlan(), "Shouting at home at night",
                        "The children are close to their grandparents", plan.startedOn(), plan.endedOn(), 3,
                        plan.nextReviewOn(), lead.name());
                for (int position = 0; position < plan.goals().size(); position++) {
                    CopyText.row(goals, plan.id(), position, plan.goals().get(position));
                }
            }
            if (e.protection() != null) {
                addProtection(child, e);
            }
        }

        /** The rows behind an open child protection plan, as the services would have written them. */
        private void addProtection(UUID child, Episode e) {
            var p = e.protection();
            var lead = p.lead();
            var supervisor = e.supervisor();
            Instant at = p.discussedOn().atTime(11, 0).atZone(LONDON).toInstant();
            CopyText.row(discussions, p.discussionId(), e.id(), p.discussedOn(), "MEETING",
                    "Police: two call-outs this year. Health: missed appointments.", "SAFEGUARDING", true, false,
                    "Injuries not explained", "team.manager", supervisor.name(), at);
            CopyText.row(discussionChildren, p.discussionId(), child);
            CopyText.row(enquiries, p.enquiryId(), child, e.id(), p.discussionId(), p.discussedOn(), p.conferenceDueOn(),
                    lead.id(), lead.name(), p.discussedOn().plusDays(1), supervisor.name(), supervisor.id(),
                    "Bruising consistent with rough handling", "SUBSTANTIATED", "INITIAL_CONFERENCE", p.completedOn(),
                    lead.name());
            CopyText.row(conferences, p.conferenceId(), child, e.id(), "INITIAL", p.enquiryId(), null, p.conferenceDueOn(),
                    p.conferenceOn(), lead.name(), true, p.conferenceOn(), "Nadia Osei", "PLAN", p.category().name(),
                    "Likely to suffer significant harm", false);
            for (var review : p.reviews()) {
                CopyText.row(conferences, review.conferenceId(), child, e.id(), "REVIEW", null, p.planId(), review.dueOn(),
                        review.heldOn(), lead.name(), true, review.heldOn(), "Nadia Osei", "CONTINUE_PLAN",
                        p.category().name(), "Better, but not yet safe", false);
            }
            var familyHelpLead = e.lead();
            CopyText.row(childProtectionPlans, p.planId(), child, e.id(), p.conferenceId(), p.conferenceOn(),
                    p.category().name(), p.category().name(), 0, lead.id(), lead.name(), supervisor.id(),
                    familyHelpLead.id(), familyHelpLead.name(), "We are worried that nobody gets up with the children",
                    p.nextVisitDueOn(), p.nextCoreGroupDueOn(), p.nextReviewDueOn());
            for (var visit : p.visits()) {
                CopyText.row(visits, visit.id(), p.planId(), visit.visitedOn(), true, visit.seenAlone(),
                        visit.bedroomSeen(), visit.seenAlone() ? null : "A parent stayed in the room",
                        "Played together; the fridge had food in it", visit.nextDueOn(), "child.protection", lead.name(),
                        visit.visitedOn().atTime(16, 0).atZone(LONDON).toInstant());
            }
            for (var meeting : p.meetings()) {
                CopyText.row(meetings, meeting.id(), p.planId(), meeting.heldOn(), "Mum, the lead, the health visitor",
                        "Nursery most days", meeting.nextDueOn(), "child.protection", lead.name(),
                        meeting.heldOn().atTime(15, 0).atZone(LONDON).toInstant());
            }
            String link = ProtectionEntries.planLink(p.planId());
            String children = CopyText.array(List.of(child.toString()));
            CopyText.row(tasks, UUID.randomUUID(), lead.id(), children, TaskKind.STATUTORY_VISIT.name(),
                    TaskKind.STATUTORY_VISIT.title(), p.nextVisitDueOn(), link, p.planId(), at);
            CopyText.row(tasks, UUID.randomUUID(), lead.id(), children, TaskKind.CORE_GROUP_MEETING.name(),
                    TaskKind.CORE_GROUP_MEETING.title(), p.nextCoreGroupDueOn(), link, p.planId(), at);
            CopyText.row(tasks, UUID.randomUUID(), lead.id(), children, TaskKind.REVIEW_CONFERENCE.name(),
                    TaskKind.REVIEW_CONFERENCE.title(), p.nextReviewDueOn(), link, p.planId(), at);
        }

        void copy(CopyManager copy) throws SQLException, IOException {
            entries.sort(Comparator.comparing(Written::recordedAt));
            StringBuilder rows = new StringBuilder(entries.size() * 300);
            for (Written written : entries) {
                NewEntry e = written.entry();
                CopyText.row(rows, UUID.randomUUID(), e.childId(), e.occurredOn(), written.recordedAt(), e.kind().name(),
                        e.title(), e.detail(), e.actorName(), e.link(), e.statutory(), e.sourceEventId(), e.outline(),
                        e.linkChildren() == null ? null
                                : CopyText.array(e.linkChildren().stream().map(UUID::toString).toList()));
            }
            copy.copyIn(COPY_ENTRY, new StringReader(rows.toString()));
            // Episodes before the rows that refer to them.
            copy.copyIn(COPY_EPISODE, new StringReader(episodes.toString()));
            copy.copyIn(COPY_MEMBER, new StringReader(members.toString()));
            copy.copyIn(COPY_ASSESSMENT, new StringReader(assessments.toString()));
            copy.copyIn(COPY_PLAN, new StringReader(plans.toString()));
            copy.copyIn(COPY_GOAL, new StringReader(goals.toString()));
            // Each before the rows that refer to it: the discussion, its enquiry, the conferences, the plan.
            copy.copyIn(COPY_DISCUSSION, new StringReader(discussions.toString()));
            copy.copyIn(COPY_DISCUSSION_CHILD, new StringReader(discussionChildren.toString()));
            copy.copyIn(COPY_ENQUIRY, new StringReader(enquiries.toString()));
            copy.copyIn(COPY_CONFERENCE, new StringReader(conferences.toString()));
            copy.copyIn(COPY_CP_PLAN, new StringReader(childProtectionPlans.toString()));
            copy.copyIn(COPY_VISIT, new StringReader(visits.toString()));
            copy.copyIn(COPY_MEETING, new StringReader(meetings.toString()));
            copy.copyIn(COPY_TASK, new StringReader(tasks.toString()));
        }
    }

    private long count(String table) throws SQLException {
        try (Connection connection = app.getConnection();
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT count(*) FROM " + table)) {
            count.next();
            return count.getLong(1);
        }
    }

    /** Fresh statistics for the planner, and no autovacuum waking up in the middle of the measurement. */
    private void vacuumAndAnalyse() throws SQLException {
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    VACUUM (ANALYZE) chronology_entry, family_help_episode, episode_member, assessment, family_plan,
                      plan_goal, strategy_discussion, strategy_discussion_child, section_47_enquiry,
                      child_protection_conference, child_protection_plan, statutory_visit, core_group_meeting, task""");
        }
    }
}
