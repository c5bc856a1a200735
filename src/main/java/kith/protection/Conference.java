package kith.protection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.people.Identity;

/** A child protection conference: what is arranged, what is recorded when it is held, and how it is shown. */
public final class Conference {

    private Conference() {}

    /** Initial (after a section 47 enquiry), review (of a plan), or transfer-in (of another council's plan). */
    public enum Kind {
        INITIAL("Initial child protection conference"),
        REVIEW("Review child protection conference"),
        TRANSFER_IN("Transfer-in child protection conference");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What a conference decides; which decisions a kind of conference may make is {@link #fitsFor}. */
    public enum Decision {
        PLAN("The child needs a child protection plan"),
        NO_PLAN("The child does not need a child protection plan"),
        CONTINUE_PLAN("The plan continues"),
        END_PLAN("The plan ends: the child is no longer at continuing risk of significant harm");

        private final String label;

        Decision(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean fitsFor(Kind kind) {
            return kind == Kind.REVIEW ? this == CONTINUE_PLAN || this == END_PLAN : this == PLAN || this == NO_PLAN;
        }

        /** Whether the child is (still) to be on a plan, so the category of abuse is needed. */
        public boolean needsCategory() {
            return this == PLAN || this == CONTINUE_PLAN;
        }
    }

    /** Who is invited: a parent or the child (a person, when recorded in Kith), or an agency's practitioner. */
    public enum InviteeKind {
        PARENT("Parent or carer"),
        CHILD("The child"),
        AGENCY("Agency");

        private final String label;

        InviteeKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * Someone invited. For a parent or the child recorded in Kith, {@code personId}; for a practitioner recorded in
     * Kith, {@code practitionerId} (their name and agency come from the partnership); otherwise the name as typed.
     */
    public record Invitee(InviteeKind kind, UUID personId, UUID practitionerId, String name, String agencyName) {}

    /** The date set for a conference, who is invited, and the independent advocate offered to the parents. */
    public record Arrangement(LocalDate scheduledOn, List<Invitee> invitees, Boolean advocateOffered,
            Boolean advocateAccepted, String advocateName) {}

    /** Whether an invitee came, and whether their report was received (by the invitee's position in the list). */
    public record Attendance(int position, Boolean attended, Boolean reportReceived) {}

    /**
     * What the chair records when the conference is held. {@code lateReason} is why it was after its due date
     * (required then).
     */
    public record Held(LocalDate heldOn, List<Attendance> attendance, Decision decision, Category category,
            String reasons, Boolean familyHadAdvocate, String lateReason) {}

    /** An invitee as shown: a parent or child as the current user may be shown them ("Restricted record"). */
    public record InviteeView(int position, InviteeKind kind, UUID personId, UUID practitionerId, String name,
            String agencyName, Boolean attended, boolean reportReceived) {}

    /** A conference as its page and the API show it. */
    public record View(UUID id, long version, Kind kind, Identity child, UUID episodeId, UUID enquiryId, UUID planId,
            UUID transferInId, LocalDate dueOn, LocalDate scheduledOn, String scheduledByName, boolean advocateOffered,
            Boolean advocateAccepted, String advocateName, List<InviteeView> invitees, LocalDate heldOn,
            String lateReason, String chairName, Decision decision, Category category, String reasons,
            Boolean familyHadAdvocate, LocalDate reportSharedWithParentsOn, UUID planStartedId, boolean overdue) {

        public boolean held() {
            return heldOn != null;
        }

        /** Set for after its due date: the page warns that it will be late. */
        public boolean scheduledLate() {
            return scheduledOn.isAfter(dueOn);
        }

        /** The chair decided on a plan and it has yet to be written: the conference page asks for it. */
        public boolean planToStart() {
            return decision == Decision.PLAN && planStartedId == null;
        }
    }
}
