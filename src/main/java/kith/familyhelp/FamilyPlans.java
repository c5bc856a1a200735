package kith.familyhelp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.shared.Actors;
import kith.shared.InvalidInput;
import kith.shared.RecordNotFound;
import kith.shared.StaleRecord;
import kith.shared.Today;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Family plans: one running plan per episode; a child-in-need plan only in section 17 work and never two
 * open for one child (DfE CIN rule 4004); changed only by someone holding the latest version.
 */
@Service
public class FamilyPlans {

    private final FamilyPlanRepository plans;
    private final EpisodeRecords episodes;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Today today;
    private final List<ChildProtectionWork> protection;

    FamilyPlans(FamilyPlanRepository plans, EpisodeRecords episodes, RecordAccess access, AuditTrail audit,
            JdbcClient jdbc, Today today, List<ChildProtectionWork> protection) {
        this.protection = protection;
        this.plans = plans;
        this.episodes = episodes;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
        this.today = today;
    }

    /** Writes down the plan agreed with the family. */
    @Transactional
    public PlanView agree(UUID episodeId, PlanContent content, boolean childInNeedPlan) {
        Episode episode = episodes.load(episodeId);
        episode.childIds().forEach(access::checkMayOpen);
        if (!episode.isOpen()) {
            throw new InvalidInput("episode", "This Family Help episode is closed");
        }
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (childInNeedPlan && episode.kind() != EpisodeKind.CHILD_IN_NEED) {
            problems.add(new InvalidInput.Problem("childInNeedPlan", "Only section 17 child-in-need work has a child-in-need plan"));
        } else if (childInNeedPlan && hasOpenChildInNeedPlan(episode.childIds())) {
            problems.add(new InvalidInput.Problem("childInNeedPlan",
                    "This child already has an open child-in-need plan (DfE rule 4004): change or review that plan"));
        } else if (childInNeedPlan && protection.stream().anyMatch(work -> work.planOpenFor(episode.childIds()))) {
            problems.add(new InvalidInput.Problem("childInNeedPlan", "This child is on a child protection plan, and a "
                    + "child-in-need plan cannot run alongside it (DfE rule 4001): agree a family plan that is not a "
                    + "child-in-need plan"));
        }
        if (!plans.findByEpisodeId(episodeId).stream().filter(p -> p.view().running()).toList().isEmpty()) {
            problems.add(new InvalidInput.Problem("plan", "This family already has a plan: change it or review it"));
            throw new InvalidInput(problems);
        }
        FamilyPlan saved = plans.save(FamilyPlan.agree(episodeId, episode.childIds(), episode.leadPractitionerId(),
                content, ownersOf(episode), childInNeedPlan, today(), Actors.currentOrSystem().displayName(), problems));
        audit.record(AuditRecord.allowed("FAMILY_PLAN_AGREED", subjects(saved.id(), episode)));
        return shown(saved.view());
    }

    /**
     * A child protection plan has started for a child of the episode: its open child-in-need plan ends that day, since
     * the two never run together (DfE CIN rule 4001). Any other family plan carries on. Returns whether one ended.
     * Called by child protection within the plan's own transaction, after its access checks.
     */
    @Transactional
    public boolean endChildInNeedPlanFor(UUID episodeId, LocalDate on) {
        int ended = jdbc.sql("""
                        UPDATE family_plan SET ended_on = :on, version = version + 1
                        WHERE episode_id = :episode AND child_in_need_plan AND ended_on IS NULL""")
                .param("on", on)
                .param("episode", episodeId)
                .update();
        if (ended > 0) {
            audit.record(AuditRecord.allowed("CHILD_IN_NEED_PLAN_ENDED", List.of(episodeId))
                    .withReason("A child protection plan started"));
        }
        return ended > 0;
    }

    /** DfE CIN rule 4004: a child has at most one open child-in-need plan. */
    private boolean hasOpenChildInNeedPlan(List<UUID> childIds) {
        return jdbc.sql("""
                        SELECT count(*) FROM family_plan p JOIN episode_member m ON m.episode_id = p.episode_id
                        WHERE p.child_in_need_plan AND p.ended_on IS NULL AND m.child AND m.person_id = ANY(:children)""")
                .param("children", childIds.toArray(UUID[]::new))
                .query(Long.class)
                .single() > 0;
    }

    /** Changes the plan if nobody else has changed it since {@code expectedVersion}. */
    @Transactional
    public PlanView change(UUID planId, long expectedVersion, PlanContent content) {
        FamilyPlan plan = loadAt(planId, expectedVersion);
        Episode episode = episodes.load(plan.episodeId());
        episode.childIds().forEach(access::checkMayOpen);
        plan.write(content, ownersOf(episode));
        FamilyPlan saved = save(plan);
        audit.record(AuditRecord.allowed("FAMILY_PLAN_CHANGED", subjects(planId, episode)));
        return shown(saved.view());
    }

    @Transactional
    public PlanView review(UUID planId, long expectedVersion, LocalDate heldOn, String attended, String whatChanged,
            LocalDate nextReviewOn) {
        FamilyPlan plan = loadAt(planId, expectedVersion);
        Episode episode = episodes.load(plan.episodeId());
        episode.childIds().forEach(access::checkMayOpen);
        plan.review(heldOn, attended, whatChanged, nextReviewOn, episode.childIds(), episode.leadPractitionerId(),
                Actors.currentOrSystem().displayName());
        FamilyPlan saved = save(plan);
        audit.record(AuditRecord.allowed("FAMILY_PLAN_REVIEWED", subjects(planId, episode)));
        return shown(saved.view());
    }

    @Transactional
    public PlanView open(UUID planId) {
        FamilyPlan plan = load(planId);
        Episode episode = episodes.load(plan.episodeId());
        episode.childIds().forEach(access::checkMayOpen);
        audit.record(AuditRecord.allowed("FAMILY_PLAN_VIEWED", subjects(planId, episode)));
        return shown(plan.view());
    }

    /** The episode's running plan, if any; the caller has opened the episode. */
    @Transactional
    public Optional<PlanView> currentFor(UUID episodeId) {
        return plans.findByEpisodeId(episodeId).stream().map(FamilyPlan::view).filter(PlanView::running).findFirst()
                .map(this::shown);
    }

    private FamilyPlan load(UUID id) {
        return plans.findById(id).orElseThrow(() -> new RecordNotFound("Family plan", id));
    }

    private FamilyPlan loadAt(UUID id, long expectedVersion) {
        FamilyPlan plan = load(id);
        if (!plan.isAt(expectedVersion)) {
            throw new StaleRecord("Family plan", id);
        }
        return plan;
    }

    private FamilyPlan save(FamilyPlan plan) {
        try {
            return plans.save(plan);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecord("Family plan", plan.id());
        }
    }

    /** Who may own an action: the episode's people (as the current user may be shown them) and practitioners. */
    private ActionOwners ownersOf(Episode episode) {
        return ActionOwners.of(episodes.shown(episode));
    }

    /**
     * The plan with the people who own actions named through people's Identities, as the user may be shown them: a
     * restricted record they are not named on is "Restricted record", without its id.
     */
    private PlanView shown(PlanView plan) {
        List<UUID> people = plan.actions().stream()
                .filter(a -> a.ownerId() != null && a.ownerKind() != ActionOwner.PRACTITIONER)
                .map(PlanView.Action::ownerId).distinct().toList();
        return people.isEmpty() ? plan : plan.withOwnersShown(episodes.identitiesOf(people, "family plan"));
    }

    private static List<UUID> subjects(UUID planId, Episode episode) {
        List<UUID> subjects = new ArrayList<>(List.of(planId, episode.id()));
        subjects.addAll(episode.childIds());
        return subjects;
    }

    private LocalDate today() {
        return today.date();
    }
}
