package kith.familyhelp;

import java.time.LocalDate;
import java.util.List;

/** What the family plan says: written with the family, checked by the plan. */
public record PlanContent(String worries, String goingWell, List<String> goals, List<Action> actions,
        Integer reviewIntervalMonths) {

    /** An action towards goal number {@code goal} (from 0), with its owner, date and progress. */
    public record Action(int goal, String action, String owner, ActionOwner ownerKind, LocalDate dueOn, ActionProgress progress) {
        boolean isBlank() {
            return (action == null || action.isBlank()) && (owner == null || owner.isBlank()) && dueOn == null;
        }
    }

    public PlanContent {
        goals = goals == null ? List.of() : List.copyOf(goals);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
