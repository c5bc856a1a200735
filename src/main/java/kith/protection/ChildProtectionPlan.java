package kith.protection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.people.Identity;

/** A child protection plan: what is written when it starts, and how it is shown. */
public final class ChildProtectionPlan {

    private ChildProtectionPlan() {}

    /** How often the child is visited unless the plan says otherwise, in working days. */
    public static final int VISIT_EVERY = 10;
    /** How often the core group meets after its first meeting unless the plan says otherwise, in working days. */
    public static final int CORE_GROUP_EVERY = 20;

    /** What needs to happen, who does it and by when, in words a parent can read. */
    public record Step(String what, String who, String byWhen) {}

    /**
     * The plan the conference sets: it starts on the conference's date (DfE rule 2885), led by {@code leadPractitionerId};
     * {@code worries} and {@code steps} are the outline plan; the visit and core group frequencies in working days
     * (null for the usual 10 and 20).
     */
    public record NewPlan(LocalDate startedOn, UUID leadPractitionerId, String worries, List<Step> steps,
            Integer visitEvery, Integer coreGroupEvery) {}

    /** A practitioner in the core group. */
    public record CoreGroupMember(UUID practitionerId, String name, String agencyName, boolean partner, String role,
            LocalDate joinedOn) {}

    /** A core group meeting. */
    public record Meeting(UUID id, LocalDate heldOn, String attended, String progress, LocalDate nextDueOn,
            String lateReason, String recordedByName, Instant recordedAt) {}

    /** A statutory visit. */
    public record Visit(UUID id, LocalDate visitedOn, boolean childSeen, boolean seenAlone, boolean bedroomSeen,
            String notSeenReason, String notAloneReason, String observations, LocalDate nextDueOn, String lateReason,
            String recordedByName, Instant recordedAt) {}

    /** Information and support offered to the parents. */
    public record SupportOffer(UUID id, LocalDate offeredOn, String what, String givenTo, String recordedByName) {}

    /** An agency told that the plan ended. */
    public record Notice(String name, String agencyName, LocalDate toldOn) {}

    /** A conference about the plan: the one that set it, and its reviews. */
    public record ConferenceLine(UUID id, Conference.Kind kind, LocalDate dueOn, LocalDate scheduledOn, LocalDate heldOn,
            Conference.Decision decision, Category category) {}

    /** The next thing due under the plan, and whether it is overdue today. */
    public record Due(String what, LocalDate dueOn, boolean overdue) {}

    /** A plan as its page and the API show it, the child as the current user may be shown them. */
    public record View(UUID id, long version, Identity child, UUID episodeId, UUID conferenceId, LocalDate startedOn,
            Category initialCategory, Category latestCategory, int previousPlans, UUID leadPractitionerId,
            String leadPractitionerName, UUID familyHelpLeadId, String familyHelpLeadName, String worries,
            List<Step> steps, int visitEvery, int coreGroupEvery, List<Due> due, List<CoreGroupMember> coreGroup,
            List<Meeting> meetings, List<Visit> visits, List<SupportOffer> supportOffers, List<ConferenceLine> conferences,
            LocalDate sharedWithParentsOn, String transferOutTo, LocalDate transferOutNotifiedOn, LocalDate endedOn,
            PlanEndReason endReason, String endedByName, List<Notice> told) {

        public boolean open() {
            return endedOn == null;
        }

        public boolean anythingOverdue() {
            return due.stream().anyMatch(Due::overdue);
        }
    }

    /**
     * The child's child protection work in one line for their page: an open plan with its category and next dates,
     * else an open enquiry with its conference date, else another council's plan waiting for a transfer-in conference.
     * {@code link} is where it is read, or null when the current user may not open it.
     */
    public record Summary(String state, UUID planId, Category category, LocalDate since, String leadPractitionerName,
            String familyHelpLeadName, List<Due> due, String link) {

        public boolean onAPlan() {
            return planId != null;
        }
    }
}
