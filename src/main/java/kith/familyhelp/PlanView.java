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

    /** An action towards a goal; {@code ownerId} is the owner chosen from the episode, or null for one written in. */
    public record Action(int goal, String action, String owner, ActionOwner ownerKind, LocalDate dueOn, ActionProgress progress,
            UUID ownerId) {}

    /** A review of the plan. */
    public record Review(LocalDate heldOn, String attended, String whatChanged, LocalDate nextReviewOn,
            String recordedByName) {}

    public boolean running() {
        return endedOn == null;
    }

    public List<Action> actionsFor(int goal) {
        return actions.stream().filter(a -> a.goal() == goal).toList();
    }

    /**
     * The plan with its actions' owners as people's Identities show them: a restricted record withheld from the user
     * is "Restricted record", without its id.
     */
    PlanView withOwnersShown(java.util.Map<UUID, kith.people.Identity> shown) {
        return new PlanView(id, version, episodeId, childInNeedPlan, worries, goingWell, startedOn, endedOn,
                reviewIntervalMonths, nextReviewOn, agreedByName, goals, actions.stream()
                        .map(a -> a.ownerId() == null || !shown.containsKey(a.ownerId()) ? a
                                : new Action(a.goal(), a.action(), shown.get(a.ownerId()).name(), a.ownerKind(), a.dueOn(),
                                        a.progress(), shown.get(a.ownerId()).withheld() ? null : a.ownerId()))
                        .toList(), reviews);
    }
}
