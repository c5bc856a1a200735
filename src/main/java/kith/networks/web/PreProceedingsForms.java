package kith.networks.web;

import java.util.UUID;
import kith.networks.PreProceeding;
import kith.networks.PreProceeding.LpmDecision;
import kith.shared.web.FormFields;
import kith.shared.web.FormInput;

/** The forms of pre-proceedings as posted: text read with a {@link FormInput}; each carries the version seen. */
final class PreProceedingsForms {

    private PreProceedingsForms() {}

    record StartForm(String startedOnDay, String startedOnMonth, String startedOnYear) {
        static final FormFields FIELDS = FormFields.of("startedOn").dates("startedOn");

        PreProceeding.PpStart read(FormInput input, UUID child) {
            return new PreProceeding.PpStart(child, input.date("startedOn", "The date pre-proceedings started",
                    startedOnDay, startedOnMonth, startedOnYear));
        }
    }

    record LpmForm(Long version, String heldOnDay, String heldOnMonth, String heldOnYear, String decision) {
        static final FormFields FIELDS = FormFields.of("heldOn", "decision").dates("heldOn").in("lpm");

        PreProceeding.PpLegalPlanningMeeting read(FormInput input) {
            return new PreProceeding.PpLegalPlanningMeeting(input.date("heldOn", "The date of the legal planning meeting",
                    heldOnDay, heldOnMonth, heldOnYear),
                    input.choice(LpmDecision.class, "decision", decision, "Select the decision from the list"));
        }
    }

    record LetterForm(Long version, String sentOnDay, String sentOnMonth, String sentOnYear) {
        static final FormFields FIELDS = FormFields.of("sentOn").dates("sentOn").in("letter");

        PreProceeding.PpLetter read(FormInput input) {
            return new PreProceeding.PpLetter(input.date("sentOn", "The date the letter was sent", sentOnDay,
                    sentOnMonth, sentOnYear));
        }
    }

    record MeetingForm(Long version, String heldOnDay, String heldOnMonth, String heldOnYear, String nextReviewOnDay,
            String nextReviewOnMonth, String nextReviewOnYear) {
        static final FormFields FIELDS = FormFields.of("heldOn", "nextReviewOn").dates("heldOn", "nextReviewOn")
                .in("meeting");

        PreProceeding.PpMeeting read(FormInput input) {
            return new PreProceeding.PpMeeting(input.date("heldOn", "The date of the meeting", heldOnDay, heldOnMonth,
                    heldOnYear), input.date("nextReviewOn", "The date of the next review", nextReviewOnDay,
                    nextReviewOnMonth, nextReviewOnYear));
        }
    }

    record StepForm(Long version, String decidedOnDay, String decidedOnMonth, String decidedOnYear, String outcome) {
        static final FormFields FIELDS = FormFields.of("decidedOn", "outcome").dates("decidedOn").in("step");

        PreProceeding.PpStepDecision read(FormInput input) {
            return new PreProceeding.PpStepDecision(input.date("decidedOn", "The date of the step decision",
                    decidedOnDay, decidedOnMonth, decidedOnYear), outcome);
        }
    }

    record CourtForm(Long version, String appliedOnDay, String appliedOnMonth, String appliedOnYear,
            String urgentReason, String letterOnDay, String letterOnMonth, String letterOnYear) {
        static final FormFields FIELDS = FormFields.of("appliedOn", "urgentReason", "letterInitiatingProceedingsOn")
                .dates("appliedOn", "letterInitiatingProceedingsOn").in("court");

        PreProceeding.PpCourtApplication read(FormInput input) {
            return new PreProceeding.PpCourtApplication(input.date("appliedOn", "The date of the application",
                    appliedOnDay, appliedOnMonth, appliedOnYear), urgentReason,
                    input.date("letterInitiatingProceedingsOn", "The date of the letter initiating proceedings",
                            letterOnDay, letterOnMonth, letterOnYear));
        }
    }

    record CommencementForm(Long version, String commencesOnDay, String commencesOnMonth, String commencesOnYear) {
        static final FormFields FIELDS = FormFields.of("commencesOn").dates("commencesOn");

        java.time.LocalDate read(FormInput input) {
            return input.date("commencesOn", "The commencement date", commencesOnDay, commencesOnMonth, commencesOnYear);
        }
    }
}
