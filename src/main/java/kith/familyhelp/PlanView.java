package kith.familyhelp;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A family plan as pages and the API show it. */
public record PlanView(
        UUID id,
        long version,
        UUID episodeId,
        boolean childInNeedPlan,
        String worries,
        String goingWell,
        LocalDate startedOn,
        LocalDate endedOn,
        int reviewIntervalMonths,
        LocalDate nextReviewOn,
        String agreedByName,
        List<String> goals,
        List<Action> actions,
        List<Review> reviews) {

    /** An action towards a goal. */
    public record Action(int goal, String action, String owner, ActionOwner ownerKind, LocalDate dueOn, ActionProgress progress) {}

    /** A review of the plan. */
    public record Review(LocalDate heldOn, String attended, String whatChanged, LocalDate nextReviewOn,
            String recordedByName) {}

    public boolean running() {
        return endedOn == null;
    }

    public List<Action> actionsFor(int goal) {
        return actions.stream().filter(a -> a.goal() == goal).toList();
    }
}
