package kith.familyhelp;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.shared.InvalidInput.Problem;
import kith.shared.TextLimits;

/** What the family plan says: written with the family, checked by the plan. */
public record PlanContent(String worries, String goingWell, List<String> goals, List<Action> actions,
        Integer reviewIntervalMonths) {

    /** A plan the family can hold in mind: a handful of goals, each with a few actions. */
    static final int MAX_GOALS = 20;
    static final int MAX_ACTIONS = 50;

    /**
     * An action towards goal number {@code goal} (from 0), with its owner, date and progress. The owner is chosen
     * by {@code ownerId} (a child or family member of the episode, or a practitioner working with them), or, for
     * someone not recorded in Kith, written as {@code owner} with {@code ownerKind}.
     */
    public record Action(int goal, String action, String owner, ActionOwner ownerKind, LocalDate dueOn,
            ActionProgress progress, UUID ownerId) {

        /** An action whose owner is written in, not chosen. */
        public Action(int goal, String action, String owner, ActionOwner ownerKind, LocalDate dueOn,
                ActionProgress progress) {
            this(goal, action, owner, ownerKind, dueOn, progress, null);
        }

        boolean isBlank() {
            return (action == null || action.isBlank()) && (owner == null || owner.isBlank()) && ownerId == null
                    && dueOn == null;
        }
    }

    public PlanContent {
        goals = goals == null ? List.of() : List.copyOf(goals);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** A problem for each part longer, and each list longer, than a plan takes (pages and the API share them). */
    void checkLengths(List<Problem> problems) {
        tooLong(problems, "worries", worries, TextLimits.TEXT, "what we are worried about");
        tooLong(problems, "goingWell", goingWell, TextLimits.TEXT, "what is going well");
        if (goals.size() > MAX_GOALS) {
            problems.add(new Problem("goals", "Write " + MAX_GOALS + " goals or fewer"));
        } else {
            for (int i = 0; i < goals.size(); i++) {
                tooLong(problems, "goals[" + i + "]", goals.get(i), TextLimits.NOTE, "goal " + (i + 1));
            }
        }
        if (actions.size() > MAX_ACTIONS) {
            problems.add(new Problem("actions", "Write " + MAX_ACTIONS + " actions or fewer"));
        } else {
            for (int i = 0; i < actions.size(); i++) {
                tooLong(problems, "actions[" + i + "].action", actions.get(i).action(), TextLimits.NOTE,
                        "action " + (i + 1));
                tooLong(problems, "actions[" + i + "].owner", actions.get(i).owner(), TextLimits.LINE,
                        "the name of who will do action " + (i + 1));
            }
        }
    }

    private static void tooLong(List<Problem> problems, String field, String value, int limit, String what) {
        if (TextLimits.exceeds(value, limit)) {
            problems.add(new Problem(field, "Write " + what + " in " + TextLimits.shown(limit) + " characters or fewer"));
        }
    }
}
