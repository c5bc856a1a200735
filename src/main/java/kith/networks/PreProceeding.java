package kith.networks;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.people.Identity;

/** Pre-proceedings under the Public Law Outline: the commands of each step, and the views. */
public final class PreProceeding {

    private PreProceeding() {}

    /** What the legal planning meeting decided. */
    public enum LpmDecision {
        ENTER_PRE_PROCEEDINGS("Enter pre-proceedings"),
        ISSUE_PROCEEDINGS("Issue care proceedings"),
        NO_LEGAL_THRESHOLD("The legal threshold is not met");

        private final String label;

        LpmDecision(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What the letter before proceedings includes (s31ZA(6) Children Act 1989: the offer of a meeting). */
    public enum LetterIncludes { FGDM_OFFER, EXEMPTION, NEITHER }

    @Schema(description = "Pre-proceedings started for a child")
    public record PpStart(UUID childId, LocalDate startedOn) {}

    @Schema(description = "The legal planning meeting and its decision")
    public record PpLegalPlanningMeeting(LocalDate heldOn, LpmDecision decision) {}

    @Schema(description = "The letter before proceedings sent")
    public record PpLetter(LocalDate sentOn) {}

    @Schema(description = "A pre-proceedings meeting (the first is the initial meeting, the rest reviews)")
    public record PpMeeting(LocalDate heldOn, LocalDate nextReviewOn) {}

    @Schema(description = "The step decision: its date and outcome code (A, B or C)")
    public record PpStepDecision(LocalDate decidedOn, String outcome) {}

    @Schema(description = "The application to court; a manager's urgent reason if an accepted FGDM has not been held")
    public record PpCourtApplication(LocalDate appliedOn, String urgentReason, LocalDate letterInitiatingProceedingsOn) {}

    /** A pre-proceedings meeting as recorded. */
    public record Meeting(String kind, LocalDate heldOn, LocalDate nextReviewOn, String recordedBy) {}

    /** An outcome code of the step decision, as data. */
    public record Outcome(String code, String label, boolean ends) {}

    /** A child's pre-proceedings as its page and the API show them. */
    public record View(UUID id, long version, Identity child, LocalDate startedOn, String startedBy, LocalDate lpmOn,
            LpmDecision lpmDecision, LocalDate letterSentOn, UUID letterFgdmId, LetterIncludes letterIncludes,
            String letterWarning, List<Meeting> meetings, LocalDate stepDecisionOn, String outcome,
            String outcomeLabel, LocalDate courtApplicationOn, String courtUrgentReason, String courtUrgentBy,
            LocalDate letterInitiatingProceedingsOn, LocalDate endedOn) {

        public boolean open() {
            return endedOn == null;
        }
    }

    /**
     * The CIN census PreProceedingsandFGDM block of a child (2026-27), exactly its fields: dates, FGDMMeetingOffer
     * and FGDMMeetingFac as 0 or 1, ReviewMeetingsCount, PPOutcome A, B or C.
     */
    public record CinPreProceedings(LocalDate ppStartDate, LocalDate lbpSentDate, int fgdmMeetingOffer,
            int fgdmMeetingFac, LocalDate initialPpMeetingDate, int reviewMeetingsCount, LocalDate stepDecisionDate,
            String ppOutcome, LocalDate courtAppDate, LocalDate letterInitCpDate) {}
}
