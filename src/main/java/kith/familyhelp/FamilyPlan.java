package kith.familyhelp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kith.familyhelp.FamilyHelpEvents.FamilyPlanAgreed;
import kith.familyhelp.FamilyHelpEvents.FamilyPlanReviewed;
import kith.shared.InvalidInput;
import kith.shared.InvalidInput.Problem;
import kith.shared.TextLimits;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The family plan, written with the family: what we are worried about, what is going well, goals in the
 * family's words, actions with an owner and a date, and reviews at the interval the plan sets.
 */
@Table("family_plan")
class FamilyPlan extends AbstractAggregateRoot<FamilyPlan> {

    static final int DEFAULT_REVIEW_MONTHS = 3;

    @Id
    private final UUID id;

    @Version
    private Long version;

    private final UUID episodeId;
    private final boolean childInNeedPlan;
    private String worries;
    private String goingWell;
    private final LocalDate startedOn;
    private LocalDate endedOn;
    private int reviewIntervalMonths;
    private LocalDate nextReviewOn;
    private final String agreedByName;

    @MappedCollection(idColumn = "plan_id", keyColumn = "position")
    private List<Goal> goals;

    @MappedCollection(idColumn = "plan_id", keyColumn = "position")
    private List<Action> actions;

    @MappedCollection(idColumn = "plan_id", keyColumn = "position")
    private List<Review> reviews;


    @PersistenceCreator
    FamilyPlan(UUID id, Long version, UUID episodeId, boolean childInNeedPlan, LocalDate startedOn, String agreedByName,
            List<Goal> goals, List<Action> actions, List<Review> reviews) {
        this.id = id;
        this.version = version;
        this.episodeId = episodeId;
        this.childInNeedPlan = childInNeedPlan;
        this.startedOn = startedOn;
        this.agreedByName = agreedByName;
        this.goals = new ArrayList<>(goals == null ? List.of() : goals);
        this.actions = new ArrayList<>(actions == null ? List.of() : actions);
        this.reviews = new ArrayList<>(reviews == null ? List.of() : reviews);
    }

    /**
     * The plan agreed with the family; {@code problems} found about the episode (a child-in-need plan where none may
     * be) are reported with the plan's own.
     */
    static FamilyPlan agree(UUID episodeId, List<UUID> childIds, UUID lead, PlanContent content, ActionOwners owners,
            boolean childInNeedPlan, LocalDate on, String byName, List<Problem> problems) {
        FamilyPlan plan = new FamilyPlan(UUID.randomUUID(), null, episodeId, childInNeedPlan, on, byName, List.of(),
                List.of(), List.of());
        plan.write(content, owners, problems);
        plan.nextReviewOn = on.plusMonths(plan.reviewIntervalMonths);
        plan.registerEvent(new FamilyPlanAgreed(plan.id, episodeId, childIds, on, childInNeedPlan, plan.goals.size(),
                plan.nextReviewOn, lead, byName));
        return plan;
    }

    /** Replaces what the plan says (the family's words change as the work goes on). */
    void write(PlanContent content, ActionOwners owners) {
        write(content, owners, List.of());
    }

    private void write(PlanContent content, ActionOwners owners, List<Problem> found) {
        requireRunning();
        List<Problem> problems = new ArrayList<>(found);
        content.checkLengths(problems);
        if (blank(content.worries())) {
            problems.add(new Problem("worries", "Write what we are worried about"));
        }
        if (blank(content.goingWell())) {
            problems.add(new Problem("goingWell", "Write what is going well"));
        }
        List<String> goalTexts = content.goals().stream().filter(g -> !blank(g)).map(String::trim).toList();
        if (goalTexts.isEmpty()) {
            problems.add(new Problem("goals[0]", "Write at least one goal, in the family's words"));
        }
        List<Action> checked = new ArrayList<>();
        for (int i = 0; i < content.actions().size(); i++) {
            PlanContent.Action action = content.actions().get(i);
            if (action.isBlank()) {
                continue;
            }
            String at = "actions[" + i + "].";
            int number = i + 1;
            if (blank(action.action())) {
                problems.add(new Problem(at + "action", "Write what will be done for action " + number));
            }
            String owner = trimmed(action.owner());
            ActionOwner ownerKind = action.ownerKind();
            if (action.ownerId() != null) {
                var chosen = owners.owner(action.ownerId());
                if (chosen.isEmpty()) {
                    problems.add(new Problem(at + "ownerId", "Select who will do action " + number
                            + " from the family and the practitioners working with them"));
                } else {
                    owner = chosen.get().name();
                    ownerKind = chosen.get().kind();
                }
            } else {
                if (blank(action.owner())) {
                    problems.add(new Problem(at + "ownerId", "Select who will do action " + number
                            + ", or write their name if they are not recorded in Kith"));
                } else if (ownerKind == null) {
                    problems.add(new Problem(at + "ownerKind", "Select whether a practitioner, a parent, the child or "
                            + "a network member will do action " + number));
                }
            }
            if (action.dueOn() == null) {
                problems.add(new Problem(at + "dueOn", "Enter the date action " + number + " will be done by"));
            }
            if (action.goal() < 0 || action.goal() >= Math.max(goalTexts.size(), 1)) {
                problems.add(new Problem(at + "goal", "Select the goal action " + number + " is for"));
            }
            checked.add(new Action(action.goal(), trimmed(action.action()), owner,
                    ownerKind == null ? null : ownerKind.name(), action.dueOn(),
                    action.progress() == null ? ActionProgress.NOT_STARTED.name() : action.progress().name(),
                    action.ownerId()));
        }
        int interval = content.reviewIntervalMonths() == null ? DEFAULT_REVIEW_MONTHS : content.reviewIntervalMonths();
        if (interval < 1 || interval > 12) {
            problems.add(new Problem("reviewIntervalMonths", "Review the plan at least once a year: enter 1 to 12 months"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        this.worries = content.worries().trim();
        this.goingWell = content.goingWell().trim();
        this.goals = new ArrayList<>(goalTexts.stream().map(Goal::new).toList());
        this.actions = checked;
        this.reviewIntervalMonths = interval;
    }

    void review(LocalDate heldOn, String attended, String whatChanged, LocalDate nextReview, List<UUID> childIds,
            UUID lead, String byName) {
        requireRunning();
        List<Problem> problems = new ArrayList<>();
        if (heldOn == null || heldOn.isBefore(startedOn)) {
            problems.add(new Problem("heldOn", "Enter the date of the review, on or after the plan started"));
        }
        if (blank(attended)) {
            problems.add(new Problem("attended", "Write who came to the review"));
        } else if (TextLimits.exceeds(attended, TextLimits.NOTE)) {
            problems.add(new Problem("attended", "Write who came to the review in "
                    + TextLimits.shown(TextLimits.NOTE) + " characters or fewer"));
        }
        if (blank(whatChanged)) {
            problems.add(new Problem("whatChanged", "Write what has changed"));
        } else if (TextLimits.exceeds(whatChanged, TextLimits.TEXT)) {
            problems.add(new Problem("whatChanged", "Write what has changed in "
                    + TextLimits.shown(TextLimits.TEXT) + " characters or fewer"));
        }
        LocalDate next = nextReview != null ? nextReview : heldOn == null ? null : heldOn.plusMonths(reviewIntervalMonths);
        if (next != null && heldOn != null && !next.isAfter(heldOn)) {
            problems.add(new Problem("nextReviewOn", "The next review must be after this one"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        reviews.add(new Review(heldOn, attended.trim(), whatChanged.trim(), next, byName));
        this.nextReviewOn = next;
        registerEvent(new FamilyPlanReviewed(id, episodeId, childIds, heldOn, next, lead, byName));
    }

    private void requireRunning() {
        if (endedOn != null) {
            throw new InvalidInput("plan", "This plan has ended");
        }
    }

    boolean isAt(long expectedVersion) {
        return version != null && version == expectedVersion;
    }

    UUID id() {
        return id;
    }

    UUID episodeId() {
        return episodeId;
    }

    PlanView view() {
        return new PlanView(id, version == null ? 0 : version, episodeId, childInNeedPlan, worries, goingWell, startedOn,
                endedOn, reviewIntervalMonths, nextReviewOn, agreedByName, goals.stream().map(Goal::goal).toList(),
                actions.stream().map(a -> new PlanView.Action(a.goalPosition(), a.action(), a.owner(),
                        ActionOwner.valueOf(a.ownerKind()), a.dueOn(), ActionProgress.valueOf(a.progress()), a.ownerId()))
                        .toList(),
                reviews.stream().map(r -> new PlanView.Review(r.heldOn(), r.attended(), r.whatChanged(),
                        r.nextReviewOn(), r.recordedByName())).toList());
    }


    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    @Table("plan_goal")
    record Goal(String goal) {}

    @Table("plan_action")
    record Action(int goalPosition, String action, String owner, String ownerKind, LocalDate dueOn, String progress,
            UUID ownerId) {}

    @Table("plan_review")
    record Review(LocalDate heldOn, String attended, String whatChanged, LocalDate nextReviewOn, String recordedByName) {}
}
