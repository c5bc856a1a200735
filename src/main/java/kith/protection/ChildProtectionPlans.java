package kith.protection;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.access.WorkingRelationships;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.familyhelp.EpisodeFacts;
import kith.familyhelp.FamilyHelpEpisodes;
import kith.familyhelp.FamilyPlans;
import kith.partnership.PartnershipDirectory;
import kith.partnership.PractitionerView;
import kith.people.Identities;
import kith.people.Identity;
import kith.people.PersonManagement;
import kith.protection.ChildProtectionPlan.CoreGroupMember;
import kith.protection.ChildProtectionPlan.Due;
import kith.protection.ChildProtectionPlan.NewPlan;
import kith.protection.ChildProtectionPlan.Step;
import kith.protection.ProtectionEvents.ChildProtectionPlanEnded;
import kith.protection.ProtectionEvents.ChildProtectionPlanReviewed;
import kith.protection.ProtectionEvents.ChildProtectionPlanStarted;
import kith.protection.ProtectionEvents.LeadChildProtectionPractitionerAssigned;
import kith.protection.ProtectionEvents.TransferOutNotified;
import kith.shared.Actors;
import kith.shared.InvalidInput;
import kith.shared.InvalidInput.Problem;
import kith.shared.RecordNotFound;
import kith.shared.StaleRecord;
import kith.shared.TextLimits;
import kith.shared.Today;
import kith.timescales.ClockEvent;
import kith.timescales.ClockView;
import kith.timescales.StatutoryClocks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Child protection plans. A plan starts on the date of the conference that set it (DfE rule 2885); a child has one
 * open plan (8935) and plans never overlap (8940); a child-in-need plan does not run alongside (4001), so an open
 * one ends that day. The lead child protection practitioner co-works with the family's Family Help lead
 * practitioner, who stays with the family and joins the core group. The plan's clocks (visits at its frequency, the
 * core group, reviews) set its next dates. It ends at a review, or for a reason a manager records, and every agency
 * invited to the initial conference is told; everyone's access through it ends with it.
 */
@Service
public class ChildProtectionPlans {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final int MOST_STEPS = 50;

    private final JdbcClient jdbc;
    private final FamilyHelpEpisodes familyHelp;
    private final FamilyPlans familyPlans;
    private final LeadPractitionerRules rule;
    private final ChildProtectionTeams teams;
    private final PartnershipDirectory partnership;
    private final StatutoryClocks clocks;
    private final WorkingRelationships working;
    private final Identities identities;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Today today;

    ChildProtectionPlans(JdbcClient jdbc, FamilyHelpEpisodes familyHelp, FamilyPlans familyPlans,
            LeadPractitionerRules rule, ChildProtectionTeams teams, PartnershipDirectory partnership,
            StatutoryClocks clocks, WorkingRelationships working, Identities identities, RecordAccess access,
            AuditTrail audit, ApplicationEventPublisher events, Today today) {
        this.jdbc = jdbc;
        this.familyHelp = familyHelp;
        this.familyPlans = familyPlans;
        this.rule = rule;
        this.teams = teams;
        this.partnership = partnership;
        this.clocks = clocks;
        this.working = working;
        this.identities = identities;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.today = today;
    }

    /**
     * Starts the plan an initial or transfer-in conference decided on. Refused, with the rule in words, when the start
     * is not the conference's date, the child already has an open plan, or the plan would overlap an earlier one.
     *
     * @return the plan's id
     */
    @Transactional
    public UUID start(UUID conferenceId, NewPlan plan) {
        access.check(Permission.CHAIR_CONFERENCES);
        Conference.Kind kind;
        Map<String, Object> conference = jdbc.sql("""
                        SELECT c.child_id, c.episode_id, c.kind, c.held_on, c.decision, c.category, c.enquiry_id,
                          c.transfer_in_id, e.team_id, e.lead_practitioner_id, e.manager_id
                        FROM child_protection_conference c LEFT JOIN section_47_enquiry e ON e.id = c.enquiry_id
                        WHERE c.id = :id""")
                .param("id", conferenceId).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new RecordNotFound("Child protection conference", conferenceId));
        UUID child = (UUID) conference.get("child_id");
        access.checkMayOpenChildProtection(child);
        kind = Conference.Kind.valueOf((String) conference.get("kind"));
        LocalDate heldOn = conference.get("held_on") == null ? null : ((java.sql.Date) conference.get("held_on")).toLocalDate();
        if (kind == Conference.Kind.REVIEW || heldOn == null || !"PLAN".equals(conference.get("decision"))) {
            throw new InvalidInput("conference", "A plan starts from an initial or transfer-in conference that decided "
                    + "the child needs one");
        }
        if (jdbc.sql("SELECT count(*) FROM child_protection_plan WHERE conference_id = :id").param("id", conferenceId)
                .query(Long.class).single() > 0) {
            throw new InvalidInput("conference", "This conference's plan has already been written");
        }
        // One plan at a time per child, so that two chairs cannot start two plans at once.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('child-protection-plan:' || :child))")
                .param("child", child.toString()).query().singleValue();
        List<Problem> problems = new ArrayList<>();
        if (plan.startedOn() == null || !plan.startedOn().equals(heldOn)) {
            problems.add(new Problem("startedOn", "A child protection plan starts on the date of the conference that "
                    + "set it, " + heldOn.format(DAY) + " (DfE rule 2885)"));
        }
        refuseOverlap(child, heldOn, problems);
        UUID leadId = plan.leadPractitionerId() != null ? plan.leadPractitionerId() : (UUID) conference.get("lead_practitioner_id");
        PractitionerView lead = null;
        try {
            lead = rule.checkMayLead(leadId, "leadPractitionerId");
        } catch (InvalidInput refused) {
            problems.addAll(refused.problems());
        }
        Content content = content(plan.worries(), plan.steps(), plan.visitEvery(), plan.coreGroupEvery(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        UUID episodeId = (UUID) conference.get("episode_id");
        EpisodeFacts episode = familyHelp.facts(episodeId);
        PractitionerView familyHelpLead = episode.leadPractitionerId() == null ? null
                : partnership.practitioner(episode.leadPractitionerId()).orElse(null);
        UUID transferId = (UUID) conference.get("transfer_in_id");
        int previous = jdbc.sql("SELECT count(*) FROM child_protection_plan WHERE child_id = :child AND ended_on IS NOT NULL")
                .param("child", child).query(Integer.class).single()
                + (kind == Conference.Kind.TRANSFER_IN ? 1 : 0); // the other council's plan, which this one follows
        Category category = Category.valueOf((String) conference.get("category"));
        UUID team = conference.get("team_id") != null ? (UUID) conference.get("team_id") : teams.defaultTeam().orElse(null);
        UUID manager = conference.get("manager_id") != null ? (UUID) conference.get("manager_id") : episode.supervisorId();

        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO child_protection_plan (id, child_id, episode_id, team_id, conference_id, started_on,
                          initial_category, latest_category, previous_plans, lead_practitioner_id, lead_practitioner_name,
                          manager_id, family_help_lead_id, family_help_lead_name, worries, visit_every, core_group_every)
                        VALUES (:id, :child, :episode, :team, :conference, :started, :category, :category, :previous,
                          :lead, :leadName, :manager, :fhLead, :fhLeadName, :worries, :visitEvery, :coreGroupEvery)""")
                .param("id", id).param("child", child).param("episode", episodeId).param("team", team)
                .param("conference", conferenceId).param("started", heldOn).param("category", category.name())
                .param("previous", previous).param("lead", lead.id()).param("leadName", lead.fullName())
                .param("manager", manager)
                .param("fhLead", familyHelpLead == null ? null : familyHelpLead.id())
                .param("fhLeadName", familyHelpLead == null ? null : familyHelpLead.fullName())
                .param("worries", content.worries()).param("visitEvery", content.visitEvery())
                .param("coreGroupEvery", content.coreGroupEvery())
                .update();
        writeSteps(id, content.steps());
        // The core group starts with the two who lead the work with the family; the others join as it forms.
        joinCoreGroup(id, child, lead, "Lead child protection practitioner", heldOn);
        if (familyHelpLead != null && !familyHelpLead.id().equals(lead.id())) {
            joinCoreGroup(id, child, familyHelpLead, "Family Help lead practitioner", heldOn);
        }
        UUID previousWork = kind == Conference.Kind.INITIAL ? (UUID) conference.get("enquiry_id") : transferId;
        teams.workEnded(previousWork);
        teams.workStarted(team, id, List.of(child));
        working.start(id, List.of(child), lead.id(), WorkingRelationships.Kind.LEAD_CHILD_PROTECTION_PRACTITIONER);
        if (manager != null) {
            working.start(id, List.of(child), manager, WorkingRelationships.Kind.SUPERVISING_MANAGER);
        }
        if (transferId != null) {
            TransfersIn.conferenceHeld(jdbc, transferId, conferenceId);
        }
        List<ClockView> started = clocks.record(new ClockEvent("ChildProtectionPlanStarted", id, child, heldOn, null,
                content.visitEvery()));
        LocalDate visitDue = dueOf(started, "CHILD_PROTECTION_VISIT_FIRST");
        LocalDate coreGroupDue = dueOf(started, "CORE_GROUP_FIRST");
        LocalDate reviewDue = dueOf(started, "FIRST_REVIEW_CONFERENCE");
        jdbc.sql("""
                        UPDATE child_protection_plan SET next_visit_due_on = :visit, next_core_group_due_on = :core,
                          next_review_due_on = :review WHERE id = :id""")
                .param("visit", visitDue).param("core", coreGroupDue).param("review", reviewDue).param("id", id).update();
        familyPlans.endChildInNeedPlanFor(episodeId, heldOn);
        events.publishEvent(new ChildProtectionPlanStarted(id, episodeId, child, heldOn, category.name(), previous,
                lead.id(), lead.fullName(), familyHelpLead == null ? null : familyHelpLead.id(), visitDue, coreGroupDue,
                reviewDue));
        audit.record(AuditRecord.allowed("CHILD_PROTECTION_PLAN_STARTED", List.of(id, child)).withDetail(category.name()));
        return id;
    }

    /** A plan, for anyone who may open the child's child protection records; audited as a view. */
    @Transactional
    public ChildProtectionPlan.View open(UUID id) {
        Stored plan = load(id);
        access.checkMayOpenChildProtection(plan.childId());
        Identity child = identities.show(List.of(plan.childId()),
                AuditRecord.allowed("CHILD_PROTECTION_PLAN_VIEWED", List.of(id, plan.childId()))).get(plan.childId());
        return view(plan, child);
    }

    /**
     * The child's child protection work for their page, in one statement (and, for a partner, one more to see
     * whether they may open it): only for a record the caller has opened.
     */
    @Transactional(readOnly = true)
    public Optional<ChildProtectionPlan.Summary> summaryFor(PersonManagement.OpenedRecord opened) {
        UUID child = opened.id();
        LocalDate onDay = today.date();
        Optional<ChildProtectionPlan.Summary> summary = jdbc.sql("""
                        SELECT * FROM (
                          SELECT 1 AS priority, 'PLAN' AS state, p.id, p.latest_category AS category, p.started_on AS since,
                            p.lead_practitioner_name AS lead, p.family_help_lead_name AS fh_lead, p.next_visit_due_on,
                            p.next_core_group_due_on, p.next_review_due_on, NULL::date AS conference_due_on,
                            (SELECT min(c.scheduled_on) FROM child_protection_conference c WHERE c.plan_id = p.id
                               AND c.held_on IS NULL) AS scheduled_on
                          FROM child_protection_plan p WHERE p.child_id = :child AND p.ended_on IS NULL
                          UNION ALL
                          SELECT 2, 'ENQUIRY', e.id, NULL, e.started_on, e.lead_practitioner_name, NULL, NULL, NULL, NULL,
                            e.conference_due_on, c.scheduled_on
                          FROM section_47_enquiry e
                            LEFT JOIN child_protection_conference c ON c.enquiry_id = e.id AND c.kind = 'INITIAL'
                          WHERE e.child_id = :child AND c.held_on IS NULL
                            AND (e.completed_on IS NULL OR e.outcome = 'INITIAL_CONFERENCE')
                          UNION ALL
                          SELECT 3, 'TRANSFER_IN', t.id, t.their_category, t.their_plan_started_on, t.from_council, NULL,
                            NULL, NULL, NULL, t.conference_due_on,
                            (SELECT c.scheduled_on FROM child_protection_conference c WHERE c.transfer_in_id = t.id)
                          FROM transfer_in t WHERE t.child_id = :child AND t.conference_id IS NULL
                        ) work ORDER BY priority LIMIT 1""")
                .param("child", child)
                .query((rs, n) -> {
                    String state = rs.getString("state");
                    String category = rs.getString("category");
                    UUID id = rs.getObject("id", UUID.class);
                    List<Due> due = new ArrayList<>();
                    add(due, "Visit", rs.getObject("next_visit_due_on", LocalDate.class), onDay);
                    add(due, "Core group meeting", rs.getObject("next_core_group_due_on", LocalDate.class), onDay);
                    add(due, "Review conference", rs.getObject("next_review_due_on", LocalDate.class), onDay);
                    add(due, state.equals("TRANSFER_IN") ? "Transfer-in conference" : "Initial conference",
                            rs.getObject("conference_due_on", LocalDate.class), onDay);
                    LocalDate scheduled = rs.getObject("scheduled_on", LocalDate.class);
                    if (scheduled != null) {
                        due.add(new Due("Conference arranged for", scheduled, false));
                    }
                    String link = switch (state) {
                        case "PLAN" -> "/child-protection/plans/" + id;
                        case "ENQUIRY" -> "/child-protection/enquiries/" + id;
                        default -> "/child-protection/transfers-in/" + id;
                    };
                    return new ChildProtectionPlan.Summary(state, state.equals("PLAN") ? id : null,
                            category == null ? null : Category.valueOf(category), rs.getObject("since", LocalDate.class),
                            rs.getString("lead"), rs.getString("fh_lead"), due, link);
                })
                .optional();
        if (summary.isPresent() && access.isPartner() && access.childProtectionOpenable(List.of(child)).isEmpty()) {
            ChildProtectionPlan.Summary s = summary.get();
            return Optional.of(new ChildProtectionPlan.Summary(s.state(), s.planId(), s.category(), s.since(),
                    s.leadPractitionerName(), s.familyHelpLeadName(), s.due(), null));
        }
        return summary;
    }

    /** A review conference kept the plan: its latest category, and the next review from the clock. */
    void reviewed(UUID planId, LocalDate on, Category category) {
        Stored plan = load(planId);
        LocalDate next = clocks.find("REVIEW_CONFERENCE", planId).filter(ClockView::running).map(ClockView::dueOn)
                .orElse(null);
        jdbc.sql("""
                        UPDATE child_protection_plan SET latest_category = :category, next_review_due_on = :next,
                          version = version + 1 WHERE id = :id""")
                .param("category", category.name()).param("next", next).param("id", planId).update();
        events.publishEvent(new ChildProtectionPlanReviewed(planId, plan.childId(), on, category.name(), next,
                plan.leadPractitionerId()));
    }

    /** A review conference ended the plan: the child is no longer at continuing risk. */
    void endAtReview(UUID planId, LocalDate on) {
        Stored plan = load(planId);
        if (!on.isAfter(plan.startedOn())) {
            throw new InvalidInput("heldOn", "A plan cannot end on the day it started (DfE rule 8840)");
        }
        endPlan(plan, PlanEndReason.NO_LONGER_AT_RISK, on);
    }

    /**
     * A manager ends the plan for a reason outside a review: the child reached 18, left the UK, became looked after
     * or died. A plan ends as no longer at risk only at a review conference, and as transferred out when the receiving
     * council's conference is held ({@link #transferredOut}).
     */
    @Transactional
    public ChildProtectionPlan.View end(UUID id, long expectedVersion, PlanEndReason reason, LocalDate endedOn) {
        Stored plan = checked(Permission.MANAGE_CHILD_PROTECTION, id, expectedVersion);
        List<Problem> problems = new ArrayList<>();
        if (plan.endedOn() != null) {
            throw new InvalidInput("reason", "This plan has already ended");
        }
        if (reason == null) {
            problems.add(new Problem("reason", "Select why the plan is ending"));
        } else if (reason == PlanEndReason.NO_LONGER_AT_RISK) {
            problems.add(new Problem("reason", "A plan ends because the child is no longer at risk at a review "
                    + "conference: arrange one"));
        } else if (reason == PlanEndReason.TRANSFERRED_OUT) {
            problems.add(new Problem("reason", "Record the move to the other council, then the date of their "
                    + "transfer-in conference: the plan ends then"));
        }
        endDate(plan, endedOn, problems);
        if (reason == PlanEndReason.REACHED_18 && endedOn != null) {
            Identity child = identities.show(plan.childId(), "ending a child protection plan");
            Integer age = child.ageOn(endedOn);
            if (age == null || age < 18) {
                problems.add(new Problem("reason", child.name() + " is not 18 on " + endedOn.format(DAY)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        bump(id, expectedVersion);
        endPlan(plan, reason, endedOn);
        return open(id);
    }

    /** The child has moved: the council they moved to was told. The plan runs on until their conference. */
    @Transactional
    public ChildProtectionPlan.View notifyTransferOut(UUID id, long expectedVersion, String toCouncil, LocalDate notifiedOn) {
        Stored plan = checked(Permission.MANAGE_CHILD_PROTECTION, id, expectedVersion);
        List<Problem> problems = new ArrayList<>();
        if (plan.endedOn() != null) {
            throw new InvalidInput("toCouncil", "This plan has ended");
        }
        StrategyDiscussions.text(problems, "toCouncil", toCouncil, TextLimits.LINE, "Enter the council the child moved to");
        if (notifiedOn == null || notifiedOn.isAfter(today.date()) || notifiedOn.isBefore(plan.startedOn())) {
            problems.add(new Problem("notifiedOn", "Enter the date that council was told, since the plan started and "
                    + "not in the future"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        save(jdbc.sql("""
                        UPDATE child_protection_plan SET transfer_out_to = :to, transfer_out_notified_on = :on,
                          version = version + 1 WHERE id = :id AND version = :version""")
                .param("to", toCouncil.trim()).param("on", notifiedOn).param("id", id).param("version", expectedVersion), id);
        events.publishEvent(new TransferOutNotified(id, plan.childId(), toCouncil.trim(), notifiedOn,
                Actors.currentOrSystem().displayName()));
        audit.record(AuditRecord.allowed("CHILD_PROTECTION_TRANSFER_OUT_NOTIFIED", List.of(id, plan.childId())));
        return open(id);
    }

    /** The receiving council held its transfer-in conference: the plan ends here, as transferred out, that day. */
    @Transactional
    public ChildProtectionPlan.View transferredOut(UUID id, long expectedVersion, LocalDate theirConferenceOn) {
        Stored plan = checked(Permission.MANAGE_CHILD_PROTECTION, id, expectedVersion);
        List<Problem> problems = new ArrayList<>();
        if (plan.endedOn() != null) {
            throw new InvalidInput("endedOn", "This plan has already ended");
        }
        if (plan.transferOutNotifiedOn() == null) {
            problems.add(new Problem("endedOn", "Record the move to the other council first"));
        } else if (theirConferenceOn != null && theirConferenceOn.isBefore(plan.transferOutNotifiedOn())) {
            problems.add(new Problem("endedOn", "Their conference cannot be before they were told, on "
                    + plan.transferOutNotifiedOn().format(DAY)));
        }
        endDate(plan, theirConferenceOn, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        bump(id, expectedVersion);
        endPlan(plan, PlanEndReason.TRANSFERRED_OUT, theirConferenceOn);
        return open(id);
    }

    /** A manager changes the lead child protection practitioner: only one who meets the council's rule. */
    @Transactional
    public ChildProtectionPlan.View changeLead(UUID id, long expectedVersion, UUID practitionerId) {
        Stored plan = checked(Permission.MANAGE_CHILD_PROTECTION, id, expectedVersion);
        requireOpen(plan, "leadPractitionerId");
        PractitionerView lead = rule.checkMayLead(practitionerId, "leadPractitionerId");
        save(jdbc.sql("""
                        UPDATE child_protection_plan SET lead_practitioner_id = :lead, lead_practitioner_name = :name,
                          version = version + 1 WHERE id = :id AND version = :version""")
                .param("lead", lead.id()).param("name", lead.fullName()).param("id", id)
                .param("version", expectedVersion), id);
        working.end(id, plan.leadPractitionerId(), WorkingRelationships.Kind.LEAD_CHILD_PROTECTION_PRACTITIONER);
        working.start(id, List.of(plan.childId()), lead.id(), WorkingRelationships.Kind.LEAD_CHILD_PROTECTION_PRACTITIONER);
        LocalDate onDay = today.date();
        jdbc.sql("UPDATE core_group_member SET left_on = :on WHERE plan_id = :plan AND practitioner_id = :old AND left_on IS NULL")
                .param("on", onDay).param("plan", id).param("old", plan.leadPractitionerId()).update();
        joinCoreGroup(id, plan.childId(), lead, "Lead child protection practitioner", onDay);
        events.publishEvent(new LeadChildProtectionPractitionerAssigned(id, plan.childId(), lead.id(), lead.fullName(),
                onDay, Actors.currentOrSystem().displayName(), true));
        audit.record(AuditRecord.allowed("LEAD_CHILD_PROTECTION_PRACTITIONER_ASSIGNED", List.of(id, plan.childId(), lead.id())));
        return open(id);
    }

    /** Changes the plan's content: what we are worried about, what needs to happen, and how often. */
    @Transactional
    public ChildProtectionPlan.View change(UUID id, long expectedVersion, String worries, List<Step> steps,
            Integer visitEvery, Integer coreGroupEvery) {
        Stored plan = checked(Permission.WORK_CHILD_PROTECTION, id, expectedVersion);
        requireOpen(plan, "worries");
        List<Problem> problems = new ArrayList<>();
        Content content = content(worries, steps, visitEvery, coreGroupEvery, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        save(jdbc.sql("""
                        UPDATE child_protection_plan SET worries = :worries, visit_every = :visit, core_group_every = :core,
                          version = version + 1 WHERE id = :id AND version = :version""")
                .param("worries", content.worries()).param("visit", content.visitEvery())
                .param("core", content.coreGroupEvery()).param("id", id).param("version", expectedVersion), id);
        jdbc.sql("DELETE FROM child_protection_plan_step WHERE plan_id = :id").param("id", id).update();
        writeSteps(id, content.steps());
        audit.record(AuditRecord.allowed("CHILD_PROTECTION_PLAN_CHANGED", List.of(id, plan.childId())));
        return open(id);
    }

    /** A practitioner joins the core group; a partner among them may open the plan while it lasts. */
    @Transactional
    public ChildProtectionPlan.View addToCoreGroup(UUID id, UUID practitionerId, String role) {
        Stored plan = checked(Permission.WORK_CHILD_PROTECTION, id, null);
        requireOpen(plan, "practitionerId");
        PractitionerView practitioner = practitionerId == null ? null : partnership.practitioner(practitionerId).orElse(null);
        List<Problem> problems = new ArrayList<>();
        if (practitioner == null || !practitioner.worksWithFamilies()) {
            problems.add(new Problem("practitionerId", "Select a practitioner who works with families"));
        } else if (coreGroupOf(id).stream().anyMatch(m -> m.practitionerId().equals(practitioner.id()))) {
            problems.add(new Problem("practitionerId", practitioner.fullName() + " is already in the core group"));
        }
        StrategyDiscussions.text(problems, "role", role, TextLimits.LINE, null);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        joinCoreGroup(id, plan.childId(), practitioner, StrategyDiscussions.blank(role) ? practitioner.jobTitle() : role.trim(),
                today.date());
        bump(id, plan.version());
        audit.record(AuditRecord.allowed("CORE_GROUP_MEMBER_ADDED", List.of(id, plan.childId(), practitioner.id())));
        return open(id);
    }

    /** A practitioner leaves the core group, and their access through it ends. The lead stays. */
    @Transactional
    public ChildProtectionPlan.View removeFromCoreGroup(UUID id, UUID practitionerId) {
        Stored plan = checked(Permission.WORK_CHILD_PROTECTION, id, null);
        if (Objects.equals(practitionerId, plan.leadPractitionerId())) {
            throw new InvalidInput("practitionerId", "The lead child protection practitioner stays in the core group: "
                    + "change the lead instead");
        }
        int left = jdbc.sql("UPDATE core_group_member SET left_on = :on WHERE plan_id = :plan AND practitioner_id = :p AND left_on IS NULL")
                .param("on", today.date()).param("plan", id).param("p", practitionerId).update();
        if (left == 0) {
            throw new RecordNotFound("Core group member", practitionerId);
        }
        working.end(id, practitionerId, WorkingRelationships.Kind.CORE_GROUP);
        bump(id, plan.version());
        audit.record(AuditRecord.allowed("CORE_GROUP_MEMBER_REMOVED", List.of(id, plan.childId(), practitionerId)));
        return open(id);
    }

    /** Records information or support offered to the parents: what, to whom and when. */
    @Transactional
    public ChildProtectionPlan.View offerSupport(UUID id, LocalDate offeredOn, String what, String givenTo) {
        Stored plan = checked(Permission.WORK_CHILD_PROTECTION, id, null);
        requireOpen(plan, "what");
        List<Problem> problems = new ArrayList<>();
        if (offeredOn == null || offeredOn.isAfter(today.date())) {
            problems.add(new Problem("offeredOn", "Enter the date it was offered, today or in the past"));
        }
        StrategyDiscussions.text(problems, "what", what, TextLimits.NOTE, "Write what the parents were given or offered");
        StrategyDiscussions.text(problems, "givenTo", givenTo, TextLimits.LINE, "Enter who it was given to");
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        jdbc.sql("""
                        INSERT INTO parent_support_offer (id, plan_id, offered_on, what, given_to, recorded_by_name)
                        VALUES (:id, :plan, :on, :what, :to, :by)""")
                .param("id", UUID.randomUUID()).param("plan", id).param("on", offeredOn).param("what", what.trim())
                .param("to", givenTo.trim()).param("by", Actors.currentOrSystem().displayName())
                .update();
        bump(id, plan.version());
        audit.record(AuditRecord.allowed("PARENT_SUPPORT_OFFERED", List.of(id, plan.childId())));
        return open(id);
    }

    /** Records that the plan, in plain English, was shared with the parents. */
    @Transactional
    public ChildProtectionPlan.View sharedWithParents(UUID id, long expectedVersion, LocalDate on) {
        Stored plan = checked(Permission.WORK_CHILD_PROTECTION, id, expectedVersion);
        if (on == null || on.isAfter(today.date()) || on.isBefore(plan.startedOn())) {
            throw new InvalidInput("sharedOn", "Enter the date the plan was shared with the parents, since it started "
                    + "and not in the future");
        }
        save(jdbc.sql("UPDATE child_protection_plan SET shared_with_parents_on = :on, version = version + 1 WHERE id = :id AND version = :version")
                .param("on", on).param("id", id).param("version", expectedVersion), id);
        audit.record(AuditRecord.allowed("CHILD_PROTECTION_PLAN_SHARED_WITH_PARENTS", List.of(id, plan.childId())));
        return open(id);
    }

    /** The next visit or core group is due: set from its clock by the services that record them. */
    void nextDue(UUID planId, String column, LocalDate due) {
        if (!List.of("next_visit_due_on", "next_core_group_due_on").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        jdbc.sql("UPDATE child_protection_plan SET " + column + " = :due, version = version + 1 WHERE id = :id")
                .param("due", due).param("id", planId).update();
    }

    private void endPlan(Stored plan, PlanEndReason reason, LocalDate on) {
        String by = Actors.currentOrSystem().displayName();
        jdbc.sql("""
                        UPDATE child_protection_plan SET ended_on = :on, end_reason = :reason, ended_by_name = :by,
                          next_visit_due_on = NULL, next_core_group_due_on = NULL, next_review_due_on = NULL,
                          version = version + 1
                        WHERE id = :id""")
                .param("on", on).param("reason", reason.name()).param("by", by).param("id", plan.id()).update();
        jdbc.sql("UPDATE core_group_member SET left_on = :on WHERE plan_id = :id AND left_on IS NULL")
                .param("on", on).param("id", plan.id()).update();
        clocks.notNeeded(plan.id(), on);
        teams.workEnded(plan.id());
        // Working Together 2023: every agency invited to the initial conference is told that the plan has ended.
        List<Conference.InviteeView> invited = jdbc.sql("""
                        SELECT i.position, i.practitioner_id, i.name, i.agency_name FROM conference_invitee i
                        JOIN child_protection_conference c ON c.id = i.conference_id
                        WHERE c.id = :conference AND i.kind = 'AGENCY' ORDER BY i.position""")
                .param("conference", plan.conferenceId())
                .query((rs, n) -> new Conference.InviteeView(rs.getInt("position"), Conference.InviteeKind.AGENCY, null,
                        rs.getObject("practitioner_id", UUID.class), rs.getString("name"), rs.getString("agency_name"),
                        null, false))
                .list();
        List<String> told = new ArrayList<>();
        LocalDate onDay = today.date();
        for (int i = 0; i < invited.size(); i++) {
            Conference.InviteeView agency = invited.get(i);
            jdbc.sql("""
                            INSERT INTO plan_end_notice (plan_id, position, practitioner_id, name, agency_name, told_on)
                            VALUES (:plan, :position, :practitioner, :name, :agency, :on)""")
                    .param("plan", plan.id()).param("position", i).param("practitioner", agency.practitionerId())
                    .param("name", agency.name()).param("agency", agency.agencyName()).param("on", onDay)
                    .update();
            told.add(agency.agencyName() == null ? agency.name() : agency.name() + " (" + agency.agencyName() + ")");
        }
        events.publishEvent(new ChildProtectionPlanEnded(plan.id(), plan.episodeId(), plan.childId(), on, reason.name(),
                told, by));
        audit.record(AuditRecord.allowed("CHILD_PROTECTION_PLAN_ENDED", List.of(plan.id(), plan.childId()))
                .withDetail(reason.name()));
    }

    private void endDate(Stored plan, LocalDate endedOn, List<Problem> problems) {
        if (endedOn == null || endedOn.isAfter(today.date())) {
            problems.add(new Problem("endedOn", "Enter the date the plan ends, today or in the past"));
        } else if (!endedOn.isAfter(plan.startedOn())) {
            problems.add(new Problem("endedOn", "A plan ends after the day it started, " + plan.startedOn().format(DAY)
                    + " (DfE rules 8840 and 8925)"));
        }
    }

    /** DfE CIN rules 8935 and 8940: one open plan per child, and no plan overlapping another. */
    private void refuseOverlap(UUID child, LocalDate startedOn, List<Problem> problems) {
        jdbc.sql("""
                        SELECT started_on, ended_on FROM child_protection_plan
                        WHERE child_id = :child AND (ended_on IS NULL OR ended_on > :on) ORDER BY started_on LIMIT 1""")
                .param("child", child).param("on", startedOn)
                .query((rs, n) -> new LocalDate[] {rs.getObject("started_on", LocalDate.class),
                        rs.getObject("ended_on", LocalDate.class)})
                .optional()
                .ifPresent(other -> {
                    String name = identities.show(child, "child protection plan").name();
                    problems.add(new Problem("startedOn", other[1] == null
                            ? name + " already has an open child protection plan, started on " + other[0].format(DAY)
                                    + ". A child has one plan at a time (DfE rule 8935): review that plan instead"
                            : "This plan would overlap " + name + "'s plan of " + other[0].format(DAY) + " to "
                                    + other[1].format(DAY) + ". Plans never overlap (DfE rule 8940)"));
                });
    }

    private record Content(String worries, List<Step> steps, int visitEvery, int coreGroupEvery) {}

    private static Content content(String worries, List<Step> given, Integer visitEvery, Integer coreGroupEvery,
            List<Problem> problems) {
        StrategyDiscussions.text(problems, "worries", worries, TextLimits.TEXT,
                "Write what we are worried about, in words the family can read");
        List<Step> steps = given == null ? List.of() : given.stream().filter(Objects::nonNull)
                .filter(s -> !StrategyDiscussions.blank(s.what()) || !StrategyDiscussions.blank(s.who())
                        || !StrategyDiscussions.blank(s.byWhen()))
                .toList();
        if (steps.size() > MOST_STEPS) {
            problems.add(new Problem("steps", "Write at most " + MOST_STEPS + " steps"));
        } else if (steps.stream().anyMatch(s -> StrategyDiscussions.blank(s.what()) || StrategyDiscussions.blank(s.who())
                || StrategyDiscussions.blank(s.byWhen()))) {
            problems.add(new Problem("steps", "For each step, write what needs to happen, who does it and by when"));
        } else if (steps.stream().anyMatch(s -> TextLimits.exceeds(s.what(), TextLimits.NOTE)
                || TextLimits.exceeds(s.who(), TextLimits.LINE) || TextLimits.exceeds(s.byWhen(), TextLimits.LINE))) {
            problems.add(new Problem("steps", "Write each step in " + TextLimits.shown(TextLimits.NOTE)
                    + " characters or fewer"));
        }
        int visits = visitEvery == null ? ChildProtectionPlan.VISIT_EVERY : visitEvery;
        if (visits < 1 || visits > 20) {
            problems.add(new Problem("visitEvery", "Enter how often the child is visited, every 1 to 20 working days"));
        }
        int coreGroup = coreGroupEvery == null ? ChildProtectionPlan.CORE_GROUP_EVERY : coreGroupEvery;
        if (coreGroup < 5 || coreGroup > 20) {
            problems.add(new Problem("coreGroupEvery", "Enter how often the core group meets, every 5 to 20 working days"));
        }
        // Built even when there are problems (the caller throws them): a step may then lack a part.
        return new Content(trimmed(worries),
                steps.stream().map(s -> new Step(trimmed(s.what()), trimmed(s.who()), trimmed(s.byWhen()))).toList(),
                visits, coreGroup);
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    private void writeSteps(UUID planId, List<Step> steps) {
        for (int i = 0; i < steps.size(); i++) {
            jdbc.sql("""
                            INSERT INTO child_protection_plan_step (plan_id, position, what, who, by_when)
                            VALUES (:plan, :position, :what, :who, :when)""")
                    .param("plan", planId).param("position", i).param("what", steps.get(i).what())
                    .param("who", steps.get(i).who()).param("when", steps.get(i).byWhen())
                    .update();
        }
    }

    private void joinCoreGroup(UUID planId, UUID child, PractitionerView practitioner, String role, LocalDate on) {
        jdbc.sql("""
                        INSERT INTO core_group_member (plan_id, practitioner_id, name, agency_name, partner, role, joined_on)
                        VALUES (:plan, :p, :name, :agency, :partner, :role, :on)
                        ON CONFLICT (plan_id, practitioner_id) DO UPDATE SET left_on = NULL, role = EXCLUDED.role""")
                .param("plan", planId).param("p", practitioner.id()).param("name", practitioner.fullName())
                .param("agency", practitioner.agencyName()).param("partner", !practitioner.councilAgency())
                .param("role", role).param("on", on)
                .update();
        working.start(planId, List.of(child), practitioner.id(), WorkingRelationships.Kind.CORE_GROUP);
    }

    private static LocalDate dueOf(List<ClockView> clocks, String name) {
        return clocks.stream().filter(c -> c.name().equals(name) && c.running()).map(ClockView::dueOn).findFirst()
                .orElse(null);
    }

    private static void add(List<Due> due, String what, LocalDate on, LocalDate today) {
        if (on != null) {
            due.add(new Due(what, on, today.isAfter(on)));
        }
    }

    private void requireOpen(Stored plan, String field) {
        if (plan.endedOn() != null) {
            throw new InvalidInput(field, "This plan ended on " + plan.endedOn().format(DAY));
        }
    }

    private void bump(UUID id, long expectedVersion) {
        save(jdbc.sql("UPDATE child_protection_plan SET version = version + 1 WHERE id = :id AND version = :version")
                .param("id", id).param("version", expectedVersion), id);
    }

    private static void save(JdbcClient.StatementSpec update, UUID id) {
        if (update.update() != 1) {
            throw new StaleRecord("Child protection plan", id);
        }
    }

    private ChildProtectionPlan.View view(Stored plan, Identity child) {
        UUID id = plan.id();
        LocalDate onDay = today.date();
        List<Due> due = new ArrayList<>();
        add(due, "Visit", plan.nextVisitDueOn(), onDay);
        add(due, "Core group meeting", plan.nextCoreGroupDueOn(), onDay);
        add(due, "Review conference", plan.nextReviewDueOn(), onDay);
        List<Step> steps = jdbc.sql("SELECT what, who, by_when FROM child_protection_plan_step WHERE plan_id = :id ORDER BY position")
                .param("id", id).query((rs, n) -> new Step(rs.getString("what"), rs.getString("who"), rs.getString("by_when")))
                .list();
        List<ChildProtectionPlan.Meeting> meetings = jdbc.sql("""
                        SELECT * FROM core_group_meeting WHERE plan_id = :id ORDER BY held_on DESC, recorded_at DESC""")
                .param("id", id)
                .query((rs, n) -> new ChildProtectionPlan.Meeting(rs.getObject("id", UUID.class),
                        rs.getObject("held_on", LocalDate.class), rs.getString("attended"), rs.getString("progress"),
                        rs.getObject("next_due_on", LocalDate.class), rs.getString("late_reason"),
                        rs.getString("recorded_by_name"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
        List<ChildProtectionPlan.Visit> visits = jdbc.sql("""
                        SELECT * FROM statutory_visit WHERE plan_id = :id ORDER BY visited_on DESC, recorded_at DESC""")
                .param("id", id)
                .query((rs, n) -> new ChildProtectionPlan.Visit(rs.getObject("id", UUID.class),
                        rs.getObject("visited_on", LocalDate.class), rs.getBoolean("child_seen"),
                        rs.getBoolean("seen_alone"), rs.getBoolean("bedroom_seen"), rs.getString("not_seen_reason"),
                        rs.getString("not_alone_reason"), rs.getString("observations"),
                        rs.getObject("next_due_on", LocalDate.class), rs.getString("late_reason"),
                        rs.getString("recorded_by_name"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
        List<ChildProtectionPlan.SupportOffer> offers = jdbc.sql("""
                        SELECT * FROM parent_support_offer WHERE plan_id = :id ORDER BY offered_on, id""")
                .param("id", id)
                .query((rs, n) -> new ChildProtectionPlan.SupportOffer(rs.getObject("id", UUID.class),
                        rs.getObject("offered_on", LocalDate.class), rs.getString("what"), rs.getString("given_to"),
                        rs.getString("recorded_by_name")))
                .list();
        List<ChildProtectionPlan.ConferenceLine> conferences = jdbc.sql("""
                        SELECT id, kind, due_on, scheduled_on, held_on, decision, category FROM child_protection_conference
                        WHERE id = :conference OR plan_id = :id ORDER BY scheduled_on""")
                .param("conference", plan.conferenceId()).param("id", id)
                .query((rs, n) -> new ChildProtectionPlan.ConferenceLine(rs.getObject("id", UUID.class),
                        Conference.Kind.valueOf(rs.getString("kind")), rs.getObject("due_on", LocalDate.class),
                        rs.getObject("scheduled_on", LocalDate.class), rs.getObject("held_on", LocalDate.class),
                        rs.getString("decision") == null ? null : Conference.Decision.valueOf(rs.getString("decision")),
                        rs.getString("category") == null ? null : Category.valueOf(rs.getString("category"))))
                .list();
        List<ChildProtectionPlan.Notice> told = jdbc.sql("SELECT name, agency_name, told_on FROM plan_end_notice WHERE plan_id = :id ORDER BY position")
                .param("id", id)
                .query((rs, n) -> new ChildProtectionPlan.Notice(rs.getString("name"), rs.getString("agency_name"),
                        rs.getObject("told_on", LocalDate.class)))
                .list();
        return new ChildProtectionPlan.View(id, plan.version(), child, plan.episodeId(), plan.conferenceId(),
                plan.startedOn(), plan.initialCategory(), plan.latestCategory(), plan.previousPlans(),
                plan.leadPractitionerId(), plan.leadPractitionerName(), plan.familyHelpLeadId(), plan.familyHelpLeadName(),
                plan.worries(), steps, plan.visitEvery(), plan.coreGroupEvery(), due, coreGroupOf(id), meetings, visits,
                offers, conferences, plan.sharedWithParentsOn(), plan.transferOutTo(), plan.transferOutNotifiedOn(),
                plan.endedOn(), plan.endReason(), plan.endedByName(), told);
    }

    private List<CoreGroupMember> coreGroupOf(UUID planId) {
        return jdbc.sql("""
                        SELECT practitioner_id, name, agency_name, partner, role, joined_on FROM core_group_member
                        WHERE plan_id = :id AND left_on IS NULL ORDER BY joined_on, name""")
                .param("id", planId)
                .query((rs, n) -> new CoreGroupMember(rs.getObject("practitioner_id", UUID.class), rs.getString("name"),
                        rs.getString("agency_name"), rs.getBoolean("partner"), rs.getString("role"),
                        rs.getObject("joined_on", LocalDate.class)))
                .list();
    }

    /** A plan as stored. */
    public record Stored(UUID id, long version, UUID childId, UUID episodeId, UUID teamId, UUID conferenceId,
            LocalDate startedOn, Category initialCategory, Category latestCategory, int previousPlans,
            UUID leadPractitionerId, String leadPractitionerName, UUID managerId, UUID familyHelpLeadId,
            String familyHelpLeadName, String worries, int visitEvery, int coreGroupEvery, LocalDate nextVisitDueOn,
            LocalDate nextCoreGroupDueOn, LocalDate nextReviewDueOn, LocalDate sharedWithParentsOn, String transferOutTo,
            LocalDate transferOutNotifiedOn, LocalDate endedOn, PlanEndReason endReason, String endedByName) {}

    Stored load(UUID id) {
        return jdbc.sql("SELECT * FROM child_protection_plan WHERE id = :id").param("id", id)
                .query(ChildProtectionPlans::stored).optional()
                .orElseThrow(() -> new RecordNotFound("Child protection plan", id));
    }

    /**
     * The plan, once the current user's role may do this and they may open the child's child protection records
     * (both refusals audited); at {@code expectedVersion} when one is given, else a conflict.
     */
    private Stored checked(Permission permission, UUID id, Long expectedVersion) {
        access.check(permission);
        Stored plan = expectedVersion == null ? load(id) : loadAt(id, expectedVersion);
        access.checkMayOpenChildProtection(plan.childId());
        return plan;
    }

    private Stored loadAt(UUID id, long expectedVersion) {
        Stored plan = load(id);
        if (plan.version() != expectedVersion) {
            throw new StaleRecord("Child protection plan", id);
        }
        return plan;
    }

    private static Stored stored(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String reason = rs.getString("end_reason");
        return new Stored(rs.getObject("id", UUID.class), rs.getLong("version"), rs.getObject("child_id", UUID.class),
                rs.getObject("episode_id", UUID.class), rs.getObject("team_id", UUID.class),
                rs.getObject("conference_id", UUID.class), rs.getObject("started_on", LocalDate.class),
                Category.valueOf(rs.getString("initial_category")), Category.valueOf(rs.getString("latest_category")),
                rs.getInt("previous_plans"), rs.getObject("lead_practitioner_id", UUID.class),
                rs.getString("lead_practitioner_name"), rs.getObject("manager_id", UUID.class),
                rs.getObject("family_help_lead_id", UUID.class), rs.getString("family_help_lead_name"),
                rs.getString("worries"), rs.getInt("visit_every"), rs.getInt("core_group_every"),
                rs.getObject("next_visit_due_on", LocalDate.class), rs.getObject("next_core_group_due_on", LocalDate.class),
                rs.getObject("next_review_due_on", LocalDate.class), rs.getObject("shared_with_parents_on", LocalDate.class),
                rs.getString("transfer_out_to"), rs.getObject("transfer_out_notified_on", LocalDate.class),
                rs.getObject("ended_on", LocalDate.class), reason == null ? null : PlanEndReason.valueOf(reason),
                rs.getString("ended_by_name"));
    }
}
