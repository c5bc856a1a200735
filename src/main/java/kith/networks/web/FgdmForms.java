package kith.networks.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kith.networks.FamilyGroupDecision;
import kith.networks.FamilyGroupDecision.Answer;
import kith.networks.FgdmStage;
import kith.shared.web.FormFields;
import kith.shared.web.FormInput;

/**
 * The forms of family group decision making as posted: every field is text, read with a {@link FormInput}, so
 * nothing fails in binding; each form that changes a decision carries the version the user saw.
 */
final class FgdmForms {

    private FgdmForms() {}

    static long versionOf(Long version) {
        return version == null ? -1 : version;
    }

    static Boolean yesNo(FormInput input, String field, String value, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "yes" -> true;
            case "no" -> false;
            default -> {
                input.problem(field, message);
                yield null;
            }
        };
    }

    record ConsiderForm(String stage, String consideredOnDay, String consideredOnMonth, String consideredOnYear) {
        static final FormFields FIELDS = FormFields.of("stage", "consideredOn").dates("consideredOn");

        static ConsiderForm empty() {
            return new ConsiderForm(null, null, null, null);
        }

        FamilyGroupDecision.FgdmConsideration read(FormInput input, java.util.UUID child) {
            return new FamilyGroupDecision.FgdmConsideration(child, List.of(),
                    input.choice(FgdmStage.class, "stage", stage, "Select the stage of the work from the list"),
                    input.date("consideredOn", "The date the meeting was considered", consideredOnDay,
                            consideredOnMonth, consideredOnYear));
        }
    }

    record OfferForm(Long version, String offeredTo, String offeredOnDay, String offeredOnMonth, String offeredOnYear) {
        static final FormFields FIELDS = FormFields.of("offeredTo", "offeredOn").dates("offeredOn").in("offer");

        FamilyGroupDecision.FgdmOffer read(FormInput input) {
            return new FamilyGroupDecision.FgdmOffer(offeredTo, input.date("offeredOn",
                    "The date the meeting was offered", offeredOnDay, offeredOnMonth, offeredOnYear));
        }
    }

    record NotOfferingForm(Long version, String notInBestInterests, String reason) {
        static final FormFields FIELDS = FormFields.of("notInBestInterests", "reason").in("notOffering");

        FamilyGroupDecision.FgdmNotOffering read() {
            return new FamilyGroupDecision.FgdmNotOffering("true".equals(notInBestInterests), reason);
        }
    }

    record DecisionForm(Long version, String approved, String managerReasons) {
        static final FormFields FIELDS = FormFields.of("approved", "managerReasons").in("decision");

        FamilyGroupDecision.FgdmNotOfferingDecision read(FormInput input) {
            return new FamilyGroupDecision.FgdmNotOfferingDecision(yesNo(input, "approved", approved,
                    "Select whether you approve not offering a meeting"), managerReasons);
        }
    }

    record AnswerForm(Long version, String answer, String answeredBy, String answeredOnDay, String answeredOnMonth,
            String answeredOnYear, String meetingDueOnDay, String meetingDueOnMonth, String meetingDueOnYear) {
        static final FormFields FIELDS = FormFields.of("answer", "answeredBy", "answeredOn", "meetingDueOn")
                .dates("answeredOn", "meetingDueOn").in("answer");

        FamilyGroupDecision.FgdmAnswer read(FormInput input) {
            return new FamilyGroupDecision.FgdmAnswer(
                    input.choice(Answer.class, "answer", answer, "Select whether the family accepted or declined"),
                    answeredBy, input.date("answeredOn", "The date they answered", answeredOnDay, answeredOnMonth,
                            answeredOnYear),
                    input.date("meetingDueOn", "The date the meeting is to be held by", meetingDueOnDay,
                            meetingDueOnMonth, meetingDueOnYear));
        }
    }

    record CoordinatorForm(Long version, String practitionerId, String assignedOnDay, String assignedOnMonth,
            String assignedOnYear) {
        static final FormFields FIELDS = FormFields.of("practitionerId", "assignedOn").dates("assignedOn")
                .in("coordinator");

        FamilyGroupDecision.FgdmCoordinator read(FormInput input) {
            return new FamilyGroupDecision.FgdmCoordinator(input.id("practitionerId", practitionerId,
                    "Select the coordinator from the list"), input.date("assignedOn",
                    "The date the coordinator was asked", assignedOnDay, assignedOnMonth, assignedOnYear));
        }
    }

    record PreparationForm(Long version, String whatWasDone, String preparedWith, String preparedOnDay,
            String preparedOnMonth, String preparedOnYear) {
        static final FormFields FIELDS = FormFields.of("whatWasDone", "preparedWith", "preparedOn")
                .dates("preparedOn").in("preparation");

        FamilyGroupDecision.FgdmPreparation read(FormInput input) {
            return new FamilyGroupDecision.FgdmPreparation(whatWasDone, preparedWith, input.date("preparedOn",
                    "The date of the preparation", preparedOnDay, preparedOnMonth, preparedOnYear));
        }
    }

    record MeetingForm(Long version, String heldOnDay, String heldOnMonth, String heldOnYear, String attendees,
            String privateFamilyTime) {
        static final FormFields FIELDS = FormFields.of("heldOn", "attendees", "privateFamilyTime").dates("heldOn")
                .in("meeting");

        FamilyGroupDecision.FgdmMeeting read(FormInput input) {
            return new FamilyGroupDecision.FgdmMeeting(input.date("heldOn", "The date of the meeting", heldOnDay,
                    heldOnMonth, heldOnYear), attendees, yesNo(input, "privateFamilyTime", privateFamilyTime,
                    "Select whether the family had private family time"));
        }
    }

    record ReviewForm(Long version, String reviewedOnDay, String reviewedOnMonth, String reviewedOnYear,
            String outcome) {
        static final FormFields FIELDS = FormFields.of("reviewedOn", "outcome").dates("reviewedOn").in("review");

        FamilyGroupDecision.FamilysPlanReview read(FormInput input) {
            return new FamilyGroupDecision.FamilysPlanReview(input.date("reviewedOn", "The date of the review",
                    reviewedOnDay, reviewedOnMonth, reviewedOnYear), outcome);
        }
    }

    /** The family's plan: a few step rows (blank ones are left out), so a step can be added without JavaScript. */
    public static class PlanForm {
        static final int ROWS = 4;
        static final FormFields FIELDS = FormFields.of("agreedOn", "steps[].what", "steps[].who", "steps[].byWhen",
                        "contingency", "supportRequested", "livesWith", "reviewDueOn")
                .dates("agreedOn", "steps[].byWhen", "reviewDueOn").in("plan");

        private Long version;
        private String agreedOnDay;
        private String agreedOnMonth;
        private String agreedOnYear;
        private List<StepForm> steps = new ArrayList<>();
        private String contingency;
        private String supportRequested;
        private String livesWith;
        private String reviewDueOnDay;
        private String reviewDueOnMonth;
        private String reviewDueOnYear;

        public PlanForm() {
            padded();
        }

        /** One step as typed. */
        public static class StepForm {
            private String what;
            private String who;
            private String byWhenDay;
            private String byWhenMonth;
            private String byWhenYear;

            public String getWhat() { return what; }
            public void setWhat(String what) { this.what = what; }
            public String getWho() { return who; }
            public void setWho(String who) { this.who = who; }
            public String getByWhenDay() { return byWhenDay; }
            public void setByWhenDay(String v) { this.byWhenDay = v; }
            public String getByWhenMonth() { return byWhenMonth; }
            public void setByWhenMonth(String v) { this.byWhenMonth = v; }
            public String getByWhenYear() { return byWhenYear; }
            public void setByWhenYear(String v) { this.byWhenYear = v; }

            boolean blank() {
                return isBlank(what) && isBlank(who) && isBlank(byWhenDay) && isBlank(byWhenMonth) && isBlank(byWhenYear);
            }
        }

        void padded() {
            List<StepForm> rows = new ArrayList<>(steps == null ? List.of() : steps);
            rows.replaceAll(row -> row == null ? new StepForm() : row);
            while (rows.size() < ROWS) {
                rows.add(new StepForm());
            }
            steps = rows;
        }

        FamilyGroupDecision.FamilysPlanAgreement read(FormInput input) {
            List<FamilyGroupDecision.FamilysPlanStep> read = new ArrayList<>();
            int at = 0;
            for (StepForm step : steps == null ? List.<StepForm>of() : steps) {
                if (step == null || step.blank()) {
                    continue;
                }
                LocalDate by = input.date("steps[" + at + "].byWhen", "The date for step " + (at + 1),
                        step.byWhenDay, step.byWhenMonth, step.byWhenYear);
                read.add(new FamilyGroupDecision.FamilysPlanStep(step.what, step.who, by));
                at++;
            }
            return new FamilyGroupDecision.FamilysPlanAgreement(
                    input.date("agreedOn", "The date the plan was agreed", agreedOnDay, agreedOnMonth, agreedOnYear),
                    read, contingency, supportRequested, null, livesWith,
                    input.date("reviewDueOn", "The date the plan is to be reviewed by", reviewDueOnDay,
                            reviewDueOnMonth, reviewDueOnYear));
        }

        private static boolean isBlank(String value) {
            return value == null || value.isBlank();
        }

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public String getAgreedOnDay() { return agreedOnDay; }
        public void setAgreedOnDay(String v) { this.agreedOnDay = v; }
        public String getAgreedOnMonth() { return agreedOnMonth; }
        public void setAgreedOnMonth(String v) { this.agreedOnMonth = v; }
        public String getAgreedOnYear() { return agreedOnYear; }
        public void setAgreedOnYear(String v) { this.agreedOnYear = v; }
        public List<StepForm> getSteps() { return steps; }
        public void setSteps(List<StepForm> steps) { this.steps = steps; }
        public String getContingency() { return contingency; }
        public void setContingency(String v) { this.contingency = v; }
        public String getSupportRequested() { return supportRequested; }
        public void setSupportRequested(String v) { this.supportRequested = v; }
        public String getLivesWith() { return livesWith; }
        public void setLivesWith(String v) { this.livesWith = v; }
        public String getReviewDueOnDay() { return reviewDueOnDay; }
        public void setReviewDueOnDay(String v) { this.reviewDueOnDay = v; }
        public String getReviewDueOnMonth() { return reviewDueOnMonth; }
        public void setReviewDueOnMonth(String v) { this.reviewDueOnMonth = v; }
        public String getReviewDueOnYear() { return reviewDueOnYear; }
        public void setReviewDueOnYear(String v) { this.reviewDueOnYear = v; }
    }
}
