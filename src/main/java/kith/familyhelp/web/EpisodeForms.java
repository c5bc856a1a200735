package kith.familyhelp.web;

import java.time.LocalDate;
import java.util.UUID;
import kith.familyhelp.Closure;
import kith.familyhelp.ReasonForClosure;
import kith.shared.web.FormFields;
import kith.shared.web.FormInput;

/**
 * The forms of the Family Help episode page as the browser posts them, each with its fields in page order (their
 * ids begin with the form's name, as several share the page) and how it is read. What was typed is kept in them
 * when the page is shown again.
 */
final class EpisodeForms {

    private EpisodeForms() {}

    /** The version of the episode the user saw, or one that matches nothing when it was not sent. */
    static long versionOf(Long version) {
        return version == null ? -1 : version;
    }

    /** A form that is a button, with the version of the record it changes. */
    record ButtonForm(Long version) {
        /** The lead practitioner's "I agree to lead" button. */
        static final FormFields AGREE = FormFields.of("agreeToLead");
    }

    /** A manager allocates the lead practitioner. */
    record LeadForm(Long version, String practitionerId) {
        static final FormFields FIELDS = FormFields.of("practitionerId").in("lead");

        UUID practitioner(FormInput input) {
            return input.id("practitionerId", practitionerId, "Select the lead practitioner");
        }
    }

    /** A manager adds a practitioner to the team around the family. */
    record TeamForm(Long version, String practitionerId, String role) {
        static final FormFields FIELDS = FormFields.of("practitionerId", "role").in("team");

        UUID practitioner(FormInput input) {
            return input.id("practitionerId", practitionerId, "Select a practitioner");
        }
    }

    /** An assessment of one of the children is started. */
    record AssessmentStartForm(String childId) {
        static final FormFields FIELDS = FormFields.of("childId").in("assessment");

        UUID child(FormInput input) {
            return input.id("childId", childId, "Select a child in this family");
        }
    }

    /** A review of the family plan; the date left blank is today. */
    record ReviewForm(Long version, String heldOnDay, String heldOnMonth, String heldOnYear, String attended,
            String whatChanged) {
        static final FormFields FIELDS = FormFields.of("heldOn", "attended", "whatChanged").dates("heldOn").in("review");

        LocalDate heldOn(FormInput input, LocalDate today) {
            LocalDate held = input.date("heldOn", "The date of the review", heldOnDay, heldOnMonth, heldOnYear);
            return held == null && blank(heldOnDay) && blank(heldOnMonth) && blank(heldOnYear) ? today : held;
        }
    }

    /** A manager steps up to child protection. */
    record StepUpForm(Long version, String reason) {
        static final FormFields FIELDS = FormFields.of("reason").in("stepUp");
    }

    /** A manager closes Family Help; a reason unusual for the work is confirmed. */
    record CloseForm(Long version, String reason, String summary, String confirmUnusualReason) {
        static final FormFields FIELDS = FormFields.of("assessments", "reason", "confirmUnusualReason", "summary").in("close");

        Closure closure(FormInput input) {
            return new Closure(input.choice(ReasonForClosure.class, "reason", reason, "Select a reason for closure from the list"),
                    summary, "true".equals(confirmUnusualReason));
        }

    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
